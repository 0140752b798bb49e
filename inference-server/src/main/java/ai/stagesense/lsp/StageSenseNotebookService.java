package ai.stagesense.lsp;

import java.util.List;
import org.eclipse.lsp4j.DidChangeNotebookDocumentParams;
import org.eclipse.lsp4j.DidCloseNotebookDocumentParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.DidSaveNotebookDocumentParams;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.NotebookDocumentService;

/**
 * Notebook sync (LSP 3.17): cells are text documents of their own, opened and changed through these notifications,
 * and the notebook's cell order is what makes "the earlier cells" the context of a cell's suggestions.
 */
final class StageSenseNotebookService implements NotebookDocumentService {

    private final OpenDocuments documents;

    StageSenseNotebookService(OpenDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void didOpen(DidOpenNotebookDocumentParams params) {
        openCells(params.getCellTextDocuments());
        List<NotebookCell> cells = params.getNotebookDocument().getCells();
        documents.spliceCells(params.getNotebookDocument().getUri(), 0, Integer.MAX_VALUE,
                cells == null ? List.of() : cells.stream().map(NotebookCell::getDocument).toList());
    }

    @Override
    public void didChange(DidChangeNotebookDocumentParams params) {
        var cells = params.getChange() == null ? null : params.getChange().getCells();
        if (cells == null) {
            return;
        }
        String notebook = params.getNotebookDocument().getUri();
        var structure = cells.getStructure();
        if (structure != null) {
            openCells(structure.getDidOpen());
            if (structure.getDidClose() != null) {
                structure.getDidClose().forEach(id -> documents.close(id.getUri()));
            }
            var array = structure.getArray();
            if (array != null) {
                List<NotebookCell> inserted = array.getCells() == null ? List.of() : array.getCells();
                documents.spliceCells(notebook, array.getStart(), array.getDeleteCount(),
                        inserted.stream().map(NotebookCell::getDocument).toList());
            }
        }
        if (cells.getTextContent() != null) {
            cells.getTextContent().forEach(c -> documents.change(c.getDocument().getUri(), c.getChanges()));
        }
    }

    @Override
    public void didSave(DidSaveNotebookDocumentParams params) {
        // saving changes no cell text
    }

    @Override
    public void didClose(DidCloseNotebookDocumentParams params) {
        documents.closeNotebook(params.getNotebookDocument().getUri());
    }

    private void openCells(List<TextDocumentItem> items) {
        if (items != null) {
            items.forEach(i -> documents.open(i.getUri(), i.getLanguageId(), i.getText()));
        }
    }
}
