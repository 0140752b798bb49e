package ai.stagesense.codeintel.functions;

import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import ai.stagesense.grammar.PythonParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds every function in Python source, including methods, nested functions and definitions the user is still
 * typing. Never throws: a definition the parser could not finish is recovered from its tokens.
 */
public final class PythonFunctions {

    private PythonFunctions() {
    }

    public static List<FunctionInfo> extract(String source) {
        return extract(PythonParsing.parse(source));
    }

    public static List<FunctionInfo> extract(ParsedPython parsed) {
        List<FunctionInfo> found = new ArrayList<>();
        List<Integer> defTokenIndexes = new ArrayList<>();
        walk(parsed.tree(), new ArrayDeque<>(), parsed, found, defTokenIndexes);
        found.addAll(RecoveredSignatures.scan(parsed, defTokenIndexes));
        found.sort(Comparator.comparingInt((FunctionInfo f) -> f.range().startLine())
                .thenComparingInt(f -> f.range().startColumn()));
        return List.copyOf(found);
    }

    /** The function a cursor line refers to: see {@link FunctionLookup#at}. */
    public static FunctionInfo at(String source, int line) {
        return FunctionLookup.at(extract(source), line);
    }

    private static void walk(ParseTree node, Deque<String> scope, ParsedPython parsed, List<FunctionInfo> out,
                             List<Integer> defTokens) {
        if (node instanceof PythonParser.FuncdefContext def && def.name() != null) {
            defTokens.add(def.DEF().getSymbol().getTokenIndex());
            try {
                out.add(new PythonFunctionReader(parsed, def, qualify(scope, def.name().getText())).read());
            } catch (RuntimeException malformed) {
                // a definition too broken to read is left to the token scan
                defTokens.remove(defTokens.size() - 1);
            }
            scope.push(def.name().getText());
            walkChildren(def, scope, parsed, out, defTokens);
            scope.pop();
            return;
        }
        if (node instanceof PythonParser.ClassdefContext cls && cls.name() != null) {
            scope.push(cls.name().getText());
            walkChildren(cls, scope, parsed, out, defTokens);
            scope.pop();
            return;
        }
        if (node instanceof ParserRuleContext ctx) {
            walkChildren(ctx, scope, parsed, out, defTokens);
        }
    }

    private static void walkChildren(ParserRuleContext ctx, Deque<String> scope, ParsedPython parsed,
                                     List<FunctionInfo> out, List<Integer> defTokens) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (!(ctx.getChild(i) instanceof TerminalNode)) {
                walk(ctx.getChild(i), scope, parsed, out, defTokens);
            }
        }
    }

    private static String qualify(Deque<String> scope, String name) {
        List<String> parts = new ArrayList<>(scope);
        java.util.Collections.reverse(parts);
        parts.add(name);
        return String.join(".", parts);
    }

    /** Source text between two tokens, inclusive; empty if the range is broken. */
    static String text(ParsedPython parsed, Token from, Token to) {
        if (from == null || to == null || from.getStartIndex() < 0 || to.getStopIndex() < from.getStartIndex()) {
            return "";
        }
        return parsed.source().substring(from.getStartIndex(), Math.min(to.getStopIndex() + 1,
                parsed.source().length()));
    }

    static String text(ParsedPython parsed, ParserRuleContext ctx) {
        return ctx == null ? null : text(parsed, ctx.getStart(), ctx.getStop());
    }

    /** The whitespace that starts the line a token is on. */
    static String indentOf(ParsedPython parsed, Token token) {
        String source = parsed.source();
        int lineStart = source.lastIndexOf('\n', Math.max(0, token.getStartIndex() - 1)) + 1;
        if (token.getStartIndex() == 0) {
            lineStart = 0;
        }
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.substring(lineStart, i);
    }
}
