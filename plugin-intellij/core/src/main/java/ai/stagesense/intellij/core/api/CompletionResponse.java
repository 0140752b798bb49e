package ai.stagesense.intellij.core.api;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/** Answer of {@code POST /v1/complete}: the stage of the cell and the suggestions, best first. */
public record CompletionResponse(String stage, List<Suggestion> suggestions, @SerializedName("elapsed_ms") long elapsedMs) {

    public CompletionResponse {
        // a server that omits the array means "nothing to suggest", not a protocol error
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
