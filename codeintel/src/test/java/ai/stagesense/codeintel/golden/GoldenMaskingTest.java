package ai.stagesense.codeintel.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.masking.MaskedCell;
import ai.stagesense.codeintel.masking.NotebookMasker;
import ai.stagesense.codeintel.parsing.PythonParsing;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden notebooks (realistic cells: imports, loading, exploration, cleaning, training, evaluation, magics and
 * broken code) masked cell by cell: parse result, masked lines and the variable dictionary after each cell.
 */
class GoldenMaskingTest {

    @Test
    void theGoldenSetIsLargeEnough() throws IOException {
        int cells = 0;
        int broken = 0;
        for (JsonElement notebook : GoldenFiles.array("notebooks.json")) {
            for (JsonElement cell : notebook.getAsJsonObject().getAsJsonArray("cells")) {
                cells++;
                broken += cell.getAsJsonObject().has("broken") ? 1 : 0;
            }
        }
        assertTrue(cells >= 60, "at least 60 golden cells, found " + cells);
        assertTrue(broken >= 4, "broken cells are covered, found " + broken);
    }

    @TestFactory
    List<DynamicTest> goldenNotebooks() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : GoldenFiles.array("notebooks.json")) {
            JsonObject notebook = element.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(notebook.get("id").getAsString(), () -> checkNotebook(notebook)));
        }
        return tests;
    }

    private static void checkNotebook(JsonObject notebook) {
        NotebookMasker masker = new NotebookMasker();
        int index = 0;
        for (JsonElement element : notebook.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            String source = cell.get("source").getAsString();
            String where = notebook.get("id").getAsString() + " cell " + index++;
            MaskedCell masked = masker.mask(source);
            if (cell.has("broken")) {
                assertFalse(PythonParsing.parse(source).ok(), where + ": broken code must be diagnosed");
                List<String> prefix = GoldenFiles.strings(cell.get("masked_prefix"));
                assertTrue(masked.masked().size() >= prefix.size(), where + ": " + masked.masked());
                assertEquals(prefix, masked.masked().subList(0, prefix.size()), where);
                for (Map.Entry<String, String> e : GoldenFiles.map(cell, "variables_prefix").entrySet()) {
                    assertEquals(e.getValue(), masked.variables().get(e.getKey()), where + " variable " + e.getKey());
                }
            } else {
                assertTrue(PythonParsing.parse(source).ok(), where + ": " + PythonParsing.parse(source).diagnostics());
                assertEquals(GoldenFiles.strings(cell.get("masked")), masked.masked(), where);
                assertEquals(GoldenFiles.map(cell, "variables"), masked.variables(), where);
            }
        }
    }
}
