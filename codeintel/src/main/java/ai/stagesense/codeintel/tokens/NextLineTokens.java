package ai.stagesense.codeintel.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Source and target tokens of the next-line models (docs/models.md): the context's masked lines, oldest first,
 * {@code <nl>} after each line and {@code <cell>} for a cell boundary; the target is one masked line's tokens.
 * The dataset builder writes these and the server computes the same for a request.
 */
public final class NextLineTokens {

    private NextLineTokens() {
    }

    /** @param context masked lines, with the literal entry {@code <cell>} between cells */
    public static List<String> source(List<String> context) {
        List<String> out = new ArrayList<>();
        for (String line : context) {
            if (line.equals(Vocabulary.CELL)) {
                out.add(Vocabulary.CELL);
            } else {
                out.addAll(MaskedTokens.tokenize(line));
                out.add(Vocabulary.NEWLINE);
            }
        }
        return out;
    }

    public static List<String> target(String maskedLine) {
        return MaskedTokens.tokenize(maskedLine);
    }
}
