package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.EVALUATE;

import java.util.List;

/**
 * Labeling functions that read the cell's {@link CellContext}: a cell that works with the predictions, scores or
 * fitted model of earlier cells, without fitting a model itself, is judging or using that model — plotting
 * {@code history}, a heat map of {@code cm}, writing {@code preds} into a submission. They abstain on lone cells.
 */
final class ContextFunctions {

    private ContextFunctions() {
    }

    static List<StageRule> rules() {
        return List.of(
                new StageRule("lf_reads_results", EVALUATE, ContextFunctions::readsEarlierResults),
                new StageRule("lf_reads_fitted", EVALUATE, cell -> !cell.fitsModel()
                        && cell.context().reads(ValueKind.FITTED)));
    }

    /** The cell works with earlier cells' predictions or scores and fits no model itself. */
    static boolean readsEarlierResults(CellView cell) {
        return !cell.fitsModel()
                && (cell.context().reads(ValueKind.PREDICTIONS) || cell.context().reads(ValueKind.SCORES));
    }
}
