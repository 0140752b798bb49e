package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BleuTest {

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void identicalSentencesScoreOne() {
        assertEquals(1.0, Bleu.sentence(words("return the value of x"), words("return the value of x")), 1e-12);
    }

    @Test
    void smoothingKeepsAShortMatchAboveZeroAndBrevityPenalises() {
        // every n-gram of the hypothesis matches; only the brevity penalty exp(1 - 7/4) applies
        assertEquals(Math.exp(-0.75), Bleu.sentence(words("the cat sat"), words("the cat sat on the mat")), 1e-12);
    }

    @Test
    void precisionsAreClippedAndSmoothedFromBigramsOn() {
        // p1 = 2/3, p2 = (1+1)/(2+1), p3 = (0+1)/(1+1), p4 = (0+1)/(0+1); same length, no brevity penalty
        double expected = Math.exp((Math.log(2.0 / 3) + Math.log(2.0 / 3) + Math.log(0.5) + 0) / 4);
        assertEquals(expected, Bleu.sentence(words("get the name"), words("return the name")), 1e-12);
        // "the" three times matches the reference's single "the" once
        double clipped = Math.exp((Math.log(1.0 / 3) + Math.log(1.0 / 3) + Math.log(1.0 / 2) + 0) / 4);
        assertEquals(clipped, Bleu.sentence(words("the the the"), words("the cat sat")), 1e-12);
    }

    @Test
    void noCommonWordScoresZeroAndAnEmptyHypothesisOnlyTheBrevityPenalty() {
        assertTrue(Bleu.sentence(words("alpha beta"), words("gamma delta")) < 1e-10);
        // as in CodeXGLUE: 0 of 0 unigrams is not a miss, so only exp(1 - (2 + 1) / (0 + 1)) remains
        assertEquals(Math.exp(-2), Bleu.sentence(List.of(), words("gamma delta")), 1e-12);
    }
}
