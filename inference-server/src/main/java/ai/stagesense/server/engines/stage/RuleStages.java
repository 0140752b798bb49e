package ai.stagesense.server.engines.stage;

import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.codeintel.stage.MajorityVote;
import ai.stagesense.codeintel.stage.Stage;

/**
 * The labeling functions' majority vote: which next-line model to use when no stage classifier is loaded. Not
 * offered as {@code /v1/stage} itself: that endpoint promises the classifier's probabilities.
 */
public final class RuleStages {

    /** When every rule abstains: cells nothing recognises are most often exploration (looking at data). */
    static final Stage NO_VOTE = Stage.EXPLORE;

    private RuleStages() {
    }

    public static Stage of(CellFeatures cell) {
        Stage stage = MajorityVote.of(LabelingFunctions.votes(cell));
        return stage == null ? NO_VOTE : stage;
    }
}
