package ai.stagesense.dataset.notebooks;

import ai.stagesense.dataset.Counts;
import java.io.Serializable;
import java.util.List;

/**
 * A deduplicated notebook after featurization, or why featurization rejected it.
 *
 * @param imports top-level modules imported, in order of first import
 * @param skip    null, or the reason the notebook is left out of every output
 */
public record FeaturizedNotebook(String id, String corpus, String split, List<FeaturizedCell> cells,
                                 List<String> imports, String skip, Counts counts) implements Serializable {

    public boolean ok() {
        return skip == null;
    }
}
