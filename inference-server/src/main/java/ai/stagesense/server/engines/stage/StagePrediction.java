package ai.stagesense.server.engines.stage;

import ai.stagesense.codeintel.stage.Stage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The most probable stage of a cell and the probability of each stage, in {@link Stage} order. */
public record StagePrediction(Stage stage, double[] probabilities) {

    /** Stage id → probability, in workflow order (the API's {@code probabilities} object). */
    public Map<String, Double> byId() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            out.put(s.id(), probabilities[s.ordinal()]);
        }
        return out;
    }

    static StagePrediction of(double[] probabilities) {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new StagePrediction(Stage.values()[best], probabilities);
    }
}
