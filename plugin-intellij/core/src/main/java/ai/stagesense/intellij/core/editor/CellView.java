package ai.stagesense.intellij.core.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the server needs to know about where the caret is: the code of the cell (or whole file) it is in, the caret
 * offset inside that text, the earlier code cells (oldest first), and where the cell starts in the editor's document
 * so that answers can be mapped back.
 */
public record CellView(List<String> earlierCells, String cellText, int caretInCell, int cellStartInDocument) {

    public CellView {
        earlierCells = List.copyOf(earlierCells);
        if (caretInCell < 0 || caretInCell > cellText.length()) {
            throw new IllegalArgumentException("caret " + caretInCell + " outside the cell (length "
                    + cellText.length() + ")");
        }
    }

    public String prefix() {
        return cellText.substring(0, caretInCell);
    }

    public String suffix() {
        return cellText.substring(caretInCell);
    }

    /** 1-based line of the caret inside the cell, as the docstring endpoint's {@code line} expects. */
    public int caretLine() {
        int line = 1;
        for (int i = 0; i < caretInCell; i++) {
            if (cellText.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * An editor document: a percent script is split into cells, anything else is one cell whose context is empty
     * (the text above the caret already is the prefix). Empty when the caret sits on a cell marker line, where
     * there is no code to complete.
     */
    public static Optional<CellView> ofDocument(String text, int caret) {
        if (caret < 0 || caret > text.length()) {
            throw new IllegalArgumentException("caret " + caret + " outside the document (length " + text.length() + ")");
        }
        if (!PercentCells.hasMarkers(text)) {
            return Optional.of(new CellView(List.of(), text, caret, 0));
        }
        List<String> earlier = new ArrayList<>();
        for (TextCell cell : PercentCells.split(text)) {
            if (cell.contains(caret)) {
                if (!cell.code()) {
                    return Optional.empty();
                }
                return Optional.of(new CellView(earlier, cell.contentOf(text), caret - cell.start(), cell.start()));
            }
            if (cell.code()) {
                earlier.add(cell.contentOf(text));
            }
        }
        return Optional.empty();
    }

    /** A notebook given as cell texts (all code cells), the caret in cell {@code index}. */
    public static CellView ofCells(List<String> cells, int index, int caretInCell) {
        checkIndex(index, cells.size());
        return new CellView(cells.subList(0, index), cells.get(index), caretInCell, 0);
    }

    /** A notebook given as {@code .ipynb} JSON; {@code index} counts all cells, but only code cells become context. */
    public static CellView ofIpynb(String json, int index, int caretInCell) {
        List<NotebookCell> cells = IpynbCells.read(json);
        checkIndex(index, cells.size());
        List<String> earlier = new ArrayList<>();
        for (NotebookCell cell : cells.subList(0, index)) {
            if (cell.code()) {
                earlier.add(cell.source());
            }
        }
        if (!cells.get(index).code()) {
            throw new IllegalArgumentException("cell " + index + " is not a code cell");
        }
        return new CellView(earlier, cells.get(index).source(), caretInCell, 0);
    }

    /**
     * What an editor tab shows: an {@code .ipynb} opened as raw JSON is not code anyone completes (empty); every
     * other document goes through {@link #ofDocument}.
     */
    public static Optional<CellView> ofEditor(String fileName, String text, int caret) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".ipynb") && text.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        return ofDocument(text, caret);
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("cell index " + index + " outside the notebook (" + size + " cells)");
        }
    }
}
