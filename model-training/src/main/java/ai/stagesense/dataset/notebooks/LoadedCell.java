package ai.stagesense.dataset.notebooks;

import java.io.Serializable;

/**
 * A code cell that passed the size filters.
 *
 * @param position 0-based index among the notebook's code cells as written (dropped cells keep their numbers)
 * @param source   the cell text
 */
public record LoadedCell(int position, String source) implements Serializable {
}
