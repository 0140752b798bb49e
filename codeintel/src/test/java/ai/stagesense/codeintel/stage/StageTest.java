package ai.stagesense.codeintel.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void idsAreLowercaseNamesInWorkflowOrder() {
        List<String> ids = List.of(Stage.values()).stream().map(Stage::id).toList();
        assertEquals(List.of("imports", "load", "explore", "prepare", "train", "evaluate"), ids);
    }

    @Test
    void fromIdInvertsIdIgnoringCaseAndBlanks() {
        for (Stage stage : Stage.values()) {
            assertEquals(stage, Stage.fromId(stage.id()));
        }
        assertEquals(Stage.TRAIN, Stage.fromId(" Train "));
    }

    @Test
    void fromIdRejectsUnknownIds() {
        assertThrows(IllegalArgumentException.class, () -> Stage.fromId("abstain"));
        assertThrows(IllegalArgumentException.class, () -> Stage.fromId(""));
        assertThrows(IllegalArgumentException.class, () -> Stage.fromId(null));
    }

    @Test
    void votesAreOrdinalsAndAbstainIsMinusOneOrNull() {
        assertEquals(-1, Stage.ABSTAIN);
        assertEquals(Stage.ABSTAIN, Stage.toVote(null));
        assertNull(Stage.fromVote(Stage.ABSTAIN));
        for (Stage stage : Stage.values()) {
            assertEquals(stage.ordinal(), Stage.toVote(stage));
            assertEquals(stage, Stage.fromVote(stage.ordinal()));
        }
        assertThrows(IllegalArgumentException.class, () -> Stage.fromVote(Stage.values().length));
        assertThrows(IllegalArgumentException.class, () -> Stage.fromVote(-2));
    }
}
