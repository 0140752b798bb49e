package ai.stagesense.codeintel.docstring;

import ai.stagesense.grammar.PythonParser;
import java.util.Map;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The type of a returned expression when the expression itself shows it, so that an unannotated function still gets
 * a typed "Returns" entry where the type is certain; anything less than certain stays unknown (null).
 */
final class ReturnTypeGuess {

    /** Builtins whose result type does not depend on their arguments. */
    private static final Map<String, String> CALLS = Map.ofEntries(
            Map.entry("bool", "bool"), Map.entry("isinstance", "bool"), Map.entry("issubclass", "bool"),
            Map.entry("hasattr", "bool"), Map.entry("callable", "bool"), Map.entry("all", "bool"),
            Map.entry("any", "bool"), Map.entry("str", "str"), Map.entry("repr", "str"), Map.entry("format", "str"),
            Map.entry("int", "int"), Map.entry("len", "int"), Map.entry("float", "float"),
            Map.entry("list", "list"), Map.entry("sorted", "list"), Map.entry("dict", "dict"),
            Map.entry("set", "set"), Map.entry("frozenset", "frozenset"), Map.entry("tuple", "tuple"),
            Map.entry("bytes", "bytes"));

    private ReturnTypeGuess() {
    }

    /** The type, "None" for a literal None, or null when unknown. */
    static String of(PythonParser.Testlist_star_exprContext value) {
        if (value.COMMA().size() > 0) {
            return "tuple";
        }
        ParseTree node = value.getChild(0);
        while (true) {
            if (node instanceof PythonParser.Not_testContext not && not.NOT() != null) {
                return "bool";
            }
            if (node instanceof PythonParser.ComparisonContext cmp && !cmp.comp_op().isEmpty()) {
                return "bool";
            }
            if (node instanceof PythonParser.Atom_exprContext atomExpr) {
                return atomExpr.AWAIT() != null ? null : ofAtomExpr(atomExpr);
            }
            if (node.getChildCount() != 1) {
                return null;
            }
            node = node.getChild(0);
        }
    }

    private static String ofAtomExpr(PythonParser.Atom_exprContext e) {
        if (e.trailer().isEmpty()) {
            return ofAtom(e.atom());
        }
        if (e.trailer().size() == 1 && e.trailer(0) instanceof PythonParser.Call_trailerContext
                && e.atom() instanceof PythonParser.Name_atomContext name) {
            return CALLS.get(name.getText());
        }
        return null;
    }

    private static String ofAtom(PythonParser.AtomContext atom) {
        if (atom instanceof PythonParser.String_atomContext s) {
            String first = s.getChild(0).getText().toLowerCase(java.util.Locale.ROOT);
            String prefix = first.substring(0, Math.max(0, Math.min(first.indexOf('"') < 0 ? first.length()
                    : first.indexOf('"'), first.indexOf('\'') < 0 ? first.length() : first.indexOf('\''))));
            return prefix.contains("b") ? "bytes" : "str";
        }
        if (atom instanceof PythonParser.Number_atomContext n) {
            String text = n.getText().toLowerCase(java.util.Locale.ROOT);
            if (text.endsWith("j")) {
                return "complex";
            }
            boolean hex = text.startsWith("0x");
            return !hex && (text.contains(".") || text.contains("e")) ? "float" : "int";
        }
        if (atom instanceof PythonParser.Bool_atomContext) {
            return "bool";
        }
        if (atom instanceof PythonParser.None_atomContext) {
            return "None";
        }
        if (atom instanceof PythonParser.List_atomContext) {
            return "list";
        }
        if (atom instanceof PythonParser.Brace_atomContext brace) {
            PythonParser.DictorsetmakerContext maker = brace.dictorsetmaker();
            return maker == null || !maker.dict_item().isEmpty() ? "dict" : "set";
        }
        if (atom instanceof PythonParser.Paren_atomContext paren) {
            PythonParser.Testlist_compContext inner = paren.testlist_comp();
            if (inner == null) {
                return paren.yield_expr() == null ? "tuple" : null;
            }
            boolean hasComma = false;
            for (int i = 0; i < inner.getChildCount(); i++) {
                if (inner.getChild(i) instanceof TerminalNode t && ",".equals(t.getText())) {
                    hasComma = true;
                }
            }
            return hasComma ? "tuple" : null;
        }
        return null;
    }
}
