package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditSimilarityTest {

    @Test
    void levenshteinDistance() {
        assertEquals(3, EditSimilarity.distance("kitten", "sitting"));
        assertEquals(0, EditSimilarity.distance("df.head()", "df.head()"));
        assertEquals(5, EditSimilarity.distance("", "abcde"));
        assertEquals(1, EditSimilarity.distance("df.head()", "df.head(9)"));
    }

    @Test
    void similarityIsOneMinusDistanceOverTheLongerLength() {
        assertEquals(1 - 3.0 / 7, EditSimilarity.of("kitten", "sitting"), 1e-12);
        assertEquals(1.0, EditSimilarity.of("df.head()", "df.head()"), 1e-12);
        assertEquals(0.0, EditSimilarity.of("", "df.head()"), 1e-12);
        assertEquals(0.0, EditSimilarity.of("abc", "xyz"), 1e-12);
        assertEquals(1.0, EditSimilarity.of("", ""), 1e-12);
    }

    @Test
    void whitespaceRunsCountAsOneSpace() {
        assertEquals(1.0, EditSimilarity.of("    print(x)\n", "print(x)"), 1e-12, "an editor's indentation");
        assertEquals("X, y = make( n=5, s=1)", EditSimilarity.normalise("X, y = make(\n    n=5,\n\ts=1)\n"));
        String oneLine = "X, y = make(n=5, s=1)";
        assertEquals(1 - 1.0 / 22, EditSimilarity.of(oneLine, "X, y = make(\n    n=5,\n    s=1)"), 1e-12);
    }

    @Test
    void longLinesAreCut() {
        String a = "x".repeat(1000);
        assertEquals(EditSimilarity.MAX_CHARS, EditSimilarity.normalise(a).length());
        assertEquals(1.0, EditSimilarity.of(a, a + "y"), 1e-12, "the difference lies past the cut");
    }
}
