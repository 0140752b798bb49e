package ai.stagesense.dataset.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.dataset.Counts;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookRowsTest {

    private static FeaturizedNotebook notebook() {
        LoadedNotebook loaded = new LoadedNotebook("c/nb.ipynb", "c", List.of(
                new LoadedCell(0, "import pandas as pd\nimport numpy as np"),
                new LoadedCell(1, "# only a comment"),
                new LoadedCell(2, "df = pd.read_csv('data/train.csv')\ndf.head()\ndf.shape")),
                1, new long[0], null, new Counts());
        return NotebookFeaturizer.featurize(loaded);
    }

    @Test
    void contextsRunOverCellsWithMarkersAndAreCutToTheMaximum() {
        List<JsonObject> rows = NotebookRows.nextLine(notebook(), 4).stream()
                .map(s -> JsonParser.parseString(s).getAsJsonObject()).toList();
        assertEquals(5, rows.size());
        assertEquals(0, rows.get(0).getAsJsonArray("context").size());
        assertTrue(rows.get(0).get("new_cell").getAsBoolean());
        assertFalse(rows.get(1).get("new_cell").getAsBoolean());
        JsonObject load = rows.get(2);
        assertEquals("var0=pandas.read_csv", load.get("target").getAsString());
        assertEquals(2, load.get("cell_position").getAsInt());
        assertTrue(load.get("new_cell").getAsBoolean());
        assertEquals(List.of("import_pandas", "import_numpy", NotebookRows.CELL_MARKER), strings(load.getAsJsonArray("context")));
        assertEquals("$1 = pandas.read_csv(${path})", load.get("template").getAsString());
        JsonObject last = rows.get(4);
        assertEquals(List.of("import_numpy", NotebookRows.CELL_MARKER, "var0=pandas.read_csv", "var0.head"),
                strings(last.getAsJsonArray("context")));
        assertEquals(notebook().cells().get(2).votes().length, last.getAsJsonArray("cell_votes").size());
    }

    @Test
    void theNgramContextIsAlsoWrittenWithoutVariableNumbersAndAsTheApisCalled() {
        JsonObject last = JsonParser.parseString(NotebookRows.nextLine(notebook(), 32).get(4)).getAsJsonObject();
        assertEquals(List.of("var=pandas.read_csv", "var.head"), strings(last.getAsJsonArray("context_variables")));
        assertEquals(List.of("pandas.read_csv", "var.head"), strings(last.getAsJsonArray("context_apis")));
        JsonObject first = JsonParser.parseString(NotebookRows.nextLine(notebook(), 32).get(0)).getAsJsonObject();
        assertEquals(0, first.getAsJsonArray("context_apis").size());
    }

    @Test
    void importSequenceListsTopLevelModulesInOrder() {
        JsonObject row = JsonParser.parseString(NotebookRows.importSequence(notebook()).get(0)).getAsJsonObject();
        assertEquals(List.of("pandas", "numpy"), strings(row.getAsJsonArray("imports")));
    }

    @Test
    void importNamesIgnoreRelativeAndFutureImports() {
        assertEquals("sklearn", ImportNames.topLevel("import_sklearn.model_selection.train_test_split"));
        assertEquals(null, ImportNames.topLevel("import_.utils"));
        assertEquals(null, ImportNames.topLevel("import___future__.annotations"));
        assertEquals(null, ImportNames.topLevel("var0=pandas.read_csv"));
    }

    private static List<String> strings(JsonArray a) {
        return a.asList().stream().map(e -> e.getAsString()).toList();
    }
}
