package ai.stagesense.codeintel.functions;

import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonStrings;
import ai.stagesense.grammar.PythonLexer;
import ai.stagesense.grammar.PythonParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/** Reads one parsed {@code def} into a {@link FunctionInfo}. */
final class PythonFunctionReader {

    private final ParsedPython parsed;
    private final PythonParser.FuncdefContext def;
    private final String qualifiedName;

    PythonFunctionReader(ParsedPython parsed, PythonParser.FuncdefContext def, String qualifiedName) {
        this.parsed = parsed;
        this.def = def;
        this.qualifiedName = qualifiedName;
    }

    FunctionInfo read() {
        ParserRuleContext outer = outermost();
        boolean isAsync = def.getParent() instanceof PythonParser.Async_stmtContext;
        PythonParser.BlockContext block = def.block();
        PythonParser.StatementContext first = firstStatement(block);
        Docstring docstring = docstringOf(first, block);
        Token headerEnd = def.COLON() != null ? def.COLON().getSymbol() : def.getStop();
        Token signatureStart = isAsync ? def.getParent().getStart() : def.getStart();
        String bodyIndent = bodyIndent(block);
        int bodyStartLine = bodyStartLine(block, headerEnd);
        return new FunctionInfo(
                "python",
                def.name().getText(),
                qualifiedName,
                parameters(),
                def.test() == null ? null : PythonFunctions.text(parsed, def.test()),
                raises(block),
                decorators(),
                docstring,
                isAsync,
                block != null && new BodyScan(block).yields(),
                PythonFunctions.text(parsed, signatureStart, headerEnd),
                bodyText(block, docstring),
                range(outer),
                bodyIndent,
                bodyStartLine,
                isComplete());
    }

    private ParserRuleContext outermost() {
        ParserRuleContext ctx = def;
        if (ctx.getParent() instanceof PythonParser.Async_stmtContext async) {
            ctx = async;
        }
        if (ctx.getParent() instanceof PythonParser.DecoratedContext decorated) {
            ctx = decorated;
        }
        return ctx;
    }

    private List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        if (def.parameters() == null) {
            return out;
        }
        Parameter.Kind kind = Parameter.Kind.POSITIONAL_OR_KEYWORD;
        for (PythonParser.ParameterContext p : def.parameters().parameter()) {
            if (p instanceof PythonParser.Slash_paramContext) {
                // Everything before '/' was positional-only.
                for (int i = 0; i < out.size(); i++) {
                    Parameter before = out.get(i);
                    out.set(i, new Parameter(before.name(), Parameter.Kind.POSITIONAL_ONLY, before.annotation(),
                            before.defaultValue()));
                }
            } else if (p instanceof PythonParser.Star_paramContext star) {
                if (star.name() != null) {
                    out.add(new Parameter(star.name().getText(), Parameter.Kind.VAR_POSITIONAL,
                            PythonFunctions.text(parsed, star.param_annotation()), null));
                }
                kind = Parameter.Kind.KEYWORD_ONLY;
            } else if (p instanceof PythonParser.Double_star_paramContext kw && kw.name() != null) {
                out.add(new Parameter(kw.name().getText(), Parameter.Kind.VAR_KEYWORD,
                        PythonFunctions.text(parsed, kw.test()), null));
            } else if (p instanceof PythonParser.Plain_paramContext plain && plain.name() != null) {
                out.add(new Parameter(plain.name().getText(), kind,
                        nonBlank(PythonFunctions.text(parsed, plain.param_annotation())),
                        nonBlank(PythonFunctions.text(parsed, plain.test()))));
            }
        }
        return out;
    }

    /** Error recovery can leave an empty annotation or default node behind: that is "absent", not "". */
    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private List<String> decorators() {
        List<String> out = new ArrayList<>();
        ParserRuleContext parent = def.getParent() instanceof PythonParser.Async_stmtContext a ? a : def;
        if (parent.getParent() instanceof PythonParser.DecoratedContext decorated) {
            for (PythonParser.DecoratorContext d : decorated.decorator()) {
                if (d.namedexpr_test() != null) {
                    out.add(PythonFunctions.text(parsed, d.namedexpr_test()));
                }
            }
        }
        return out;
    }

    private List<String> raises(PythonParser.BlockContext block) {
        if (block == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (PythonParser.Raise_stmtContext raise : new BodyScan(block).raises()) {
            if (raise.test().isEmpty()) {
                continue;
            }
            String text = PythonFunctions.text(parsed, raise.test(0));
            int paren = text.indexOf('(');
            String name = (paren >= 0 ? text.substring(0, paren) : text).strip();
            String last = name.substring(name.lastIndexOf('.') + 1);
            // `raise err` re-raises a caught variable; only class-like names document an exception type.
            if (!last.isEmpty() && Character.isUpperCase(last.charAt(0)) && name.matches("[\\w.]+")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static PythonParser.StatementContext firstStatement(PythonParser.BlockContext block) {
        if (block == null || block.statement().isEmpty()) {
            return null;
        }
        return block.statement(0);
    }

    private Docstring docstringOf(PythonParser.StatementContext first, PythonParser.BlockContext block) {
        PythonParser.Simple_stmtsContext simple = first != null ? first.simple_stmts()
                : block != null ? block.simple_stmts() : null;
        if (simple == null || simple.simple_stmt().isEmpty()) {
            return null;
        }
        PythonParser.Expr_stmtContext expr = simple.simple_stmt(0).expr_stmt();
        if (expr == null || expr.getChildCount() != 1) {
            return null;
        }
        ParseTree inner = expr.getChild(0);
        while (inner.getChildCount() == 1 && !(inner instanceof PythonParser.Atom_exprContext)) {
            inner = inner.getChild(0);
        }
        if (!(inner instanceof PythonParser.Atom_exprContext atomExpr) || !atomExpr.trailer().isEmpty()
                || atomExpr.AWAIT() != null || !(atomExpr.atom() instanceof PythonParser.String_atomContext literal)) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < literal.getChildCount(); i++) {
            value.append(PythonStrings.value(literal.getChild(i).getText()));
        }
        String text = Docstrings.clean(value.toString());
        return new Docstring(text, DocstringStyles.detect(text), range(literal));
    }

    private String bodyIndent(PythonParser.BlockContext block) {
        if (block != null && !block.statement().isEmpty()) {
            return PythonFunctions.indentOf(parsed, block.statement(0).getStart());
        }
        return PythonFunctions.indentOf(parsed, outermost().getStart()) + "    ";
    }

    private static int bodyStartLine(PythonParser.BlockContext block, Token headerEnd) {
        if (block != null && !block.statement().isEmpty()) {
            return block.statement(0).getStart().getLine();
        }
        return headerEnd.getLine() + 1;
    }

    private String bodyText(PythonParser.BlockContext block, Docstring docstring) {
        if (block == null) {
            return "";
        }
        List<PythonParser.StatementContext> statements = block.statement();
        if (statements.isEmpty()) {
            return block.simple_stmts() == null ? "" : PythonFunctions.text(parsed, block.simple_stmts()).strip();
        }
        int from = docstring != null ? 1 : 0;
        if (from >= statements.size()) {
            return "";
        }
        Token start = statements.get(from).getStart();
        Token stop = lastRealToken(statements.get(statements.size() - 1));
        String indent = PythonFunctions.indentOf(parsed, start);
        return indent + PythonFunctions.text(parsed, start, stop);
    }

    private boolean isComplete() {
        if (def.exception != null || def.block() == null || def.COLON() == null
                || def.CLOSE_PAREN() == null) {
            return false;
        }
        return !containsError(def);
    }

    private static boolean containsError(ParseTree node) {
        if (node instanceof ErrorNode) {
            return true;
        }
        if (node instanceof ParserRuleContext ctx && ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (containsError(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    private SourceRange range(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = lastRealToken(ctx);
        String stopText = parsed.source().substring(stop.getStartIndex(), stop.getStopIndex() + 1);
        int endLine = stop.getLine();
        int endColumn = stop.getCharPositionInLine() + stopText.length();
        int lastBreak = stopText.lastIndexOf('\n');
        if (lastBreak >= 0) {
            endLine += (int) stopText.chars().filter(c -> c == '\n').count();
            endColumn = stopText.length() - lastBreak - 1;
        }
        return new SourceRange(start.getLine(), start.getCharPositionInLine(), endLine, endColumn);
    }

    /** The last token with source text: NEWLINE, INDENT and DEDENT end blocks but belong to no line of code. */
    private Token lastRealToken(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        int to = ctx.getStop() == null ? start.getTokenIndex() : ctx.getStop().getTokenIndex();
        for (int i = to; i >= start.getTokenIndex(); i--) {
            Token t = parsed.tokens().get(i);
            int type = t.getType();
            if (t.getChannel() == Token.DEFAULT_CHANNEL && type != PythonLexer.NEWLINE && type != PythonLexer.INDENT
                    && type != PythonLexer.DEDENT && type != Token.EOF && t.getStopIndex() >= t.getStartIndex()) {
                return t;
            }
        }
        return start;
    }
}
