package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.server.engines.stage.RuleStages;
import ai.stagesense.server.engines.stage.StageEngine;
import ai.stagesense.server.exec.Budget;
import java.util.List;

/**
 * The stage of the cell being written, which picks the next-line model: the classifier's answer for the cell
 * (the labeling functions' majority vote when no classifier is loaded). A new, empty cell has nothing to classify;
 * it gets the stage of the cell before it (workflows move on slowly), and an empty notebook starts with imports.
 */
final class StageChooser {

    private final StageEngine classifier;

    /** @param classifier null to use the labeling functions */
    StageChooser(StageEngine classifier) {
        this.classifier = classifier;
    }

    Stage stageOf(NotebookContext context, Budget budget) throws Exception {
        CellFeatures cell = context.emptyCell() ? context.lastEarlierCell() : context.currentCell();
        if (cell == null) {
            return Stage.IMPORTS;
        }
        if (classifier == null) {
            return RuleStages.of(cell);
        }
        return classifier.classify(List.of(cell), budget).get(0).stage();
    }
}
