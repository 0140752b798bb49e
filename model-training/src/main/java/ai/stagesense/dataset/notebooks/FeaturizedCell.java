package ai.stagesense.dataset.notebooks;

import ai.stagesense.codeintel.stage.CellContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A code cell after masking and weak labeling.
 *
 * @param position  0-based index among the notebook's code cells
 * @param variables the notebook's variable dictionary after this cell (varN → name, in number order)
 * @param context   what the notebook's earlier cells tell about this one (NotebookFlow)
 * @param votes     one vote per labeling function, in {@code LabelingFunctions.all()} order; -1 abstains
 */
public record FeaturizedCell(int position, String source, List<FeaturizedLine> lines, Map<String, String> variables,
                             CellContext context, int[] votes) implements Serializable {

    public List<String> masked() {
        return lines.stream().map(FeaturizedLine::masked).toList();
    }
}
