package ai.stagesense.dataset.notebooks;

import java.io.Serializable;
import java.util.Comparator;

/** What deduplication needs of a notebook; {@link #PREFERRED} orders the copy to keep first. */
public record NotebookSketch(String id, int cells, long[] cellSet) implements Serializable {

    /** Keep the most complete copy (most code cells); ties go to the smallest id, so the choice is reproducible. */
    public static final Comparator<NotebookSketch> PREFERRED = Comparator
            .comparingInt((NotebookSketch s) -> -s.cells())
            .thenComparing(NotebookSketch::id);

    public static NotebookSketch of(LoadedNotebook n) {
        return new NotebookSketch(n.id(), n.cells().size(), n.cellSet());
    }
}
