package ai.stagesense.codeintel.functions;

import ai.stagesense.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Looks through a function body without entering nested functions, classes or lambdas (they have their own). */
final class BodyScan {

    private final List<PythonParser.Raise_stmtContext> raises = new ArrayList<>();
    private boolean yields;

    BodyScan(PythonParser.BlockContext block) {
        visit(block);
    }

    List<PythonParser.Raise_stmtContext> raises() {
        return raises;
    }

    boolean yields() {
        return yields;
    }

    private void visit(ParseTree node) {
        if (node instanceof PythonParser.FuncdefContext || node instanceof PythonParser.ClassdefContext
                || node instanceof PythonParser.LambdefContext || node instanceof PythonParser.Lambdef_nocondContext) {
            return;
        }
        if (node instanceof PythonParser.Raise_stmtContext raise) {
            raises.add(raise);
        }
        if (node instanceof PythonParser.Yield_exprContext) {
            yields = true;
        }
        if (node instanceof ParserRuleContext ctx) {
            for (int i = 0; i < ctx.getChildCount(); i++) {
                visit(ctx.getChild(i));
            }
        }
    }
}
