package ai.stagesense.codeintel.notebook;

import ai.stagesense.codeintel.notebook.NotebookFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotebookReaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(NotebookReaderTest.class.getResource("/notebooks/" + name).toURI());
    }

    private static List<String> kinds(Notebook nb) {
        return nb.cells().stream().map(Cell::kind).toList();
    }

    @Test
    void readsNbformat4WithListAndStringSources() throws Exception {
        Notebook nb = NotebookReader.read(fixture("titanic_v4.ipynb"));

        assertEquals("titanic_v4", nb.id());
        assertTrue(nb.path().endsWith("titanic_v4.ipynb"));
        assertEquals(List.of("markdown", "code", "code", "raw", "code"), kinds(nb));
        assertEquals("# Titanic survival\n\nLoad the passengers and look at them.", nb.cells().get(0).source());
        assertEquals("import pandas as pd\nimport numpy as np\n\ndf = pd.read_csv(\"../input/train.csv\")",
                nb.cells().get(1).source());
        assertEquals("df.shape", nb.cells().get(2).source());
        assertEquals("", nb.cells().get(4).source(), "an empty source list is an empty cell");
        assertEquals(List.of(1, 2, 4), nb.codeCells().stream().map(Cell::index).toList());
    }

    @Test
    void readsNbformat3WorksheetsWithInputAndHeadings() throws Exception {
        Notebook nb = NotebookReader.read(fixture("iris_v3.ipynb"));

        assertEquals(List.of("markdown", "markdown", "code", "code"), kinds(nb));
        assertEquals("## Iris classification", nb.cells().get(0).source());
        assertEquals("from sklearn.datasets import load_iris\niris = load_iris()", nb.cells().get(2).source());
        assertEquals("X, y = iris.data, iris.target", nb.cells().get(3).source());
    }

    @Test
    void readsGzippedNotebookAsUtf8() throws Exception {
        Notebook nb = NotebookReader.read(fixture("compressed.ipynb.gz"));

        assertEquals("compressed", nb.id());
        assertEquals(List.of(new Cell(0, "code", "print('héllo wörld')")), nb.cells());
    }

    @Test
    void readsPercentScriptCells() throws Exception {
        Notebook nb = NotebookReader.read(fixture("housing_percent.py"));

        assertEquals(List.of("markdown", "code", "code", "code"), kinds(nb));
        assertEquals("# California housing\nPredict the median house value from census features.",
                nb.cells().get(0).source());
        assertTrue(nb.cells().get(1).source().startsWith("import pandas as pd\n"));
        assertTrue(nb.cells().get(1).source().endsWith("df = housing.frame"));
        assertEquals("df.describe()", nb.cells().get(2).source(), "#%% without a space is a marker too");
        assertTrue(nb.cells().get(3).source().startsWith("from sklearn.linear_model import LinearRegression"),
                "a title after the marker is not code");
    }

    @Test
    void readsSphinxGalleryDocstringsAndCommentBlocksAsMarkdown() throws Exception {
        Notebook nb = NotebookReader.read(fixture("plot_digits_gallery.py"));

        assertEquals(List.of("markdown", "code", "markdown", "code", "markdown", "code"), kinds(nb));
        assertTrue(nb.cells().get(0).source().startsWith("Recognizing hand-written digits\n====="));
        assertTrue(nb.cells().get(1).source().contains("from sklearn import datasets, svm"));
        assertEquals("Digits dataset\n--------------\n\nThe digits dataset consists of 8x8 pixel images of digits.",
                nb.cells().get(2).source());
        assertTrue(nb.cells().get(3).source().startsWith("digits = datasets.load_digits()"));
        assertTrue(nb.cells().get(4).source().startsWith("Classification\n--------------"));
        assertTrue(nb.cells().get(5).source().endsWith("clf = svm.SVC(gamma=0.001)"));
    }

    @Test
    void readsNbconvertInPromptsAndDropsTheShebangPreamble() throws Exception {
        Notebook nb = NotebookReader.read(fixture("exported_nbconvert.py"));

        assertEquals(List.of(
                new Cell(0, "code", "import seaborn as sns\ntips = sns.load_dataset(\"tips\")"),
                new Cell(1, "code", "tips.groupby(\"day\")[\"total_bill\"].mean()")), nb.cells());
    }

    @Test
    void scriptWithoutMarkersIsOneCodeCell() throws Exception {
        Notebook nb = NotebookReader.read(fixture("train_script.py"));

        assertEquals(1, nb.cells().size());
        assertTrue(nb.cells().get(0).isCode());
        assertTrue(nb.cells().get(0).source().startsWith("import numpy as np\n"));
        assertTrue(nb.cells().get(0).source().endsWith("cv=5).mean())"));
    }

    @ParameterizedTest
    @CsvSource({"groupby_guide.rst, groupby_guide", "io_guide.rst.txt, io_guide"})
    void readsIpythonDirectivesWithoutPromptsOutputsOrPseudoDecorators(String file, String id) throws Exception {
        Notebook nb = NotebookReader.read(fixture(file));

        assertEquals(id, nb.id());
        assertEquals(List.of("code", "code", "code"), kinds(nb));
        assertTrue(nb.cells().get(0).source().startsWith("import numpy as np\nimport pandas as pd\n\ndf = pd.DataFrame(\n    {\n"));
        assertTrue(nb.cells().get(0).source().endsWith(")\ndf"));
        assertEquals("grouped = df.groupby(\"A\")\n"
                + "for name, group in grouped:\n"
                + "    print(name)\n"
                + "    print(group)\n"
                + "\n"
                + "grouped.mean().plot.bar()", nb.cells().get(1).source());
        assertEquals("df[\"C\"].plot.hist()\nplt.close(\"all\")", nb.cells().get(2).source());
    }

    @Test
    void readStringParsesJsonWithoutAPath() throws Exception {
        Notebook nb = NotebookReader.readString("kernel-42",
                "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 1\\r\\n\", \"b = 2\"]}], \"nbformat\": 4}");

        assertEquals("kernel-42", nb.id());
        assertNull(nb.path());
        assertEquals(List.of(new Cell(0, "code", "a = 1\nb = 2")), nb.cells());
    }

    @ParameterizedTest
    @CsvSource({
            "corrupt.ipynb, NOT_JSON, not valid JSON",
            "lenient.ipynb, NOT_JSON, not valid JSON",
            "latin1.ipynb, NOT_UTF8, not UTF-8",
            "binary.ipynb, BINARY, binary file",
            "empty_cells.ipynb, NO_CELLS, no cells",
            "not_really.ipynb.gz, NOT_GZIP, not valid gzip",
            "empty_script.py, NO_CELLS, no cells",
            "no_directives.rst, NO_CELLS, no cells"})
    void rejectsWithACountableReason(String file, Reason reason, String message) throws Exception {
        NotebookFormatException e = assertThrows(NotebookFormatException.class, () -> NotebookReader.read(fixture(file)));

        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(file), "the message names the file: " + e.getMessage());
    }

    @Test
    void notUtf8MessageSaysWhere() throws Exception {
        NotebookFormatException e = assertThrows(NotebookFormatException.class,
                () -> NotebookReader.read(fixture("latin1.ipynb")));

        assertTrue(e.getMessage().contains("invalid byte 0xE9"), e.getMessage());
    }

    @Test
    void rejectsJsonThatIsNotANotebook() {
        NotebookFormatException array = assertThrows(NotebookFormatException.class,
                () -> NotebookReader.readString("a", "[1, 2]"));
        NotebookFormatException noCells = assertThrows(NotebookFormatException.class,
                () -> NotebookReader.readString("b", "{\"metadata\": {}, \"nbformat\": 4}"));
        NotebookFormatException trailing = assertThrows(NotebookFormatException.class,
                () -> NotebookReader.readString("c", "{\"cells\": []} {\"cells\": []}"));

        assertEquals(Reason.NO_CELLS, array.reason());
        assertEquals(Reason.NO_CELLS, noCells.reason());
        assertEquals(Reason.NOT_JSON, trailing.reason());
    }

    @Test
    void rejectsUnknownExtensions(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");

        NotebookFormatException e = assertThrows(NotebookFormatException.class, () -> NotebookReader.read(csv));

        assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
    }

    @Test
    void dropsAUtf8ByteOrderMark(@TempDir Path dir) throws Exception {
        byte[] json = "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": \"# Intro\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Path file = Files.write(dir.resolve("intro.ipynb"), withBom);

        assertEquals(List.of(new Cell(0, "markdown", "# Intro")), NotebookReader.read(file).cells());
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> NotebookReader.read(dir.resolve("gone.ipynb")));
    }
}
