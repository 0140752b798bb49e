package ai.stagesense.codeintel.specificalization;

import java.util.List;
import java.util.Map;

/**
 * What a notebook tells us about the user's names.
 *
 * @param variables varN → the user's variable name
 * @param aliases   the user's imported names → full dotted paths ({@code pd} → {@code pandas})
 * @param paths     file paths mentioned so far, oldest first
 * @param columns   DataFrame columns mentioned so far, oldest first
 * @param written   masked line → the user's own text of its latest occurrence in the notebook (single-line
 *                  statements only): a line the notebook already wrote is suggested as the user wrote it
 */
public record RealizationContext(Map<String, String> variables, Map<String, String> aliases, List<String> paths,
                                 List<String> columns, Map<String, String> written) {

    /** A context that knows no earlier lines (template extraction, tests). */
    public RealizationContext(Map<String, String> variables, Map<String, String> aliases, List<String> paths,
                              List<String> columns) {
        this(variables, aliases, paths, columns, Map.of());
    }

    public static RealizationContext empty() {
        return new RealizationContext(Map.of(), Map.of(), List.of(), List.of());
    }
}
