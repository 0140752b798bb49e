package ai.stagesense.codeintel.specificalization;

import ai.stagesense.codeintel.masking.MaskedLine;
import ai.stagesense.codeintel.masking.SeenLiterals;
import ai.stagesense.codeintel.parsing.PythonStrings;
import ai.stagesense.grammar.PythonLexer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Turns a concrete statement into an {@link ArgumentTemplate}: what the next-line model's training data learns
 * argument shapes from. Returns null when the statement mentions a variable its masked line does not carry (the
 * template would leak one notebook's names into another's suggestions).
 */
public final class TemplateExtractor {

    private static final int MAX_LITERAL_STRING = 40;

    private TemplateExtractor() {
    }

    public static ArgumentTemplate extract(MaskedLine line, RealizationContext context) {
        if (line.concrete().isBlank() || line.masked().startsWith("%") || line.masked().startsWith("!")) {
            return null;
        }
        List<String> order = MaskedVariables.inOrder(line.masked());
        Map<String, String> variableOfName = new HashMap<>();
        context.variables().forEach((variable, name) -> variableOfName.put(name, variable));

        List<? extends Token> tokens = new PythonLexer(CharStreams.fromString(line.concrete())).getAllTokens();
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int previousType = -1;
        boolean pendingSpace = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (t.getChannel() != Token.DEFAULT_CHANNEL || type == PythonLexer.NEWLINE) {
                pendingSpace = !t.getText().startsWith("#") || pendingSpace;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            String piece = t.getText();
            if (type == PythonLexer.NAME && previousType != PythonLexer.DOT && !isKeywordArgument(tokens, i, depth)) {
                String variable = variableOfName.get(piece);
                if (variable != null) {
                    int position = order.indexOf(variable);
                    if (position < 0) {
                        return null;
                    }
                    piece = "$" + (position + 1);
                } else if (context.aliases().containsKey(piece) && !line.masked().startsWith("import_")) {
                    piece = context.aliases().get(piece);
                }
            } else if (type == PythonLexer.STRING) {
                piece = stringSlot(piece, context);
            }
            if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                depth++;
            } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                    || type == PythonLexer.CLOSE_BRACE) {
                depth = Math.max(0, depth - 1);
            }
            out.append(piece);
            previousType = type;
        }
        String template = out.toString().strip();
        if (!ArgumentTemplate.isBalanced(template)) {
            return null;
        }
        return new ArgumentTemplate(MaskedVariables.key(line.masked()), template);
    }

    private static boolean isKeywordArgument(List<? extends Token> tokens, int index, int depth) {
        if (depth == 0) {
            return false;
        }
        for (int j = index + 1; j < tokens.size(); j++) {
            Token next = tokens.get(j);
            if (next.getChannel() == Token.DEFAULT_CHANNEL && next.getType() != PythonLexer.NEWLINE) {
                return next.getType() == PythonLexer.ASSIGN;
            }
        }
        return false;
    }

    private static String stringSlot(String literal, RealizationContext context) {
        if (Character.isLetter(literal.charAt(0)) && Character.toLowerCase(literal.charAt(0)) != 'r') {
            return literal.length() > MAX_LITERAL_STRING ? "${str}" : literal;
        }
        String value = PythonStrings.value(literal);
        if (SeenLiterals.looksLikePath(value)) {
            return "${path}";
        }
        if (context.columns().contains(value)) {
            return "${col}";
        }
        return literal.length() > MAX_LITERAL_STRING ? "${str}" : literal;
    }
}
