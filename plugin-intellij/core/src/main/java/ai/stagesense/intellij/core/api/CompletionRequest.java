package ai.stagesense.intellij.core.api;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * Body of {@code POST /v1/complete}.
 *
 * @param prefix         code before the cursor in this cell or file
 * @param suffix         code after the cursor in this cell or file
 * @param context        earlier cells, oldest first (empty for plain files)
 * @param language       "python" or "java"
 * @param maxSuggestions how many suggestions the editor can show
 */
public record CompletionRequest(
        String prefix,
        String suffix,
        List<String> context,
        String language,
        @SerializedName("max_suggestions") int maxSuggestions) {

    public CompletionRequest {
        context = List.copyOf(context);
    }
}
