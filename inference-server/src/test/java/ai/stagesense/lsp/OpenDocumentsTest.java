package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.DidChangeNotebookDocumentParams;
import org.eclipse.lsp4j.DidCloseNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.NotebookCellArrayChange;
import org.eclipse.lsp4j.NotebookCellKind;
import org.eclipse.lsp4j.NotebookDocument;
import org.eclipse.lsp4j.NotebookDocumentChangeEvent;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCellStructure;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCellTextContent;
import org.eclipse.lsp4j.NotebookDocumentChangeEventCells;
import org.eclipse.lsp4j.NotebookDocumentIdentifier;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedNotebookDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Notebook sync keeps the cell order that makes "the earlier cells" the context, through inserts and edits. */
class OpenDocumentsTest {

    private static final String NB = "file:///w/n.ipynb";

    @Test
    void earlierCellsFollowInsertionsTextEditsAndClose() {
        OpenDocuments docs = new OpenDocuments();
        StageSenseNotebookService service = new StageSenseNotebookService(docs);
        service.didOpen(new DidOpenNotebookDocumentParams(
                new NotebookDocument(NB, "jupyter-notebook", 1, List.of(cell("a"), cell("c"))),
                List.of(item("a", "import pandas as pd\n"), item("c", "df.head()\n"))));
        assertEquals(List.of("import pandas as pd\n"), docs.earlierCells("cell:c"));

        // a cell inserted between them, then its text typed incrementally
        NotebookDocumentChangeEventCells cells = new NotebookDocumentChangeEventCells();
        NotebookDocumentChangeEventCellStructure structure = new NotebookDocumentChangeEventCellStructure(
                new NotebookCellArrayChange(1, 0, List.of(cell("b"))));
        structure.setDidOpen(List.of(item("b", "")));
        cells.setStructure(structure);
        cells.setTextContent(List.of(new NotebookDocumentChangeEventCellTextContent(
                new VersionedTextDocumentIdentifier("cell:b", 2),
                List.of(new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)),
                        "df = pd.read_csv('x.csv')\n")))));
        NotebookDocumentChangeEvent change = new NotebookDocumentChangeEvent();
        change.setCells(cells);
        service.didChange(new DidChangeNotebookDocumentParams(new VersionedNotebookDocumentIdentifier(2, NB), change));
        assertEquals(List.of("import pandas as pd\n", "df = pd.read_csv('x.csv')\n"), docs.earlierCells("cell:c"));
        assertEquals(List.of("import pandas as pd\n"), docs.earlierCells("cell:b"));
        assertEquals(List.of(), docs.earlierCells("cell:a"));

        service.didClose(new DidCloseNotebookDocumentParams(new NotebookDocumentIdentifier(NB), List.of()));
        assertTrue(docs.get("cell:c").isEmpty());
        assertEquals(List.of(), docs.earlierCells("cell:c"));
    }

    @Test
    void languageComesFromTheIdOrTheFileName() {
        assertEquals("python", OpenDocuments.languageOf("file:///w/a.py", "plain_text"));
        assertEquals("java", OpenDocuments.languageOf("file:///w/A.java", ""));
        assertEquals("python", OpenDocuments.languageOf("untitled:1", "python"));
        assertEquals("markdown", OpenDocuments.languageOf("file:///w/r.md", "markdown"));
    }

    @Test
    void settingsIgnoreMalformedValuesAndClampNumbers() {
        LspSettings s = LspSettings.DEFAULTS.merge(com.google.gson.JsonParser.parseString(
                "{\"docstringStyle\": \"javadoc\", \"maxSuggestions\": 99, \"completion\": \"no\", \"timeoutMs\": 1}"));
        assertEquals(LspSettings.DEFAULTS.docstringStyle(), s.docstringStyle(), "javadoc is not a Python style");
        assertEquals(10, s.maxSuggestions());
        assertTrue(s.completion(), "a string is not a boolean: the old value stays");
        assertEquals(50, s.timeoutMillis());
        assertEquals(s, s.merge("not json"));
    }

    private static NotebookCell cell(String id) {
        return new NotebookCell(NotebookCellKind.Code, "cell:" + id);
    }

    private static TextDocumentItem item(String id, String text) {
        return new TextDocumentItem("cell:" + id, "python", 1, text);
    }
}
