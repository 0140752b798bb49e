package ai.stagesense.codeintel.masking;

import ai.stagesense.codeintel.parsing.PythonStrings;
import ai.stagesense.grammar.PythonLexer;
import ai.stagesense.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Emits the masked lines of statements (rules in docs/masking.md), recursing into blocks. */
final class StatementMasker {

    private final String source;
    private final VariableTable variables;
    private final ImportAliases aliases;
    private final SeenLiterals seen;
    private final ExpressionSummarizer expressions;
    private final List<MaskedLine> out = new ArrayList<>();

    StatementMasker(String source, VariableTable variables, ImportAliases aliases, SeenLiterals seen) {
        this.source = source;
        this.variables = variables;
        this.aliases = aliases;
        this.seen = seen;
        this.expressions = new ExpressionSummarizer(variables, aliases, seen);
    }

    List<MaskedLine> mask(PythonParser.File_inputContext file) {
        for (PythonParser.StatementContext statement : file.statement()) {
            statement(statement);
        }
        return out;
    }

    private void statement(PythonParser.StatementContext statement) {
        if (statement.simple_stmts() != null) {
            simpleStatements(statement.simple_stmts());
        } else if (statement.compound_stmt() != null) {
            compound(statement.compound_stmt());
        }
    }

    private void simpleStatements(PythonParser.Simple_stmtsContext statements) {
        for (PythonParser.Simple_stmtContext simple : statements.simple_stmt()) {
            // One broken statement must not cost the user the rest of the cell.
            try {
                collectPaths(simple);
                simple(simple);
            } catch (RuntimeException malformed) {
                // best effort: the statement is skipped, the next one is masked
            }
        }
    }

    private void simple(PythonParser.Simple_stmtContext s) {
        if (s.expr_stmt() != null) {
            expressionStatement(s.expr_stmt());
        } else if (s.import_stmt() != null) {
            imports(s.import_stmt());
        } else if (s.help_stmt() != null) {
            emit(s, expressions.of(s.help_stmt().testlist_star_expr()).text() + "?");
        } else if (s.del_stmt() != null) {
            emit(s, "del_" + expressions.of(s.del_stmt().exprlist()).text());
        } else if (s.flow_stmt() != null) {
            flow(s, s.flow_stmt());
        } else if (s.assert_stmt() != null) {
            Summary condition = expressions.of(s.assert_stmt().test(0));
            emit(s, condition.literal() ? "assert" : "assert_" + condition.text());
        } else if (s.type_stmt() != null && s.type_stmt().name() != null) {
            emit(s, "type_" + s.type_stmt().name().getText());
        }
        // pass, global, nonlocal: nothing a next-line model needs
    }

    private void expressionStatement(PythonParser.Expr_stmtContext e) {
        List<PythonParser.Testlist_star_exprContext> sides = e.testlist_star_expr();
        boolean help = !e.QUESTION().isEmpty();
        if (e.augassign() != null) {
            Summary value = expressions.of(e.yield_expr(0) != null ? e.yield_expr(0) : e.testlist());
            String target = targetOrBind(sides.get(0));
            emit(e, target + e.augassign().getText() + value.text());
            return;
        }
        if (e.annassign() != null) {
            PythonParser.AnnassignContext ann = e.annassign();
            if (ann.ASSIGN() == null) {
                expressions.bind(sides.get(0));
                return;
            }
            ParseTree valueNode = ann.yield_expr() != null ? ann.yield_expr() : ann.testlist_star_expr();
            Summary value = expressions.of(valueNode);
            emit(e, expressions.bind(sides.get(0)) + "=" + value.text());
            return;
        }
        List<ParseTree> parts = new ArrayList<>();
        for (int i = 0; i < e.getChildCount(); i++) {
            ParseTree child = e.getChild(i);
            if (child instanceof PythonParser.Testlist_star_exprContext || child instanceof PythonParser.Yield_exprContext) {
                parts.add(child);
            }
        }
        if (parts.size() == 1) {
            Summary value = expressions.of(parts.get(0));
            if (!value.literal() || help) {
                emit(e, value.text() + (help ? "?" : ""));
            }
            return;
        }
        Summary value = expressions.of(parts.get(parts.size() - 1));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            line.append(expressions.bind(parts.get(i))).append('=');
        }
        emit(e, line + value.text());
    }

    /** An augmented target reads the variable first; an unseen name is bound so later lines can refer to it. */
    private String targetOrBind(ParseTree target) {
        Summary summary = expressions.of(target);
        ParseTree inner = ExpressionSummarizer.unwrap(target);
        if (!summary.startsWithVariable() && inner instanceof PythonParser.Atom_exprContext a
                && a.trailer().isEmpty() && a.atom() instanceof PythonParser.Name_atomContext) {
            return expressions.bind(target);
        }
        return summary.text();
    }

    private void imports(PythonParser.Import_stmtContext i) {
        if (i.import_name() != null && i.import_name().dotted_as_names() != null) {
            for (PythonParser.Dotted_as_nameContext d : i.import_name().dotted_as_names().dotted_as_name()) {
                if (d.dotted_name() == null) {
                    continue;
                }
                String path = d.dotted_name().getText();
                if (d.AS() != null && d.name() != null) {
                    aliases.bind(d.name().getText(), path);
                } else {
                    String top = d.dotted_name().name(0).getText();
                    aliases.bind(top, top);
                }
                emit(i, "import_" + path);
            }
            return;
        }
        PythonParser.Import_fromContext from = i.import_from();
        if (from == null) {
            return;
        }
        StringBuilder module = new StringBuilder();
        for (int k = 0; k < from.getChildCount(); k++) {
            ParseTree child = from.getChild(k);
            if (child instanceof TerminalNode t && (t.getSymbol().getType() == PythonLexer.DOT
                    || t.getSymbol().getType() == PythonLexer.ELLIPSIS)) {
                module.append(t.getText());
            }
        }
        if (from.dotted_name() != null) {
            module.append(from.dotted_name().getText());
        }
        String prefix = module.toString();
        String joiner = prefix.endsWith(".") || prefix.isEmpty() ? "" : ".";
        PythonParser.Import_targetsContext targets = from.import_targets();
        if (targets == null) {
            return;
        }
        if (targets.STAR() != null) {
            emit(i, "import_" + prefix + joiner + "*");
            return;
        }
        if (targets.import_as_names() == null) {
            return;
        }
        for (PythonParser.Import_as_nameContext n : targets.import_as_names().import_as_name()) {
            if (n.name().isEmpty()) {
                continue;
            }
            String imported = n.name(0).getText();
            String path = prefix + joiner + imported;
            String local = n.AS() != null && n.name().size() > 1 ? n.name(1).getText() : imported;
            aliases.bind(local, path);
            emit(i, "import_" + path);
        }
    }

    private void flow(ParserRuleContext at, PythonParser.Flow_stmtContext f) {
        if (f instanceof PythonParser.Break_stmtContext) {
            emit(at, "break");
        } else if (f instanceof PythonParser.Continue_stmtContext) {
            emit(at, "continue");
        } else if (f instanceof PythonParser.Return_stmtContext r) {
            emit(at, prefixed("return", r.testlist_star_expr() == null ? null : expressions.of(r.testlist_star_expr())));
        } else if (f instanceof PythonParser.Raise_stmtContext r) {
            emit(at, prefixed("raise", r.test().isEmpty() ? null : expressions.of(r.test(0))));
        } else if (f instanceof PythonParser.Yield_stmtContext y) {
            PythonParser.Yield_exprContext expr = y.yield_expr();
            ParseTree value = expr.test() != null ? expr.test() : expr.testlist_star_expr();
            emit(at, prefixed("yield", value == null ? null : expressions.of(value)));
        }
    }

    // ---- compound statements ----

    private void compound(PythonParser.Compound_stmtContext c) {
        try {
            compoundUnsafe(c);
        } catch (RuntimeException malformed) {
            // best effort, as for simple statements
        }
    }

    private void compoundUnsafe(PythonParser.Compound_stmtContext c) {
        if (c.if_stmt() != null) {
            ifStatement(c.if_stmt());
        } else if (c.while_stmt() != null) {
            PythonParser.While_stmtContext w = c.while_stmt();
            emit(w, prefixed("while", expressions.of(w.namedexpr_test())));
            block(w.block());
            elseClause(w.else_clause());
        } else if (c.for_stmt() != null) {
            forStatement(c.for_stmt());
        } else if (c.try_stmt() != null) {
            tryStatement(c.try_stmt());
        } else if (c.with_stmt() != null) {
            withStatement(c.with_stmt());
        } else if (c.funcdef() != null) {
            function(c.funcdef());
        } else if (c.classdef() != null) {
            classDefinition(c.classdef());
        } else if (c.decorated() != null) {
            decorated(c.decorated());
        } else if (c.async_stmt() != null) {
            async(c.async_stmt());
        } else if (c.match_stmt() != null) {
            match(c.match_stmt());
        }
    }

    private void ifStatement(PythonParser.If_stmtContext i) {
        emit(i, prefixed("if", expressions.of(i.namedexpr_test())));
        block(i.block());
        for (PythonParser.Elif_clauseContext elif : i.elif_clause()) {
            emit(elif, prefixed("elif", expressions.of(elif.namedexpr_test())));
            block(elif.block());
        }
        elseClause(i.else_clause());
    }

    private void elseClause(PythonParser.Else_clauseContext e) {
        if (e != null) {
            emit(e, "else");
            block(e.block());
        }
    }

    private void forStatement(PythonParser.For_stmtContext f) {
        Summary iterable = expressions.of(f.testlist_star_expr());
        String targets = expressions.bind(f.exprlist());
        emit(f, "for_" + targets + "=" + iterable.text());
        block(f.block());
        elseClause(f.else_clause());
    }

    private void tryStatement(PythonParser.Try_stmtContext t) {
        emit(t, "try");
        block(t.block());
        for (PythonParser.Except_clauseContext e : t.except_clause()) {
            Summary caught = e.test() == null ? null : expressions.of(e.test());
            if (e.name() != null) {
                variables.bind(e.name().getText());
            }
            emit(e, prefixed("except", caught));
            block(e.block());
        }
        elseClause(t.else_clause());
        if (t.finally_clause() != null) {
            emit(t.finally_clause(), "finally");
            block(t.finally_clause().block());
        }
    }

    private void withStatement(PythonParser.With_stmtContext w) {
        for (PythonParser.With_itemContext item : w.with_item()) {
            Summary value = expressions.of(item.test());
            emit(w, item.expr() == null ? "with_" + value.text()
                    : "with_" + expressions.bind(item.expr()) + "=" + value.text());
        }
        block(w.block());
    }

    private void function(PythonParser.FuncdefContext f) {
        if (f.name() == null) {
            return;
        }
        if (f.parameters() != null) {
            for (PythonParser.ParameterContext p : f.parameters().parameter()) {
                PythonParser.NameContext name = parameterName(p);
                if (name != null) {
                    variables.bind(name.getText());
                }
            }
        }
        emit(f, "def_" + f.name().getText());
        block(f.block());
    }

    private static PythonParser.NameContext parameterName(PythonParser.ParameterContext p) {
        if (p instanceof PythonParser.Plain_paramContext plain) {
            return plain.name();
        }
        if (p instanceof PythonParser.Star_paramContext star) {
            return star.name();
        }
        if (p instanceof PythonParser.Double_star_paramContext doubleStar) {
            return doubleStar.name();
        }
        return null;
    }

    private void classDefinition(PythonParser.ClassdefContext c) {
        if (c.name() == null) {
            return;
        }
        emit(c, "class_" + c.name().getText());
        block(c.block());
    }

    private void decorated(PythonParser.DecoratedContext d) {
        for (PythonParser.DecoratorContext decorator : d.decorator()) {
            emit(decorator, "@" + expressions.of(decorator.namedexpr_test()).text());
        }
        if (d.funcdef() != null) {
            function(d.funcdef());
        } else if (d.classdef() != null) {
            classDefinition(d.classdef());
        } else if (d.async_stmt() != null) {
            async(d.async_stmt());
        }
    }

    private void async(PythonParser.Async_stmtContext a) {
        if (a.funcdef() != null) {
            function(a.funcdef());
        } else if (a.with_stmt() != null) {
            withStatement(a.with_stmt());
        } else if (a.for_stmt() != null) {
            forStatement(a.for_stmt());
        }
    }

    private void match(PythonParser.Match_stmtContext m) {
        Summary subject = expressions.of(m.subject_expr());
        emit(m, prefixed("match", subject));
        for (PythonParser.Case_blockContext c : m.case_block()) {
            emit(c, "case");
            block(c.block());
        }
    }

    private void block(PythonParser.BlockContext b) {
        if (b == null) {
            return;
        }
        if (b.simple_stmts() != null) {
            simpleStatements(b.simple_stmts());
        }
        for (PythonParser.StatementContext s : b.statement()) {
            statement(s);
        }
    }

    // ---- output ----

    private static String prefixed(String keyword, Summary summary) {
        return summary == null || summary.literal() ? keyword : keyword + "_" + summary.text();
    }

    private void emit(ParserRuleContext at, String masked) {
        out.add(new MaskedLine(masked, at.getStart().getLine(), concreteText(at)));
    }

    /** The statement's own text: a compound statement contributes its header line only. */
    private String concreteText(ParserRuleContext at) {
        Token start = at.getStart();
        Token stop = at.getStop();
        if (start == null || start.getStartIndex() < 0) {
            return "";
        }
        int begin = start.getStartIndex();
        int end = stop == null || stop.getStopIndex() < begin ? begin : stop.getStopIndex() + 1;
        String text = source.substring(begin, Math.min(end, source.length()));
        if (!(at instanceof PythonParser.Simple_stmtContext) && !(at instanceof PythonParser.Expr_stmtContext)
                && !(at instanceof PythonParser.Import_stmtContext)) {
            int newline = text.indexOf('\n');
            if (newline >= 0) {
                text = text.substring(0, newline);
            }
        }
        return text.stripTrailing();
    }

    private void collectPaths(ParserRuleContext statement) {
        for (Token token : ExpressionSummarizer.tokensOf(statement)) {
            if (token.getType() == PythonLexer.STRING && !token.getText().isEmpty()
                    && !Character.isLetter(token.getText().charAt(0))) {
                String value = PythonStrings.value(token.getText());
                if (SeenLiterals.looksLikePath(value)) {
                    seen.addPath(value);
                }
            }
        }
    }
}
