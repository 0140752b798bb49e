package ai.stagesense.codeintel.stage;

/**
 * A weak, possibly abstaining heuristic that assigns a workflow stage to a code cell.
 *
 * <p>Implementations must be pure and must not throw on any {@link CellFeatures}: a label model sees the votes of
 * every function on every cell, and one exception would lose the whole cell.
 */
public interface LabelingFunction {

    /** Stable, unique name ({@code lf_...}); label-model weights are keyed by it. */
    String name();

    /** The stage this function believes the cell belongs to, or null to abstain. */
    Stage vote(CellFeatures cell);
}
