package ai.stagesense.server.engines.stage;

import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.server.engines.SourceLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Cells → what the stage classifier reads. The cells of one request are masked in order with one
 * {@link NotebookMasker}, as the dataset builder masks a notebook, so a variable has the same number in every cell
 * of a batch (and a single cell is masked exactly as the first cell of a batch).
 *
 * <p>The classifier reads at most a few hundred tokens, masked lines first: a cell's first {@link #MAX_CELL_CHARS}
 * characters give it the same input as the whole cell, at a fraction of the parsing time. Code nested deeper than
 * Python allows is not parsed; the classifier then sees its raw identifiers only.
 */
public final class CellMasking {

    static final int MAX_CELL_CHARS = 64 * 1024;

    private CellMasking() {
    }

    public static List<CellFeatures> notebook(List<String> cells) {
        NotebookMasker masker = new NotebookMasker();
        List<CellFeatures> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String head = SourceLimits.head(cell, MAX_CELL_CHARS);
            out.add(new CellFeatures(head, SourceLimits.tooDeep(head) ? List.of() : masker.mask(head).masked()));
        }
        return out;
    }
}
