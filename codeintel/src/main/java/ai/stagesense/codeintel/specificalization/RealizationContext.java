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
 */
public record RealizationContext(Map<String, String> variables, Map<String, String> aliases, List<String> paths,
                                 List<String> columns) {

    public static RealizationContext empty() {
        return new RealizationContext(Map.of(), Map.of(), List.of(), List.of());
    }
}
