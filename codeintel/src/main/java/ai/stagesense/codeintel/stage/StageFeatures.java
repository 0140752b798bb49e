package ai.stagesense.codeintel.stage;

import ai.stagesense.codeintel.tokens.MaskedTokens;
import ai.stagesense.codeintel.tokens.Subtokens;
import ai.stagesense.codeintel.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage classifier's input tokens (docs/models.md): what the cell does (masked lines) first, then how it is
 * written (identifier sub-tokens of the raw source), so truncation drops source detail before API calls.
 * The dataset builder and the server both call this; training reads the tokens it wrote.
 */
public final class StageFeatures {

    private StageFeatures() {
    }

    public static List<String> tokens(String source, List<String> maskedLines) {
        List<String> out = new ArrayList<>();
        for (String line : maskedLines) {
            out.addAll(MaskedTokens.tokenize(line));
            out.add(Vocabulary.NEWLINE);
        }
        out.add(Vocabulary.CELL);
        out.addAll(Subtokens.codeTokens(source == null ? "" : source));
        return out;
    }

    /** The first {@code max} tokens, the length the model was trained with. */
    public static List<String> tokens(String source, List<String> maskedLines, int max) {
        return tokens(new CellFeatures(source, maskedLines), max);
    }

    /**
     * The cell's context tokens (what earlier cells of the notebook made, {@link CellContext#tokens()}), then its own
     * tokens; the first {@code max} of them.
     */
    public static List<String> tokens(CellFeatures cell, int max) {
        List<String> all = new ArrayList<>(cell.context().tokens());
        all.addAll(tokens(cell.source(), cell.maskedLines()));
        return all.size() <= max ? all : List.copyOf(all.subList(0, max));
    }
}
