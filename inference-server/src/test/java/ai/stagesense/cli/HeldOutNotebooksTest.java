package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.engines.completion.CompletionQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairs are rebuilt as a front-end would ask for them, from a dataset in the builder's JSON-lines layout. */
class HeldOutNotebooksTest {

    @TempDir
    Path dataset;

    /** Two held-out notebooks and a training one, the builder's rows for them, and one row that does not match. */
    static void writeDataset(Path dataset) throws IOException {
        Files.createDirectories(dataset.resolve("cells"));
        Files.createDirectories(dataset.resolve("nextline"));
        Files.writeString(dataset.resolve("cells/part-00000.json"), String.join("\n",
                cell("a.ipynb", "test", 0, "import pandas as pd\\nimport numpy as np, os\\n"),
                cell("a.ipynb", "test", 2, "df = pd.read_csv('train.csv')\\n# look\\ndf.head()\\n"),
                cell("b.ipynb", "train", 0, "import os\\n"),
                cell("c.ipynb", "test", 0, "x = 1\\nprint(x)\\n")) + "\n");
        Files.writeString(dataset.resolve("nextline/part-00000.json"), String.join("\n",
                pair("a.ipynb", "test", 0, 0, "import_pandas", "import pandas as pd", true),
                pair("a.ipynb", "test", 0, 1, "import_numpy", "import numpy as np, os", false),
                pair("a.ipynb", "test", 0, 2, "import_os", "import numpy as np, os", false),
                pair("a.ipynb", "test", 2, 0, "var0=pandas.read_csv", "df = pd.read_csv('train.csv')", true),
                pair("a.ipynb", "test", 2, 1, "var0.head", "df.head()", false),
                pair("a.ipynb", "test", 2, 2, "var0.tail", "df.tail()", false),
                pair("b.ipynb", "train", 0, 0, "import_os", "import os", true),
                pair("c.ipynb", "test", 0, 0, "var0=<num>", "x = 1", true),
                pair("c.ipynb", "test", 0, 1, "print(var0)", "print(x)", false)) + "\n");
    }

    private static String cell(String id, String split, int position, String source) {
        return "{\"notebook_id\":\"" + id + "\",\"split\":\"" + split + "\",\"position\":" + position
                + ",\"source\":\"" + source + "\",\"masked\":[]}";
    }

    private static String pair(String id, String split, int cell, int line, String target, String concrete,
                               boolean newCell) {
        return "{\"notebook_id\":\"" + id + "\",\"split\":\"" + split + "\",\"cell_position\":" + cell
                + ",\"line_index\":" + line + ",\"context\":[],\"target\":\"" + target + "\",\"concrete\":\""
                + concrete + "\",\"new_cell\":" + newCell + "}";
    }

    @Test
    void pairsCarryThePrefixEarlierCellsAndPreviousStatement() throws Exception {
        writeDataset(dataset);
        HeldOutNotebooks.Selection selection = HeldOutNotebooks.read(dataset, "test", 100, 40);
        assertEquals(2, selection.heldOutNotebooks(), "the training notebook is not read");
        assertEquals(8, selection.heldOutPairs());
        assertEquals(1, selection.mismatched(), "var0.tail is not in the cell");
        assertEquals(1, selection.continuations(), "import_os continues the numpy import line");
        assertEquals(6, selection.pairs());

        HeldOutNotebooks.Notebook a = selection.notebooks().stream().filter(n -> n.id().equals("a.ipynb"))
                .findFirst().orElseThrow();
        assertEquals(List.of("import pandas as pd\nimport numpy as np, os\n",
                "df = pd.read_csv('train.csv')\n# look\ndf.head()\n"), a.cells());
        assertEquals(4, a.pairs().size());

        HeldOutNotebooks.Pair first = a.pairs().get(0);
        assertEquals("", first.prefix());
        assertNull(first.previousMasked(), "nothing before the first line of a notebook");
        assertTrue(first.newCell());

        HeldOutNotebooks.Pair readCsv = a.pairs().get(2);
        assertEquals("", readCsv.prefix(), "a new cell");
        assertEquals("import_os", readCsv.previousMasked(), "the previous cell's last masked line");
        assertEquals("import numpy as np, os", readCsv.previousConcrete(), "as written");

        HeldOutNotebooks.Pair head = a.pairs().get(3);
        assertEquals("var0.head", head.target());
        assertEquals("df = pd.read_csv('train.csv')\n# look\n", head.prefix(), "up to the statement's line");
        assertEquals("var0=pandas.read_csv", head.previousMasked());
        CompletionQuery query = a.query(head, 3);
        assertEquals(List.of("import pandas as pd\nimport numpy as np, os\n"), query.context());
        assertEquals("", query.suffix());
        assertEquals(3, query.maxSuggestions());
    }

    @Test
    void theLimitAndThePerNotebookCapBoundTheSample() throws Exception {
        writeDataset(dataset);
        assertEquals(3, HeldOutNotebooks.read(dataset, "test", 3, 40).pairs());
        HeldOutNotebooks.Selection capped = HeldOutNotebooks.read(dataset, "test", 100, 1);
        assertEquals(2, capped.pairs(), "one pair of each notebook");
        assertEquals(2, capped.notebooks().size());
    }

    @Test
    void spreadKeepsEvenlySpacedItemsInOrder() {
        assertEquals(List.of(0, 3, 6), HeldOutNotebooks.spread(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 3));
        assertEquals(List.of(1, 2), HeldOutNotebooks.spread(List.of(1, 2), 5));
    }

    @Test
    void prefixEndsAtTheStartOfTheLine() {
        assertEquals("", HeldOutNotebooks.prefixBefore("a\nb\nc", 1));
        assertEquals("a\nb\n", HeldOutNotebooks.prefixBefore("a\nb\nc", 3));
    }
}
