package ai.stagesense.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of every open document, and for notebook cells the notebook they belong to in cell order, so a cell's
 * completion can use the earlier cells as context. Notifications arrive on lsp4j's reader thread while requests run
 * on workers; the maps are concurrent and each document's state is replaced as a whole, never mutated in place.
 */
final class OpenDocuments {

    /** One open document: its text and language id ("python", "java", …). */
    record Doc(String text, String languageId) {
    }

    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, List<String>> notebookCells = new ConcurrentHashMap<>();
    private final Map<String, String> cellNotebook = new ConcurrentHashMap<>();

    void open(String uri, String languageId, String text) {
        docs.put(uri, new Doc(text == null ? "" : text, languageOf(uri, languageId)));
    }

    /** Changes to a document that was never opened are ignored: there is no base text to apply them to. */
    void change(String uri, List<TextDocumentContentChangeEvent> changes) {
        docs.computeIfPresent(uri, (u, doc) -> {
            String text = doc.text();
            for (TextDocumentContentChangeEvent c : changes) {
                text = TextPositions.apply(text, c);
            }
            return new Doc(text, doc.languageId());
        });
    }

    void close(String uri) {
        docs.remove(uri);
    }

    Optional<Doc> get(String uri) {
        return uri == null ? Optional.empty() : Optional.ofNullable(docs.get(uri));
    }

    /** Replaces cells {@code start..start+deleteCount} of a notebook's cell order with {@code inserted}. */
    void spliceCells(String notebookUri, int start, int deleteCount, List<String> inserted) {
        List<String> cells = notebookCells.computeIfAbsent(notebookUri, k -> new CopyOnWriteArrayList<>());
        synchronized (cells) {
            int from = Math.max(0, Math.min(start, cells.size()));
            int to = Math.max(from, Math.min(from + Math.max(0, deleteCount), cells.size()));
            List<String> next = new ArrayList<>(cells.subList(0, from));
            next.addAll(inserted);
            next.addAll(cells.subList(to, cells.size()));
            cells.clear();
            cells.addAll(next);
        }
        inserted.forEach(cell -> cellNotebook.put(cell, notebookUri));
    }

    void closeNotebook(String notebookUri) {
        List<String> cells = notebookCells.remove(notebookUri);
        if (cells != null) {
            cells.forEach(cell -> {
                cellNotebook.remove(cell);
                docs.remove(cell);
            });
        }
    }

    /** The text of the cells before this one, oldest first; empty for a plain file. */
    List<String> earlierCells(String cellUri) {
        String notebook = cellNotebook.get(cellUri);
        List<String> cells = notebook == null ? null : notebookCells.get(notebook);
        if (cells == null) {
            return List.of();
        }
        List<String> earlier = new ArrayList<>();
        for (String cell : cells) {
            if (cell.equals(cellUri)) {
                return earlier;
            }
            get(cell).filter(d -> d.languageId().equals("python")).ifPresent(d -> earlier.add(d.text()));
        }
        return List.of();
    }

    /** Editors send "python", "java", or nothing useful (IntelliJ's "plain_text"); the extension decides then. */
    static String languageOf(String uri, String languageId) {
        String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
        if (id.equals("python") || id.equals("java")) {
            return id;
        }
        String path = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        if (path.endsWith(".java")) {
            return "java";
        }
        if (path.endsWith(".py") || path.endsWith(".ipynb") || path.endsWith(".pyi") || id.contains("python")) {
            return "python";
        }
        return id;
    }
}
