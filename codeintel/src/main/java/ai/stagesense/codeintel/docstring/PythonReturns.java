package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import ai.stagesense.grammar.PythonParser;
import java.util.LinkedHashSet;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Whether a Python function returns a value, read from the parse tree of its body: only a {@code return <value>}
 * (other than {@code return None}) outside nested functions, classes and lambdas makes a "Returns" section.
 */
final class PythonReturns {

    /**
     * @param returnsValue the body has a {@code return} with a value other than None
     * @param guessedType  the type every such value evidently has (a literal, a display, {@code not x}, a
     *                     comparison, {@code len(x)}...), or null when they disagree or cannot be told
     */
    record Facts(boolean returnsValue, String guessedType) {
    }

    private PythonReturns() {
    }

    static Facts of(FunctionInfo f) {
        String body = f.body() == null ? "" : f.body();
        if (body.isBlank()) {
            return new Facts(false, null);
        }
        // The body keeps its original indentation, so a header above it makes it a block the grammar accepts.
        String block = Character.isWhitespace(body.charAt(0)) ? body : " " + body;
        ParsedPython parsed = PythonParsing.parse("if True:\n" + block + "\n");
        Set<String> types = new LinkedHashSet<>();
        boolean[] returnsValue = {false};
        visit(parsed.tree(), types, returnsValue);
        String guessed = returnsValue[0] && types.size() == 1 && !types.contains(null) ? types.iterator().next() : null;
        return new Facts(returnsValue[0], guessed);
    }

    private static void visit(ParseTree node, Set<String> types, boolean[] returnsValue) {
        if (node instanceof PythonParser.FuncdefContext || node instanceof PythonParser.ClassdefContext
                || node instanceof PythonParser.LambdefContext || node instanceof PythonParser.Lambdef_nocondContext) {
            return;
        }
        if (node instanceof PythonParser.Return_stmtContext ret && ret.testlist_star_expr() != null) {
            String type = ReturnTypeGuess.of(ret.testlist_star_expr());
            if (!"None".equals(type)) {
                returnsValue[0] = true;
                types.add(type);
            }
            return;
        }
        if (node instanceof ParserRuleContext ctx) {
            for (int i = 0; i < ctx.getChildCount(); i++) {
                visit(ctx.getChild(i), types, returnsValue);
            }
        }
    }

    /** Bodies that only declare an interface: their return annotation is the contract even without a return. */
    static boolean isStub(FunctionInfo f) {
        for (String d : f.decorators()) {
            String name = d.contains("(") ? d.substring(0, d.indexOf('(')) : d;
            if (name.endsWith("abstractmethod") || name.endsWith("overload")) {
                return true;
            }
        }
        String body = f.body() == null ? "" : f.body().strip();
        return body.isEmpty() || body.equals("...") || body.equals("pass")
                || body.startsWith("raise NotImplementedError");
    }
}
