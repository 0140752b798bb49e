package ai.stagesense.codeintel.notebook;

import java.util.List;

/**
 * A notebook, or a script or document read as one.
 *
 * @param id    the file name without its notebook extensions, or the id given to {@link NotebookReader#readString}
 * @param path  where it was read from; null when it was read from a string
 * @param cells in order
 */
public record Notebook(String id, String path, List<Cell> cells) {

    public Notebook {
        cells = List.copyOf(cells);
    }

    public List<Cell> codeCells() {
        return cells.stream().filter(Cell::isCode).toList();
    }
}
