package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.stage.StageCorpus.Example;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks of the function set as a whole on the hand-labelled corpus: the statistics a label model relies on
 * (coverage, no dead functions, functions that are targeted and better than chance).
 */
class CoverageTest {

    private final List<Example> corpus = StageCorpus.all();
    private final List<StageRule> rules = LabelingFunctions.rules();
    private final int[][] votes = corpus.stream().map(e -> LabelingFunctions.votes(e.features())).toArray(int[][]::new);

    @Test
    void everyCellGetsAtLeastOneVote() {
        List<String> uncovered = new ArrayList<>();
        for (int c = 0; c < corpus.size(); c++) {
            if (Arrays.stream(votes[c]).allMatch(v -> v == Stage.ABSTAIN)) {
                uncovered.add(corpus.get(c).name());
            }
        }
        assertEquals(List.of(), uncovered);
    }

    @Test
    void everyFunctionFiresSomewhereAndOnlyForItsOwnStage() {
        List<String> dead = new ArrayList<>();
        for (int f = 0; f < rules.size(); f++) {
            int fired = 0;
            for (int[] row : votes) {
                if (row[f] != Stage.ABSTAIN) {
                    fired++;
                    assertEquals(rules.get(f).stage().ordinal(), row[f], rules.get(f).name());
                }
            }
            if (fired == 0) {
                dead.add(rules.get(f).name());
            }
        }
        assertEquals(List.of(), dead, "labeling functions that fire on no corpus cell");
    }

    @Test
    void functionsAreTargetedAndMostlyRight() {
        for (int f = 0; f < rules.size(); f++) {
            int fired = 0;
            int right = 0;
            for (int c = 0; c < corpus.size(); c++) {
                if (votes[c][f] != Stage.ABSTAIN) {
                    fired++;
                    if (votes[c][f] == corpus.get(c).stage().ordinal()) {
                        right++;
                    }
                }
            }
            String name = rules.get(f).name();
            assertTrue(fired * 4 <= corpus.size(), name + " fires on " + fired + " of " + corpus.size() + " cells");
            assertTrue(right * 4 >= fired * 3, name + " is right on " + right + " of " + fired);
        }
    }

    @Test
    void majorityVoteIsRightOnEveryCorpusCell() {
        for (int c = 0; c < corpus.size(); c++) {
            assertEquals(corpus.get(c).stage(), MajorityVote.of(votes[c]), corpus.get(c).name());
        }
    }
}
