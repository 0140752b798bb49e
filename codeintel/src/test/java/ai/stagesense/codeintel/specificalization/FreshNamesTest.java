package ai.stagesense.codeintel.specificalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshNamesTest {

    private static String name(String api, int index, int count) {
        return FreshNames.suggest(api, false, index, count, false, Set.of());
    }

    @Test
    void conventionalNamesForFiguresPredictionsAndToyDataSets() {
        assertEquals("fig", name("subplots", 0, 2));
        assertEquals("ax", name("subplots", 1, 2));
        assertEquals("y_pred", name("predict", 0, 1));
        assertEquals("X", name("make_blobs", 0, 2));
        assertEquals("y", name("load_iris", 1, 2));
        assertEquals("path", name("join", 0, 1));
    }

    @Test
    void aNameNeverShadowsABuiltIn() {
        assertEquals("value", name("int", 0, 1));
        assertEquals("value", name("abs", 0, 1));
        assertEquals("value2", FreshNames.suggest("len", false, 0, 1, false, Set.of("value")));
        assertEquals("fit_transform", name("fit_transform", 0, 1));
    }

    @Test
    void aNameNeverShadowsTheFunctionThatMadeTheValue() {
        assertEquals("digits", FreshNames.suggest("load_digits", true, 0, 1, false, Set.of()));
        assertEquals("model", FreshNames.suggest("build_model", true, 0, 1, false, Set.of()));
        assertEquals("result", FreshNames.suggest("preprocess", true, 0, 1, false, Set.of()));
        assertEquals("fit_transform", FreshNames.suggest("fit_transform", false, 0, 1, false, Set.of()),
                "a method of the user's variable: nothing is shadowed");
    }
}
