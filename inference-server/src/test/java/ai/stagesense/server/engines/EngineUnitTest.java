package ai.stagesense.server.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.specificalization.Specificalizer;
import ai.stagesense.codeintel.stage.CellFeatures;
import ai.stagesense.server.engines.completion.NgramTable;
import ai.stagesense.server.engines.completion.NotebookContext;
import ai.stagesense.server.engines.completion.TemplateTable;
import ai.stagesense.server.engines.completion.TypedLine;
import ai.stagesense.server.engines.stage.CellMasking;
import ai.stagesense.server.engines.stage.OnnxStageEngine;
import ai.stagesense.server.engines.stage.StagePrediction;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.testing.TestModels;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engines' parts on their own: context building, typed lines, the n-gram and template tables, batching. */
class EngineUnitTest {

    @Test
    void theContextIsTheDatasetBuildersMaskedLinesWithCellMarkers() {
        NotebookContext c = NotebookContext.of(List.of("import pandas as pd\n", "# only a comment\n",
                "df = pd.read_csv('a.csv')\n"), "df.head()\nprint(df.sh", "", Budget.unlimited());
        assertEquals(List.of("import_pandas", "<cell>", "var0=pandas.read_csv", "<cell>", "var0.head"), c.entries(),
                "a cell without masked lines adds no marker; the typed line is not context");
        assertEquals("df", c.names().variables().get("var0"));
        assertEquals("pandas", c.names().aliases().get("pd"));
        assertEquals("print(df.sh", c.typed().text());
        assertFalse(c.emptyCell());
        assertEquals(List.of("var0=pandas.read_csv"), c.lastEarlierCell().maskedLines());
    }

    @Test
    void theContextRemembersHowTheNotebookWroteEachMaskedLineButNotTheLineJustWritten() {
        NotebookContext c = NotebookContext.of(List.of("import matplotlib.pyplot as plt\nplt.xlabel('Epoch')\n"
                        + "plt.xlabel('Loss')\nd = {\n  'a': 1}\n"),
                "plt.title('Before')\nplt.title('After')\n", "", Budget.unlimited());
        Map<String, String> written = c.names().written();
        assertEquals("plt.xlabel('Loss')", written.get("matplotlib.pyplot.xlabel"), "the latest occurrence");
        assertEquals("plt.title('Before')", written.get("matplotlib.pyplot.title"),
                "the line just written is never suggested again: the earlier text of its masked line stands in");
        assertFalse(written.containsValue("d = {"), "statements over several lines are not recorded");
    }

    @Test
    void aNewCellEndsTheContextWithACellMarker() {
        NotebookContext c = NotebookContext.of(List.of("import os\n"), "", "", Budget.unlimited());
        assertEquals(List.of("import_os", "<cell>"), c.entries());
        assertTrue(c.emptyCell());
        assertEquals(List.of(), NotebookContext.of(List.of(), "", "", Budget.unlimited()).entries());
    }

    @Test
    void theContextKeepsTheLast32Entries() {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            cell.append("x").append(i).append(" = ").append(i).append('\n');
        }
        List<String> entries = NotebookContext.of(List.of(), cell.toString(), "", Budget.unlimited()).entries();
        assertEquals(32, entries.size());
        assertEquals("var49=<num>", entries.get(31));
    }

    @Test
    void codeNestedDeeperThanPythonAllowsIsNotParsed() {
        assertTrue(SourceLimits.tooDeep("def f(\n".repeat(201)));
        assertTrue(SourceLimits.tooDeep("x = " + "[".repeat(300) + "]".repeat(300)));
        assertFalse(SourceLimits.tooDeep("x = " + "[".repeat(200) + "]".repeat(200)));
        assertFalse(SourceLimits.tooDeep("s = '" + "(".repeat(500) + "'\n# " + "{".repeat(500)),
                "brackets in strings and comments do not nest");
        assertFalse(SourceLimits.tooDeep("x = ((1))\n".repeat(1000)), "closed brackets do not add up");
        long t0 = System.nanoTime();
        NotebookContext c = NotebookContext.of(List.of("import os\n", "def f(\n".repeat(2000)), "os.", "",
                Budget.unlimited());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the deep cell is skipped, not parsed for seconds");
        assertEquals(List.of("import_os", "<cell>"), c.entries());
    }

    @Test
    void hugeContextsAreReadFromTheirRecentEnd() {
        String big = "a = 1\n".repeat(50_000);
        NotebookContext c = NotebookContext.of(List.of("import os\n", big, "b = 2\n"), "c = 3\n", "",
                Budget.unlimited());
        assertEquals(List.of("var0=<num>", "<cell>", "var1=<num>"), c.entries(),
                "cells beyond the context budget are left out, whole");
        assertEquals("a = 1\n", SourceLimits.tail("x\n" + "a = 1\n".repeat(3), 8));
        assertEquals("x\n", SourceLimits.head("x\n" + "a = 1\n", 4));
    }

    @Test
    void realisationEndsEvenWhenBrokenCodeBoundAnAliasToNothing() {
        RealizationContext names = new RealizationContext(Map.of("var0", "df"), Map.of("x", "", "pd", "pandas"),
                List.of(), List.of());
        String line = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Specificalizer.realize("var0=pandas.read_csv", null, names));
        assertTrue(line.startsWith("df = pd.read_csv("), line);
    }

    @Test
    void typedTextIsContinuedAndNewBlocksIndented() {
        TypedLine typing = TypedLine.of("x = 1\ndf.he");
        assertEquals("ad()", typing.insertion("df.head()"));
        assertNull(typing.insertion("df.tail()"), "a line that does not continue the typed text is no suggestion");
        assertNull(typing.insertion("df.he"), "nothing left to insert");
        TypedLine block = TypedLine.of("for row in rows:\n");
        assertEquals("    print(row)", block.insertion("print(row)"));
        TypedLine indented = TypedLine.of("for row in rows:\n    ");
        assertEquals("print(row)", indented.insertion("print(row)"), "the editor already indented");
        assertEquals("df.head()", TypedLine.of("").insertion("df.head()"));
    }

    @Test
    void ngramsBackOffFromTheFullContextToThePreviousLineToTheStage() {
        NgramTable table = NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"load\\timport_pandas\\t<cell>\": {\"var0=pandas.read_csv\": 3, \"var0=pandas.read_excel\": 1},"
                + "\"explore\\t<cell>\\tvar0=pandas.read_csv\": {\"var0.head\": 4},"
                + "\"explore\\tvar0.head\\tvar0.info\": {\"var0.describe\": 2}}}");
        List<NgramTable.Entry> exact = table.next("load", List.of("import_pandas", "<cell>"), 5);
        assertEquals("var0=pandas.read_csv", exact.get(0).masked());
        assertEquals(0.75, exact.get(0).score(), 1e-9);
        List<NgramTable.Entry> backedOff = table.next("explore", List.of("import_os", "var0=pandas.read_csv"), 5);
        assertEquals("var0.head", backedOff.get(0).masked(), "same stage and previous line");
        assertEquals(NgramTable.BACKOFF, backedOff.get(0).score(), 1e-9);
        List<NgramTable.Entry> stageOnly = table.next("explore", List.of("something_else"), 5);
        assertEquals(2, stageOnly.size(), "the stage's lines when nothing else matches");
        assertTrue(table.next("train", List.of(), 5).isEmpty());
        assertEquals("var0=pandas.read_csv", table.next("load", List.of(), 5).get(0).masked(),
                "short contexts are padded with <s> and still back off");
    }

    @Test
    void templatesAreLookedUpByKey() {
        TemplateTable t = TemplateTable.parse("{\"$1=pandas.read_csv\": [[\"$1=pandas.read_csv(${path})\", 5],"
                + " [\"$1=pandas.read_csv(${path}, sep=';')\", 1]]}");
        assertEquals("$1=pandas.read_csv(${path})", t.forLine("var7=pandas.read_csv"));
        assertNull(t.forLine("var0.head"));
    }

    @Test
    void aTemplateCutShortIsPassedOverForTheNextOne() {
        TemplateTable t = TemplateTable.parse("{\"print\": [[\"print(${str}\", 9], [\"print(${str})\", 5]],"
                + " \"$1.show\": [[\"$1.show(\", 2]]}");
        assertEquals("print(${str})", t.forLine("print"));
        assertNull(t.forLine("var0.show"), "no balanced template: the default rendering");
    }

    @Test
    void aBatchOfCellsMatchesTheCellsOneByOne() throws Exception {
        try (TestEngines engines = new TestEngines(TestModels.tiny())) {
            OnnxStageEngine stage = engines.stage();
            List<CellFeatures> cells = CellMasking.notebook(List.of("import numpy as np\n",
                    "x = np.arange(10)\nx.mean()\n", "from sklearn.svm import SVC\nclf = SVC()\nclf.fit(x, x)\n"));
            List<StagePrediction> batch = stage.classify(cells, Budget.unlimited());
            for (int i = 0; i < cells.size(); i++) {
                StagePrediction alone = stage.classify(List.of(cells.get(i)), Budget.unlimited()).get(0);
                assertEquals(alone.stage(), batch.get(i).stage());
                for (int s = 0; s < 6; s++) {
                    assertEquals(alone.probabilities()[s], batch.get(i).probabilities()[s], 1e-5,
                            "padding on the right must not change a cell's answer");
                }
            }
        }
    }
}
