package ai.stagesense.server.engines.completion;

import java.util.List;

/**
 * A {@code /v1/complete} request.
 *
 * @param prefix         the cell or file before the cursor
 * @param suffix         the cell or file after the cursor
 * @param context        earlier cells, oldest first
 * @param language       "python" or "java"
 * @param maxSuggestions at most this many suggestions
 */
public record CompletionQuery(String prefix, String suffix, List<String> context, String language,
                              int maxSuggestions) {
}
