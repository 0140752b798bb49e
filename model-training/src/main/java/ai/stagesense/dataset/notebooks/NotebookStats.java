package ai.stagesense.dataset.notebooks;

import ai.stagesense.codeintel.stage.LabelingFunction;
import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.codeintel.stage.MajorityVote;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.dataset.Counts;
import java.util.List;

/** The report's counts for one featurized notebook; summed over the corpus by Spark. */
public final class NotebookStats {

    private NotebookStats() {
    }

    public static Counts of(FeaturizedNotebook nb) {
        Counts c = new Counts().addAll(nb.counts());
        if (!nb.ok()) {
            return c;
        }
        List<LabelingFunction> functions = LabelingFunctions.all();
        c.add("notebooks/kept/" + nb.corpus()).add("notebooks/by_split/" + nb.split());
        for (FeaturizedCell cell : nb.cells()) {
            c.add("cells/total").add("cells/by_corpus/" + nb.corpus()).add("cells/by_split/" + nb.split());
            boolean[] voted = new boolean[Stage.values().length];
            int[] votes = cell.votes();
            for (int i = 0; i < votes.length; i++) {
                if (votes[i] != Stage.ABSTAIN) {
                    voted[votes[i]] = true;
                    c.add("cells/votes_by_function/" + functions.get(i).name());
                }
            }
            for (Stage stage : Stage.values()) {
                if (voted[stage.ordinal()]) {
                    c.add("cells/with_vote_for_stage/" + stage.id());
                }
            }
            Stage majority = MajorityVote.of(votes);
            c.add("cells/majority_vote/" + (majority == null ? "all_abstain" : majority.id()));
            for (int i = 0; i < cell.lines().size(); i++) {
                FeaturizedLine line = cell.lines().get(i);
                c.add("nextline/pairs").add("nextline/by_split/" + nb.split());
                if (i == 0) {
                    c.add("nextline/new_cell");
                }
                if (line.template() != null) {
                    c.add("nextline/with_template");
                }
            }
        }
        if (!nb.imports().isEmpty()) {
            c.add("packages/import_sequences/notebooks").add("packages/import_sequences/by_split/" + nb.split());
        }
        return c;
    }
}
