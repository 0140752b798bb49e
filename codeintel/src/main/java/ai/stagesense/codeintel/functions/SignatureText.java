package ai.stagesense.codeintel.functions;

import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.grammar.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Reads parameters from the raw tokens of an unfinished parameter list, one comma-separated piece at a time. */
final class SignatureText {

    private SignatureText() {
    }

    static List<Parameter> parameters(ParsedPython parsed, List<List<Token>> pieces) {
        List<Parameter> out = new ArrayList<>();
        Parameter.Kind kind = Parameter.Kind.POSITIONAL_OR_KEYWORD;
        for (List<Token> piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            int first = piece.get(0).getType();
            if (first == PythonLexer.DIV) {
                for (int i = 0; i < out.size(); i++) {
                    Parameter p = out.get(i);
                    out.set(i, new Parameter(p.name(), Parameter.Kind.POSITIONAL_ONLY, p.annotation(), p.defaultValue()));
                }
                continue;
            }
            Parameter.Kind own = kind;
            int at = 0;
            if (first == PythonLexer.STAR) {
                own = Parameter.Kind.VAR_POSITIONAL;
                kind = Parameter.Kind.KEYWORD_ONLY;
                at = 1;
            } else if (first == PythonLexer.POWER) {
                own = Parameter.Kind.VAR_KEYWORD;
                at = 1;
            }
            if (at >= piece.size() || piece.get(at).getType() != PythonLexer.NAME) {
                continue;
            }
            String name = piece.get(at).getText();
            int colon = indexOf(piece, PythonLexer.COLON, at);
            int assign = indexOf(piece, PythonLexer.ASSIGN, at);
            String annotation = colon < 0 ? null : slice(parsed, piece, colon + 1, assign < 0 ? piece.size() : assign);
            String defaultValue = assign < 0 ? null : slice(parsed, piece, assign + 1, piece.size());
            out.add(new Parameter(name, own, blankToNull(annotation), blankToNull(defaultValue)));
        }
        return out;
    }

    private static int indexOf(List<Token> piece, int type, int from) {
        for (int i = from; i < piece.size(); i++) {
            if (piece.get(i).getType() == type) {
                return i;
            }
        }
        return -1;
    }

    private static String slice(ParsedPython parsed, List<Token> piece, int from, int to) {
        if (from >= to) {
            return null;
        }
        return PythonFunctions.text(parsed, piece.get(from), piece.get(to - 1)).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
