package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.ABSTAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MajorityVoteTest {

    private static final int LOAD = Stage.LOAD.ordinal();
    private static final int EXPLORE = Stage.EXPLORE.ordinal();
    private static final int TRAIN = Stage.TRAIN.ordinal();
    private static final int EVALUATE = Stage.EVALUATE.ordinal();

    @Test
    void pluralityWinsAndAbstentionsDoNotCount() {
        assertEquals(Stage.EVALUATE,
                MajorityVote.of(new int[] {TRAIN, ABSTAIN, EVALUATE, EVALUATE, ABSTAIN, ABSTAIN, ABSTAIN}));
    }

    @Test
    void tiesGoToTheEarlierStage() {
        assertEquals(Stage.LOAD, MajorityVote.of(new int[] {EXPLORE, LOAD}));
        assertEquals(Stage.TRAIN, MajorityVote.of(new int[] {EVALUATE, TRAIN, ABSTAIN, EVALUATE, TRAIN}));
    }

    @Test
    void nullWhenEveryFunctionAbstainsOrThereAreNoVotes() {
        assertNull(MajorityVote.of(new int[] {ABSTAIN, ABSTAIN}));
        assertNull(MajorityVote.of(new int[0]));
    }

    @Test
    void rejectsValuesThatAreNotVotes() {
        assertThrows(IllegalArgumentException.class, () -> MajorityVote.of(new int[] {Stage.values().length}));
        assertThrows(IllegalArgumentException.class, () -> MajorityVote.of(new int[] {-7}));
        assertThrows(NullPointerException.class, () -> MajorityVote.of(null));
    }
}
