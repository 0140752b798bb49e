package ai.stagesense.codeintel.stage;

import java.util.Objects;

/**
 * Plurality of the labeling-function votes: the baseline a label model or end model has to beat.
 */
public final class MajorityVote {

    private MajorityVote() {
    }

    /**
     * The stage with the most votes; ties go to the stage declared first in {@link Stage}.
     *
     * @param votes stage ordinals or {@link Stage#ABSTAIN}, e.g. from {@link LabelingFunctions#votes}
     * @return null when every function abstained (or there are no votes)
     * @throws IllegalArgumentException for a value that is neither an ordinal nor {@link Stage#ABSTAIN}
     */
    public static Stage of(int[] votes) {
        Objects.requireNonNull(votes, "votes");
        Stage[] stages = Stage.values();
        int[] counts = new int[stages.length];
        for (int vote : votes) {
            Stage stage = Stage.fromVote(vote);
            if (stage != null) {
                counts[stage.ordinal()]++;
            }
        }
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        return best < 0 ? null : stages[best];
    }
}
