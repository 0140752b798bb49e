package ai.stagesense.codeintel.stage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stage labeling functions, in a fixed order: column {@code i} of a vote matrix is {@code all().get(i)}, so
 * appending a function is compatible with stored label-model weights keyed by name, and reordering is not.
 */
public final class LabelingFunctions {

    /** The functions that look for one API, name or word; the line-weight functions judge statements with them. */
    private static final List<StageRule> PATTERN_RULES = Stream.of(
                    ImportLoadFunctions.rules(),
                    ExploreFunctions.rules(),
                    PrepareFunctions.rules(),
                    TrainEvaluateFunctions.rules())
            .flatMap(List::stream)
            .toList();

    /** Context functions come last: appended, so the earlier functions keep their vote-matrix columns. */
    private static final List<StageRule> RULES = Stream.of(
                    PATTERN_RULES, LineWeightFunctions.rules(PATTERN_RULES), ContextFunctions.rules())
            .flatMap(List::stream)
            .toList();

    private static final List<LabelingFunction> ALL = List.copyOf(RULES);

    static {
        Set<String> names = new HashSet<>();
        for (StageRule rule : RULES) {
            if (!names.add(rule.name())) {
                throw new IllegalStateException("duplicate labeling function name: " + rule.name());
            }
        }
    }

    private LabelingFunctions() {
    }

    /** Every stage labeling function, in vote-matrix column order. */
    public static List<LabelingFunction> all() {
        return ALL;
    }

    /**
     * One vote per function of {@link #all()}, in that order: a stage ordinal or {@link Stage#ABSTAIN}.
     * The cell is prepared once and shared by all functions.
     */
    public static int[] votes(CellFeatures cell) {
        CellView view = CellView.of(cell);
        int[] votes = new int[RULES.size()];
        for (int i = 0; i < votes.length; i++) {
            votes[i] = Stage.toVote(RULES.get(i).vote(view));
        }
        return votes;
    }

    /** The stage each function votes when it does not abstain, in {@link #all()} order. */
    static List<StageRule> rules() {
        return RULES;
    }
}
