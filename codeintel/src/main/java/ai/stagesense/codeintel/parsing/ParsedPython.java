package ai.stagesense.codeintel.parsing;

import ai.stagesense.grammar.PythonParser;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * The best tree the parser could build, the tokens it came from, and what it had to recover from.
 * An empty diagnostics list means the source is valid Python as far as this grammar knows.
 */
public record ParsedPython(String source, PythonParser.File_inputContext tree, CommonTokenStream tokens,
                           List<Diagnostic> diagnostics) {

    public boolean ok() {
        return diagnostics.isEmpty();
    }

    /** All tokens on the default channel, NEWLINE/INDENT/DEDENT included, EOF excluded. */
    public List<Token> significantTokens() {
        return tokens.getTokens().stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
                .toList();
    }
}
