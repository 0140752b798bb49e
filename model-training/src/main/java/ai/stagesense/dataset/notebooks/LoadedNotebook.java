package ai.stagesense.dataset.notebooks;

import ai.stagesense.dataset.Counts;
import java.io.Serializable;
import java.util.List;

/**
 * A notebook file after reading: its code cells and what deduplication compares, or why it was skipped.
 *
 * @param id          {@code <corpus>/<path inside the corpus directory>}: unique, stable, and the split key
 * @param corpus      the name of the {@code --notebooks} directory it came from
 * @param cells       code cells, in order
 * @param fingerprint hash of the ordered normalised code cells: equal for copies that differ only in layout,
 *                    comments, markdown or outputs
 * @param cellSet     sorted distinct hashes of the non-empty normalised code cells, for near-duplicate detection
 * @param skip        the skip reason, or null when the notebook is usable
 * @param counts      what reading it counted (files, skipped cells, the skip reason)
 */
public record LoadedNotebook(String id, String corpus, List<LoadedCell> cells, long fingerprint, long[] cellSet,
                             String skip, Counts counts) implements Serializable {

    public boolean ok() {
        return skip == null;
    }
}
