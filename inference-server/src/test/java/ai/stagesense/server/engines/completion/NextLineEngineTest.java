package ai.stagesense.server.engines.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.exec.Budget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served engine asks the n-gram table without the stage; the stage-aware lookup stays available; the seq2seq
 * and n-gram lines are combined as each {@link NextLineEngine.Combination} says.
 */
class NextLineEngineTest {

    /** "import_pandas" was counted at a notebook's start under load, "import_os" under imports. */
    private static final NgramTable TABLE = NgramTable.parse("{\"order\": 3, \"counts\": {"
            + "\"load\\t<s>\\t<s>\": {\"import_pandas\": 5},"
            + "\"imports\\t<s>\\t<s>\": {\"import_os\": 1}}}");

    /** The engine over an n-gram table and templates alone: no stage classifier, no seq2seq model. */
    private static NextLineEngine tableOnly(NgramTable table, TemplateTable templates) {
        return new NextLineEngine(null, new NextLineModels(Map.of(), null), table, templates);
    }

    private static NextLineEngine tableOnly(NgramTable table) {
        return tableOnly(table, TemplateTable.empty());
    }

    private static List<String> texts(CompletionResult result) {
        return result.suggestions().stream().map(Suggestion::text).toList();
    }

    private static List<String> masked(NextLineEngine engine) throws Exception {
        // an empty notebook: the stage is imports
        CompletionResult result = engine.complete(new CompletionQuery("", "", List.of(), "python", 3),
                Budget.unlimited());
        assertEquals("imports", result.stage());
        return result.suggestions().stream().map(Suggestion::masked).toList();
    }

    @Test
    void theTableIsAskedWithoutTheStage() throws Exception {
        NextLineEngine engine = tableOnly(TABLE);
        assertEquals(List.of("import_pandas", "import_os"), masked(engine), "5 of 6 over both stages");
        assertEquals(List.of("import_os"), masked(engine.withStageAwareNgrams()), "the imports counts alone");
        assertSame(TABLE, engine.ngrams(), "the table as loaded");
    }

    @Test
    void aLineTheNotebookAlreadyWroteIsSuggestedWithItsOwnArguments() throws Exception {
        NgramTable table = NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"explore\\t<s>\\tmatplotlib.pyplot.plot(var0)\": {\"matplotlib.pyplot.xlabel\": 3}}}");
        TemplateTable templates = TemplateTable.parse(
                "{\"matplotlib.pyplot.xlabel\": [[\"matplotlib.pyplot.xlabel(${str})\", 9]]}");
        NextLineEngine engine = tableOnly(table, templates);
        List<String> earlier = List.of("import matplotlib.pyplot as plt\nloss = [1, 2]\n",
                "plt.plot(loss)\nplt.xlabel('Epoch')\n");
        CompletionResult result = engine.complete(new CompletionQuery("plt.plot(loss)\n", "", earlier, "python", 3),
                Budget.unlimited());
        assertEquals("plt.xlabel('Epoch')", result.suggestions().get(0).text());
        CompletionResult fresh = engine.complete(new CompletionQuery("plt.plot(loss)\n", "", earlier.subList(0, 1),
                "python", 3), Budget.unlimited());
        assertEquals("plt.xlabel(\"\")", fresh.suggestions().get(0).text(), "no earlier xlabel: the template");
    }

    @Test
    void whileTypingTheNotebooksOwnLinesFillWhatTheModelsLeaveFree() throws Exception {
        NextLineEngine engine = tableOnly(TABLE);
        List<String> earlier = List.of("import matplotlib.pyplot as plt\nplt.title('Loss')\nplt.show()\n",
                "plt.title('Accuracy')\nplt.tight_layout()\nplt.show()\n");
        CompletionResult result = engine.complete(new CompletionQuery("plt.t", "", earlier, "python", 3),
                Budget.unlimited());
        assertEquals(List.of("ight_layout()", "itle('Accuracy')"), texts(result), "no table line starts with plt.t; "
                + "the latest written line first, and of two lines with one masked form the latest");
    }

    @Test
    void typedTextFindsLinesBelowTheMostFrequentOnes() throws Exception {
        StringBuilder counts = new StringBuilder("{\"order\": 3, \"counts\": {\"explore\\t<s>\\tvar0.head\": {");
        for (int i = 0; i < 40; i++) {
            counts.append("\"print_").append(i).append("\": ").append(100 - i).append(", ");
        }
        counts.append("\"var0.describe\": 2}}}");
        NextLineEngine engine = tableOnly(NgramTable.parse(counts.toString()));
        CompletionResult result = engine.complete(new CompletionQuery("df = load()\ndf.head()\ndf.", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("describe()"), texts(result),
                "the 41st line is the only one that continues 'df.'");
    }

    @Test
    void whileTypingAVariableALineCountedOnAnotherVariableIsAimedAtIt() throws Exception {
        // "test.head()": var1 in this notebook; the table only knows the first variable's head()
        NextLineEngine engine = tableOnly(NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"load\\tvar0=pandas.read_csv\\tvar1=pandas.read_csv\": {\"var0.head\": 5}}}"));
        CompletionResult result = engine.complete(new CompletionQuery("import pandas as pd\n"
                + "train = pd.read_csv('a.csv')\ntest = pd.read_csv('b.csv')\ntes", "", List.of(), "python", 3),
                Budget.unlimited());
        assertEquals(List.of("t.head()"), texts(result));
        assertEquals("var1.head", result.suggestions().get(0).masked());
    }

    @Test
    void aNewNameBeingTypedKeepsTheUsersName() throws Exception {
        NextLineEngine engine = tableOnly(NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"load\\t<s>\\timport_sklearn.datasets\": {\"var0=sklearn.datasets.load_digits\": 5, "
                + "\"print(var1)\": 3}}}"));
        CompletionResult result = engine.complete(new CompletionQuery("from sklearn import datasets\ndig", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("its = datasets.load_digits()"),
                texts(result), "the line's own fresh name fits");
        // nothing starts with "X_d": the user is naming a new variable for the lines that bind one
        result = engine.complete(new CompletionQuery("from sklearn import datasets\nX_d", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of(" = datasets.load_digits()"),
                texts(result));
        result = engine.complete(new CompletionQuery("from sklearn import datasets\nX_digits = ", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("datasets.load_digits()"), texts(result),
                "the name typed in full, then =");
        result = engine.complete(new CompletionQuery("from sklearn import datasets\nfo", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of(), result.suggestions(), "'fo' starts a for loop, not a variable's name");
    }

    @Test
    void theLineJustWrittenIsNotSuggestedAgain() throws Exception {
        NextLineEngine engine = tableOnly(NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"explore\\t<s>\\tvar0.head\": {\"var0.head\": 9, \"var0.info\": 1}}}"));
        CompletionResult result = engine.complete(new CompletionQuery("df = load()\ndf.head()\n", "",
                List.of(), "python", 3), Budget.unlimited());
        assertEquals(List.of("df.info()"), texts(result));
    }

    @Test
    void withoutNgramsNeedsAModel() {
        NextLineEngine engine = tableOnly(TABLE);
        assertThrows(IllegalArgumentException.class, engine::withoutNgrams);
    }

    private static Map<String, Double> ordered(Object... linesAndScores) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < linesAndScores.length; i += 2) {
            out.put((String) linesAndScores[i], (Double) linesAndScores[i + 1]);
        }
        return out;
    }

    private static final Map<String, Double> MODEL = ordered("a", 0.6, "b", 0.3);
    private static final Map<String, Double> NGRAM = ordered("b", 0.5, "c", 0.45);

    @Test
    void seq2seqFirstPutsTheModelsLinesBeforeTheTables() {
        assertEquals(List.of("a", "b", "c"), List.copyOf(NextLineEngine.combine(
                NextLineEngine.Combination.SEQ2SEQ_FIRST, MODEL, NGRAM, true).keySet()));
    }

    @Test
    void ngramFirstPutsTheTablesLinesBeforeTheModels() {
        assertEquals(List.of("b", "c", "a"), List.copyOf(NextLineEngine.combine(
                NextLineEngine.Combination.NGRAM_FIRST, MODEL, NGRAM, false).keySet()));
    }

    @Test
    void ngramWhenKnownPutsTheTablesLinesFirstOnlyWhereItCountedTheFullContext() {
        assertEquals(List.of("b", "c", "a"), List.copyOf(NextLineEngine.combine(
                NextLineEngine.Combination.NGRAM_WHEN_KNOWN, MODEL, NGRAM, true).keySet()));
        assertEquals(List.of("a", "b", "c"), List.copyOf(NextLineEngine.combine(
                NextLineEngine.Combination.NGRAM_WHEN_KNOWN, MODEL, NGRAM, false).keySet()));
    }

    @Test
    void theMixtureRanksByTheInterpolatedProbability() {
        Map<String, Double> mixed = NextLineEngine.combine(NextLineEngine.Combination.MIXTURE, MODEL, NGRAM, false);
        // b: 0.5 * 0.3 + 0.5 * 0.5 = 0.40; a: 0.5 * 0.6 = 0.30; c: 0.5 * 0.45 = 0.225
        assertEquals(List.of("b", "a", "c"), List.copyOf(mixed.keySet()));
        assertEquals(0.40, mixed.get("b"), 1e-12);
        assertEquals(0.225, mixed.get("c"), 1e-12);
    }

    @Test
    void theTableKnowsOnlyTheContextsItCounted() {
        NgramTable stageless = TABLE.ignoringStage();
        assertTrue(stageless.knowsContext("explore", List.of()), "a notebook's start: <s> <s>");
        assertFalse(stageless.knowsContext("explore", List.of("import_pandas")), "only backed-off levels know it");
        assertTrue(TABLE.knowsContext("load", List.of()));
        assertFalse(TABLE.knowsContext("explore", List.of()), "the stage-aware table has no explore counts");
    }
}
