package ai.stagesense.intellij.core.api;

import java.util.Map;

/** Answer of {@code POST /v1/stage} for one cell: the most likely stage and the probability of each of the six. */
public record StageResponse(String stage, Map<String, Double> probabilities) {

    public StageResponse {
        probabilities = probabilities == null ? Map.of() : Map.copyOf(probabilities);
    }
}
