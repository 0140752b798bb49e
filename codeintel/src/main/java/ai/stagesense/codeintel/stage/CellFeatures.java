package ai.stagesense.codeintel.stage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a labeling function sees of one code cell.
 *
 * <p>Null components are normalised to empty values and null lines are dropped, because cells come from
 * notebooks the masker may have failed on; a labeling function must be able to vote (or abstain) on anything.
 *
 * @param source      the raw cell text; may be broken Python or contain IPython magics and shell escapes
 * @param maskedLines the cell's masked lines (docs/masking.md), in source order; empty when masking failed
 */
public record CellFeatures(String source, List<String> maskedLines) {

    public CellFeatures {
        source = source == null ? "" : source;
        maskedLines = maskedLines == null ? List.of() : maskedLines.stream().filter(Objects::nonNull).toList();
    }

    public static CellFeatures of(String source, String... maskedLines) {
        return new CellFeatures(source, maskedLines == null ? null : Arrays.asList(maskedLines));
    }
}
