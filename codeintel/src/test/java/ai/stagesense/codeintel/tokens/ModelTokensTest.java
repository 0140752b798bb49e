package ai.stagesense.codeintel.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.codeintel.stage.StageFeatures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token sequences every model is trained on and served with (docs/models.md). */
class ModelTokensTest {

    @Test
    void stageTokensPutWhatTheCellDoesBeforeHowItIsWritten() {
        List<String> tokens = StageFeatures.tokens("df = pd.read_csv('a.csv')", List.of("var0=pandas.read_csv"));
        assertEquals(List.of("var0", "=", "pandas", ".", "read_csv", "<nl>", "<cell>", "df", "=", "pd", ".", "read",
                "csv", "(", "<str>", ")"), tokens);
        assertEquals(3, StageFeatures.tokens("x = 1", List.of("var0=<num>"), 3).size());
    }

    @Test
    void nextLineSourceMarksLinesAndCells() {
        assertEquals(List.of("import_", "pandas", "<nl>", "<cell>", "var0", "=", "pandas", ".", "read_csv", "<nl>"),
                NextLineTokens.source(List.of("import_pandas", "<cell>", "var0=pandas.read_csv")));
        assertEquals(List.of("var0", ".", "head"), NextLineTokens.target("var0.head"));
    }

    @Test
    void summaryTokensRoundTripToASentence() {
        List<String> tokens = SummaryTokens.tokenize("Load the CSV file, skipping bad lines.");
        assertEquals(List.of("load", "the", "csv", "file", ",", "skipping", "bad", "lines", "."), tokens);
        assertEquals("Load the csv file, skipping bad lines.", SummaryTokens.detokenize(tokens));
        assertEquals("Return the user's name.", SummaryTokens.detokenize(SummaryTokens.tokenize("return the user's name")));
    }

    @Test
    void vocabularyFromCountsRanksLikeBuild() {
        Vocabulary fromCounts = Vocabulary.fromCounts(Map.of("b", 2L, "a", 2L, "c", 5L, "rare", 1L), 2, 100);
        Vocabulary built = Vocabulary.build(List.of(List.of("c", "c", "c", "c", "c", "a", "a", "b", "b", "rare")), 2,
                100);
        assertEquals(built.tokens(), fromCounts.tokens());
        assertEquals(List.of("c", "a", "b"), fromCounts.tokens().subList(6, 9));
    }
}
