package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentCellsTest {

    private static final String SCRIPT = "import pandas as pd\n"
            + "# %%\n"
            + "df = pd.read_csv('a.csv')\n"
            + "# %% [markdown]\n"
            + "# Look at it\n"
            + "#%%\n"
            + "df.head()\n";

    @Test
    void splitsAtMarkersKeepingTextBeforeTheFirstAsACell() {
        List<TextCell> cells = PercentCells.split(SCRIPT);

        assertEquals(4, cells.size());
        assertEquals("import pandas as pd\n", cells.get(0).contentOf(SCRIPT));
        assertEquals("df = pd.read_csv('a.csv')\n", cells.get(1).contentOf(SCRIPT));
        assertEquals("# Look at it\n", cells.get(2).contentOf(SCRIPT));
        assertEquals("df.head()\n", cells.get(3).contentOf(SCRIPT));
        assertEquals(List.of(true, true, false, true), cells.stream().map(TextCell::code).toList());
    }

    @Test
    void aScriptStartingWithAMarkerHasNoEmptyLeadingCell() {
        String text = "# %%\nx = 1\n# %%\ny = 2";

        List<TextCell> cells = PercentCells.split(text);

        assertEquals(List.of("x = 1\n", "y = 2"), cells.stream().map(c -> c.contentOf(text)).toList());
    }

    @Test
    void mdShorthandAndRawAreNotCode() {
        String text = "#%% md\ntext\n# %% [raw]\nraw\n# %% load data\nx = 1\n";

        List<Boolean> code = PercentCells.split(text).stream().map(TextCell::code).toList();

        assertEquals(List.of(false, false, true), code);
    }

    @Test
    void windowsLineEndingsAfterTheMarkerAreSkipped() {
        String text = "# %%\r\nx = 1\r\n";

        assertEquals("x = 1\r\n", PercentCells.split(text).get(0).contentOf(text));
    }

    @Test
    void hasMarkersOnlyForMarkerLines() {
        assertTrue(PercentCells.hasMarkers(SCRIPT));
        assertFalse(PercentCells.hasMarkers("x = '%%'  # not a marker\nprint(x)\n"));
    }
}
