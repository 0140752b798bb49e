package ai.stagesense.lsp;

import java.util.List;

/** Next-line suggestions, the HTTP API's {@code /v1/complete} as a call (see ServerEngines for the engine). */
public interface NextLineSource {

    /**
     * @param text  what the editor inserts at the cursor (the rest of the line when part of it is typed)
     * @param stage the workflow stage of the cell, or null
     */
    record Suggestion(String text, String stage, double score) {
    }

    /**
     * @param prefix  the cell or file before the cursor
     * @param suffix  the cell or file after the cursor
     * @param context earlier notebook cells, oldest first
     */
    List<Suggestion> complete(String prefix, String suffix, List<String> context, int max, LspBudget budget)
            throws Exception;
}
