package ai.stagesense.server.engines.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.stagesense.server.exec.Budget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The served engine asks the n-gram table without the stage; the stage-aware lookup stays available. */
class NextLineEngineTest {

    /** "import_pandas" was counted at a notebook's start under load, "import_os" under imports. */
    private static final NgramTable TABLE = NgramTable.parse("{\"order\": 3, \"counts\": {"
            + "\"load\\t<s>\\t<s>\": {\"import_pandas\": 5},"
            + "\"imports\\t<s>\\t<s>\": {\"import_os\": 1}}}");

    private static List<String> masked(NextLineEngine engine) throws Exception {
        // an empty notebook: the stage is imports
        CompletionResult result = engine.complete(new CompletionQuery("", "", List.of(), "python", 3),
                Budget.unlimited());
        assertEquals("imports", result.stage());
        return result.suggestions().stream().map(Suggestion::masked).toList();
    }

    @Test
    void theTableIsAskedWithoutTheStage() throws Exception {
        NextLineEngine engine = new NextLineEngine(null, new NextLineModels(Map.of(), null), TABLE,
                TemplateTable.empty());
        assertEquals(List.of("import_pandas", "import_os"), masked(engine), "5 of 6 over both stages");
        assertEquals(List.of("import_os"), masked(engine.withStageAwareNgrams()), "the imports counts alone");
        assertSame(TABLE, engine.ngrams(), "the table as loaded");
    }

    @Test
    void typedTextFindsLinesBelowTheMostFrequentOnes() throws Exception {
        StringBuilder counts = new StringBuilder("{\"order\": 3, \"counts\": {\"explore\\t<s>\\tvar0.head\": {");
        for (int i = 0; i < 40; i++) {
            counts.append("\"print_").append(i).append("\": ").append(100 - i).append(", ");
        }
        counts.append("\"var0.describe\": 2}}}");
        NextLineEngine engine = new NextLineEngine(null, new NextLineModels(Map.of(), null),
                NgramTable.parse(counts.toString()), TemplateTable.empty());
        CompletionResult result = engine.complete(new CompletionQuery("df = load()\ndf.head()\ndf.", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("describe()"), result.suggestions().stream().map(Suggestion::text).toList(),
                "the 41st line is the only one that continues 'df.'");
    }

    @Test
    void theLineJustWrittenIsNotSuggestedAgain() throws Exception {
        NextLineEngine engine = new NextLineEngine(null, new NextLineModels(Map.of(), null),
                NgramTable.parse("{\"order\": 3, \"counts\": {\"explore\\t<s>\\tvar0.head\": "
                        + "{\"var0.head\": 9, \"var0.info\": 1}}}"), TemplateTable.empty());
        CompletionResult result = engine.complete(new CompletionQuery("df = load()\ndf.head()\n", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("df.info()"), result.suggestions().stream().map(Suggestion::text).toList());
    }

    @Test
    void withoutNgramsNeedsAModel() {
        NextLineEngine engine = new NextLineEngine(null, new NextLineModels(Map.of(), null), TABLE,
                TemplateTable.empty());
        assertThrows(IllegalArgumentException.class, engine::withoutNgrams);
    }
}
