package ai.stagesense.codeintel.masking;

import ai.stagesense.codeintel.parsing.PythonStrings;
import ai.stagesense.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns expressions into masked summaries and binds assignment targets (rules in docs/masking.md).
 *
 * <p>Works on trees with error nodes and missing children: every accessor result may be null.
 */
final class ExpressionSummarizer {

    private static final int MAX_VARIABLE_ARGUMENTS = 3;

    private final VariableTable variables;
    private final ImportAliases aliases;
    private final SeenLiterals seen;

    ExpressionSummarizer(VariableTable variables, ImportAliases aliases, SeenLiterals seen) {
        this.variables = variables;
        this.aliases = aliases;
        this.seen = seen;
    }

    /** Summarises any expression-level node. */
    Summary of(ParseTree node) {
        if (node == null) {
            return Summary.literal("<none>");
        }
        if (node instanceof PythonParser.Atom_exprContext atomExpr) {
            return chain(atomExpr);
        }
        if (node instanceof PythonParser.LambdefContext || node instanceof PythonParser.Lambdef_nocondContext) {
            return Summary.literal("<lambda>");
        }
        if (node instanceof PythonParser.Yield_exprContext) {
            return Summary.of("yield");
        }
        if (node instanceof PythonParser.Namedexpr_testContext named && named.WALRUS() != null) {
            Summary value = of(named.test(1));
            bind(named.test(0));
            return value;
        }
        if (node instanceof PythonParser.Testlist_star_exprContext
                || node instanceof PythonParser.TestlistContext
                || node instanceof PythonParser.ExprlistContext) {
            return sequence(elements(node));
        }
        return firstNonLiteral(ruleChildren(node));
    }

    /** Binds the names an assignment (or for / with / walrus) target introduces; returns the target's summary. */
    String bind(ParseTree target) {
        if (target == null) {
            return "";
        }
        if (target instanceof PythonParser.Testlist_star_exprContext || target instanceof PythonParser.ExprlistContext
                || target instanceof PythonParser.TestlistContext) {
            List<String> parts = new ArrayList<>();
            for (ParseTree element : elements(target)) {
                parts.add(bind(element));
            }
            return String.join(",", parts);
        }
        ParseTree inner = unwrap(target);
        if (inner instanceof PythonParser.Star_exprContext star) {
            return bind(star.expr());
        }
        if (inner instanceof PythonParser.Atom_exprContext atomExpr && atomExpr.trailer().isEmpty()
                && atomExpr.AWAIT() == null) {
            PythonParser.AtomContext atom = atomExpr.atom();
            if (atom instanceof PythonParser.Name_atomContext nameAtom) {
                String name = nameAtom.getText();
                aliases.unbind(name);
                return variables.bind(name);
            }
            PythonParser.Testlist_compContext inside = sequenceInside(atom);
            if (inside != null) {
                List<String> parts = new ArrayList<>();
                for (ParseTree element : elements(inside)) {
                    parts.add(bind(element));
                }
                return String.join(",", parts);
            }
        }
        return of(target).text();
    }

    // ---- chains: name.attr(call)[sub] ----

    private Summary chain(PythonParser.Atom_exprContext atomExpr) {
        Summary root = root(atomExpr.atom());
        List<PythonParser.TrailerContext> trailers = atomExpr.trailer();
        if (trailers.isEmpty()) {
            return root;
        }
        StringBuilder text = new StringBuilder(root.text());
        for (PythonParser.TrailerContext trailer : trailers) {
            if (trailer instanceof PythonParser.Attribute_trailerContext attribute) {
                text.append('.').append(attribute.name() == null ? "" : attribute.name().getText());
            } else if (trailer instanceof PythonParser.Subscript_trailerContext subscript) {
                if (root.startsWithVariable()) {
                    collectColumns(subscript);
                }
                text.append("[]");
            } else if (trailer instanceof PythonParser.Call_trailerContext call) {
                List<String> arguments = variableArguments(call.arglist());
                if (!arguments.isEmpty()) {
                    text.append('(').append(String.join(",", arguments)).append(')');
                }
            }
        }
        return Summary.of(text.toString());
    }

    private Summary root(PythonParser.AtomContext atom) {
        if (atom instanceof PythonParser.Name_atomContext name) {
            return Summary.of(resolve(name.getText()));
        }
        if (atom instanceof PythonParser.Number_atomContext) {
            return Summary.literal("<num>");
        }
        if (atom instanceof PythonParser.String_atomContext) {
            return Summary.literal("<str>");
        }
        if (atom instanceof PythonParser.Bool_atomContext) {
            return Summary.literal("<bool>");
        }
        if (atom instanceof PythonParser.None_atomContext || atom instanceof PythonParser.Ellipsis_atomContext) {
            return Summary.literal("<none>");
        }
        if (atom instanceof PythonParser.Magic_atomContext magic) {
            return Summary.of(MagicNames.summary(magic.getText()));
        }
        if (atom instanceof PythonParser.List_atomContext list) {
            return Summary.literal(list.testlist_comp() != null && list.testlist_comp().comp_for() != null
                    ? "<comp>" : "<list>");
        }
        if (atom instanceof PythonParser.Brace_atomContext brace) {
            PythonParser.DictorsetmakerContext maker = brace.dictorsetmaker();
            if (maker == null) {
                return Summary.literal("<dict>");
            }
            if (maker.comp_for() != null) {
                return Summary.literal("<comp>");
            }
            return Summary.literal(maker.dict_item().isEmpty() ? "<set>" : "<dict>");
        }
        if (atom instanceof PythonParser.Paren_atomContext paren) {
            if (paren.yield_expr() != null) {
                return Summary.of("yield");
            }
            PythonParser.Testlist_compContext inside = paren.testlist_comp();
            if (inside == null) {
                return Summary.literal("<tuple>");
            }
            if (inside.comp_for() != null) {
                return Summary.literal("<comp>");
            }
            List<ParseTree> parts = elements(inside);
            if (parts.size() == 1 && inside.COMMA().isEmpty()) {
                return of(parts.get(0));
            }
            return Summary.literal("<tuple>");
        }
        return Summary.literal("<none>");
    }

    private String resolve(String name) {
        String variable = variables.lookup(name);
        if (variable != null) {
            return variable;
        }
        String path = aliases.resolve(name);
        return path != null ? path : name;
    }

    private List<String> variableArguments(PythonParser.ArglistContext arglist) {
        List<String> found = new ArrayList<>();
        if (arglist == null) {
            return found;
        }
        for (PythonParser.ArgumentContext argument : arglist.argument()) {
            if (found.size() == MAX_VARIABLE_ARGUMENTS) {
                break;
            }
            ParseTree value;
            if (argument.ASSIGN() != null) {
                value = argument.test();
            } else if (argument.namedexpr_test() != null) {
                value = argument.comp_for() != null ? null : argument.namedexpr_test();
            } else {
                value = argument.test();
            }
            if (value == null) {
                continue;
            }
            Summary summary = of(value);
            if (summary.startsWithVariable()) {
                found.add(summary.text());
            }
        }
        return found;
    }

    private void collectColumns(PythonParser.Subscript_trailerContext subscript) {
        for (Token token : tokensOf(subscript)) {
            if (token.getType() == ai.stagesense.grammar.PythonLexer.STRING) {
                String text = token.getText();
                if (!text.isEmpty() && !Character.isLetter(text.charAt(0))) {
                    seen.addColumn(PythonStrings.value(text));
                }
            }
        }
    }

    // ---- structure helpers ----

    private Summary sequence(List<ParseTree> parts) {
        if (parts.size() == 1) {
            return of(parts.get(0));
        }
        List<String> texts = new ArrayList<>();
        boolean allLiteral = true;
        for (ParseTree part : parts) {
            Summary summary = of(part);
            allLiteral &= summary.literal();
            texts.add(summary.text());
        }
        return allLiteral ? Summary.literal("<tuple>") : Summary.of(String.join(",", texts));
    }

    private Summary firstNonLiteral(List<ParseTree> operands) {
        Summary first = null;
        for (ParseTree operand : operands) {
            Summary summary = of(operand);
            if (!summary.literal()) {
                return summary;
            }
            if (first == null) {
                first = summary;
            }
        }
        return first != null ? first : Summary.literal("<none>");
    }

    /** Comma-separated elements of a list-like node (testlist, exprlist, testlist_comp, ...). */
    static List<ParseTree> elements(ParseTree node) {
        List<ParseTree> out = new ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            if (node.getChild(i) instanceof ParserRuleContext child) {
                out.add(child);
            }
        }
        return out;
    }

    private static List<ParseTree> ruleChildren(ParseTree node) {
        return elements(node);
    }

    private static PythonParser.Testlist_compContext sequenceInside(PythonParser.AtomContext atom) {
        if (atom instanceof PythonParser.Paren_atomContext paren) {
            return paren.testlist_comp();
        }
        if (atom instanceof PythonParser.List_atomContext list) {
            return list.testlist_comp();
        }
        return null;
    }

    /** Descends through single-child wrappers (test → or_test → ... → atom_expr). */
    static ParseTree unwrap(ParseTree node) {
        ParseTree current = node;
        while (current instanceof ParserRuleContext ctx && ctx.getChildCount() == 1
                && ctx.getChild(0) instanceof ParserRuleContext child
                && !(current instanceof PythonParser.Atom_exprContext)) {
            current = child;
        }
        return current;
    }

    static List<Token> tokensOf(ParseTree node) {
        List<Token> tokens = new ArrayList<>();
        collectTokens(node, tokens);
        return tokens;
    }

    private static void collectTokens(ParseTree node, List<Token> sink) {
        if (node instanceof TerminalNode terminal) {
            sink.add(terminal.getSymbol());
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collectTokens(node.getChild(i), sink);
        }
    }
}
