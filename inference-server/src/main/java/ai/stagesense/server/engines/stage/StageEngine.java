package ai.stagesense.server.engines.stage;

import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.server.exec.Budget;
import java.util.List;

/** Workflow stage of code cells (docs/models.md, "stage-classifier"). Implementations are thread-safe. */
public interface StageEngine {

    /** One prediction per cell, in order; cells carry their raw source and masked lines. */
    List<StagePrediction> classify(List<CellFeatures> cells, Budget budget) throws Exception;
}
