package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellViewTest {

    @Test
    void aPlainFileIsOneCellSplitAtTheCaret() {
        String text = "import os\nos.pa\nprint(1)\n";
        int caret = text.indexOf("os.pa") + 5;

        CellView view = CellView.ofDocument(text, caret).orElseThrow();

        assertEquals(List.of(), view.earlierCells());
        assertEquals("import os\nos.pa", view.prefix());
        assertEquals("\nprint(1)\n", view.suffix());
        assertEquals(2, view.caretLine());
        assertEquals(0, view.cellStartInDocument());
    }

    @Test
    void aPercentScriptGivesEarlierCodeCellsAsContext() {
        String text = "import pandas as pd\n# %%\ndf = pd.read_csv('a')\n# %% [markdown]\n# notes\n# %%\ndf.\n";
        int caret = text.lastIndexOf("df.") + 3;

        CellView view = CellView.ofDocument(text, caret).orElseThrow();

        assertEquals(List.of("import pandas as pd\n", "df = pd.read_csv('a')\n"), view.earlierCells());
        assertEquals("df.", view.prefix());
        assertEquals("\n", view.suffix());
        assertEquals(text.lastIndexOf("df."), view.cellStartInDocument());
        assertEquals(1, view.caretLine());
    }

    @Test
    void noViewOnAMarkerLineOrInAMarkdownCell() {
        String text = "x = 1\n# %% [markdown]\nsome text\n# %%\ny = 2\n";

        assertTrue(CellView.ofDocument(text, text.indexOf("[markdown]")).isEmpty());
        assertTrue(CellView.ofDocument(text, text.indexOf("some text") + 2).isEmpty());
    }

    @Test
    void cellsListGivesTheCellsBeforeTheIndex() {
        CellView view = CellView.ofCells(List.of("import numpy as np", "a = np.zeros(3)", "a."), 2, 2);

        assertEquals(List.of("import numpy as np", "a = np.zeros(3)"), view.earlierCells());
        assertEquals("a.", view.prefix());
        assertEquals("", view.suffix());
    }

    @Test
    void ipynbIndexCountsAllCellsButOnlyCodeIsContext() {
        CellView view = CellView.ofIpynb(IpynbCellsTest.NOTEBOOK, 2, 5);

        assertEquals(List.of("import pandas as pd\nimport numpy as np"), view.earlierCells());
        assertEquals("df = ", view.prefix());
        IllegalArgumentException markdown = assertThrows(IllegalArgumentException.class,
                () -> CellView.ofIpynb(IpynbCellsTest.NOTEBOOK, 1, 0));
        assertEquals("cell 1 is not a code cell", markdown.getMessage());
    }

    @Test
    void anIpynbShownAsRawJsonIsNotCode() {
        assertTrue(CellView.ofEditor("a.ipynb", IpynbCellsTest.NOTEBOOK, 10).isEmpty());
        assertEquals("x", CellView.ofEditor("a.ipynb", "# %%\nx", 6).orElseThrow().prefix());
        assertEquals("x", CellView.ofEditor("a.py", "x", 1).orElseThrow().prefix());
    }

    @Test
    void outOfRangePositionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CellView.ofDocument("abc", 4));
        assertThrows(IllegalArgumentException.class, () -> CellView.ofCells(List.of("a"), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> CellView.ofCells(List.of("a"), 0, 2));
    }
}
