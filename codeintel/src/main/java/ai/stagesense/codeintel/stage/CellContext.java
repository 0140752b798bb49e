package ai.stagesense.codeintel.stage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the earlier cells of a notebook tell about a cell ({@link NotebookFlow}). Serializable because the dataset
 * builder's Spark job carries it with the cell. A plot is exploration before a model
 * exists and evaluation when it shows the model's predictions; the cell alone often cannot say which.
 *
 * @param afterFit an earlier cell fitted a model
 * @param reads    kinds of values made by earlier cells that this cell reads
 */
public record CellContext(boolean afterFit, Set<ValueKind> reads) implements Serializable {

    /** A cell seen on its own: nothing is known about what came before it. */
    public static final CellContext NONE = new CellContext(false, Set.of());

    public CellContext {
        reads = reads == null || reads.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reads));
    }

    public boolean reads(ValueKind kind) {
        return reads.contains(kind);
    }

    /** The cell reads what a fitted model made: the fit's result, predictions or scores. */
    public boolean readsModelOutput() {
        return reads.contains(ValueKind.FITTED) || reads.contains(ValueKind.PREDICTIONS)
                || reads.contains(ValueKind.SCORES);
    }

    /** The stage classifier's context tokens, in a fixed order ({@code <ctx:after_fit>}, {@code <ctx:reads_scores>}). */
    public List<String> tokens() {
        List<String> out = new ArrayList<>(1 + reads.size());
        if (afterFit) {
            out.add("<ctx:after_fit>");
        }
        for (ValueKind kind : ValueKind.values()) {
            if (reads.contains(kind)) {
                out.add("<ctx:reads_" + kind.id() + ">");
            }
        }
        return out;
    }
}
