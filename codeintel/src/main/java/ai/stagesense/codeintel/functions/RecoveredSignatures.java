package ai.stagesense.codeintel.functions;

import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.grammar.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Recovers the signature of a {@code def} the parser could not turn into a function node, e.g. {@code def f(a, b=}
 * at the end of a cell: a docstring for "whatever signature can be recovered" beats no answer.
 */
final class RecoveredSignatures {

    private RecoveredSignatures() {
    }

    static List<FunctionInfo> scan(ParsedPython parsed, List<Integer> parsedDefTokens) {
        List<FunctionInfo> out = new ArrayList<>();
        List<Token> tokens = parsed.tokens().getTokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == PythonLexer.DEF && !parsedDefTokens.contains(t.getTokenIndex())) {
                FunctionInfo recovered = recover(parsed, tokens, i);
                if (recovered != null) {
                    out.add(recovered);
                }
            }
        }
        return out;
    }

    private static FunctionInfo recover(ParsedPython parsed, List<Token> tokens, int defIndex) {
        int i = next(tokens, defIndex);
        if (i < 0 || !isName(tokens.get(i))) {
            return null;
        }
        Token nameToken = tokens.get(i);
        i = next(tokens, i);
        List<Parameter> parameters = new ArrayList<>();
        Token last = nameToken;
        if (i >= 0 && tokens.get(i).getType() == PythonLexer.OPEN_PAREN) {
            last = tokens.get(i);
            List<List<Token>> pieces = new ArrayList<>();
            List<Token> piece = new ArrayList<>();
            int depth = 1;
            for (i = next(tokens, i); i >= 0; i = next(tokens, i)) {
                Token t = tokens.get(i);
                int type = t.getType();
                if (type == PythonLexer.NEWLINE || type == Token.EOF || type == PythonLexer.INDENT
                        || type == PythonLexer.DEDENT) {
                    break;
                }
                last = t;
                if (type == PythonLexer.OPEN_PAREN || type == PythonLexer.OPEN_BRACK || type == PythonLexer.OPEN_BRACE) {
                    depth++;
                } else if (type == PythonLexer.CLOSE_PAREN || type == PythonLexer.CLOSE_BRACK
                        || type == PythonLexer.CLOSE_BRACE) {
                    if (--depth == 0) {
                        break;
                    }
                }
                if (depth == 1 && type == PythonLexer.COMMA) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                } else {
                    piece.add(t);
                }
            }
            pieces.add(piece);
            parameters = SignatureText.parameters(parsed, pieces);
        }
        Token def = tokens.get(defIndex);
        String indent = PythonFunctions.indentOf(parsed, def);
        int lastLine = last.getLine();
        return new FunctionInfo("python", nameToken.getText(), nameToken.getText(), parameters, null, List.of(),
                List.of(), null, false, false, PythonFunctions.text(parsed, def, last), "",
                new SourceRange(def.getLine(), def.getCharPositionInLine(), lastLine,
                        last.getCharPositionInLine() + last.getText().length()),
                indent + "    ", lastLine + 1, false);
    }

    private static boolean isName(Token t) {
        int type = t.getType();
        return type == PythonLexer.NAME || type == PythonLexer.MATCH || type == PythonLexer.CASE
                || type == PythonLexer.TYPE;
    }

    /** Index of the next default-channel token, or -1. */
    private static int next(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return tokens.get(i).getType() == Token.EOF ? -1 : i;
            }
        }
        return -1;
    }
}
