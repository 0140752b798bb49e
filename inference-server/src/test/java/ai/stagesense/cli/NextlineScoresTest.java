package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.server.engines.completion.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextlineScoresTest {

    private static Suggestion s(String text, String masked) {
        return new Suggestion(text, 0.5, masked);
    }

    @Test
    void hitsAtOneAndThreeExactMatchAndEditSimilarityOfTheFirstSuggestion() {
        NextlineScores scores = new NextlineScores();
        // exact at rank 1
        scores.add(List.of(s("df.head()", "var0.head"), s("df.tail()", "var0.tail")), "var0.head", "df.head()", 0);
        // same API (other variable) at rank 2, exact at rank 3
        scores.add(List.of(s("df.info()", "var0.info"), s("x.shape", "var1.shape"), s("df.shape", "var0.shape")),
                "var0.shape", "df.shape", 0);
        // a hit at rank 4 does not count
        scores.add(List.of(s("a", "var0.a"), s("b", "var0.b"), s("c", "var0.c"), s("d", "print")), "print", "print(1)",
                0);
        // no suggestion; the real line calls nothing
        scores.add(List.of(), "var0", "df", 0);

        assertEquals(4, scores.pairs());
        assertEquals(3, scores.withApi(), "var0 alone calls nothing");
        assertEquals(1.0 / 3, scores.api1(), 1e-12);
        assertEquals(2.0 / 3, scores.api3(), 1e-12);
        assertEquals(1.0 / 4, scores.exact1(), 1e-12);
        assertEquals(2.0 / 4, scores.exact3(), 1e-12);
        assertEquals(0.75, scores.coverage(), 1e-12);
        double expected = (1.0 + EditSimilarity.of("df.info()", "df.shape") + EditSimilarity.of("a", "print(1)")
                + 0.0) / 4;
        assertEquals(expected, scores.editSimilarity(), 1e-12);
        assertEquals(1.0, scores.editSimilarityWhenRight(), 1e-12, "only the first pair was right at rank 1");
    }

    @Test
    void partsAddUp() {
        NextlineScores a = new NextlineScores();
        a.add(List.of(s("df.head()", "var0.head")), "var0.head", "df.head()", 2_000_000);
        NextlineScores b = new NextlineScores();
        b.add(List.of(s("df.tail()", "var0.tail")), "var0.head", "df.head()", 4_000_000);
        a.add(b);
        assertEquals(2, a.pairs());
        assertEquals(0.5, a.exact1(), 1e-12);
        assertEquals(3.0, a.millisPerPair(), 1e-12);
        assertEquals(1.0, a.editSimilarityWhenRight(), 1e-12);
    }
}
