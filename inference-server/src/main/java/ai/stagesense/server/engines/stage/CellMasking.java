package ai.stagesense.server.engines.stage;

import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.NotebookFlow;
import ai.stagesense.server.engines.SourceLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Cells → what the stage classifier reads. The cells of one request are masked in order with one
 * {@link NotebookMasker}, as the dataset builder masks a notebook, so a variable has the same number in every cell
 * of a batch (and a single cell is masked exactly as the first cell of a batch), and each cell gets the context of
 * the cells before it in the batch ({@link NotebookFlow}), as the dataset builder gives it.
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
        NotebookFlow flow = new NotebookFlow();
        List<CellFeatures> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String head = SourceLimits.head(cell, MAX_CELL_CHARS);
            List<String> masked = SourceLimits.tooDeep(head) ? List.of() : masker.mask(head).masked();
            out.add(new CellFeatures(head, masked, flow.next(masked)));
        }
        return out;
    }
}
