package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpynbCellsTest {

    static final String NOTEBOOK = "{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},\"cells\":["
            + "{\"cell_type\":\"code\",\"metadata\":{},\"outputs\":[],\"source\":[\"import pandas as pd\\n\",\"import numpy as np\"]},"
            + "{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":\"# Data\"},"
            + "{\"cell_type\":\"code\",\"metadata\":{},\"outputs\":[],\"source\":\"df = pd.read_csv('x.csv')\\n\"},"
            + "{\"cell_type\":\"code\",\"metadata\":{},\"outputs\":[],\"source\":[]}]}";

    @Test
    void readsSourcesAsStringsOrLineArrays() {
        List<NotebookCell> cells = IpynbCells.read(NOTEBOOK);

        assertEquals(List.of(
                new NotebookCell("import pandas as pd\nimport numpy as np", true),
                new NotebookCell("# Data", false),
                new NotebookCell("df = pd.read_csv('x.csv')\n", true),
                new NotebookCell("", true)), cells);
    }

    @Test
    void readsNbformat3Worksheets() {
        String v3 = "{\"nbformat\":3,\"worksheets\":[{\"cells\":[{\"cell_type\":\"code\",\"input\":[\"x = 1\\n\"]},"
                + "{\"cell_type\":\"heading\",\"source\":[\"Title\"]}]}]}";

        assertEquals(List.of(new NotebookCell("x = 1\n", true), new NotebookCell("Title", false)), IpynbCells.read(v3));
    }

    @Test
    void rejectsTextThatIsNotANotebookWithAReason() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> IpynbCells.read("{oops"));
        assertTrue(notJson.getMessage().startsWith("not a notebook"), notJson.getMessage());

        IllegalArgumentException noCells = assertThrows(IllegalArgumentException.class,
                () -> IpynbCells.read("{\"metadata\":{}}"));
        assertEquals("not a notebook: no \"cells\" array", noCells.getMessage());
    }
}
