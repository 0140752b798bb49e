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
 * @param context     what the notebook's earlier cells tell ({@link NotebookFlow}); {@link CellContext#NONE} alone
 */
public record CellFeatures(String source, List<String> maskedLines, CellContext context) {

    public CellFeatures {
        source = source == null ? "" : source;
        maskedLines = maskedLines == null ? List.of() : maskedLines.stream().filter(Objects::nonNull).toList();
        context = context == null ? CellContext.NONE : context;
    }

    /** A cell seen on its own, without the notebook around it. */
    public CellFeatures(String source, List<String> maskedLines) {
        this(source, maskedLines, CellContext.NONE);
    }

    public static CellFeatures of(String source, String... maskedLines) {
        return new CellFeatures(source, maskedLines == null ? null : Arrays.asList(maskedLines));
    }
}
