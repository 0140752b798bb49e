package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.specificalization.ArgumentTemplate;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The learned argument templates of docs/models.md ({@code templates.json}): for each template key, the most
 * frequent way the masked line was written out. Without the file every line is written out by the default rules.
 */
public final class TemplateTable {

    private final Map<String, String> best;

    private TemplateTable(Map<String, String> best) {
        this.best = best;
    }

    public static TemplateTable empty() {
        return new TemplateTable(Map.of());
    }

    /** @throws IllegalArgumentException when the JSON is not a template table */
    public static TemplateTable parse(String json) {
        return parse(new StringReader(json));
    }

    /** @throws RuntimeException (Gson's, or IllegalStateException) when the JSON is not a template table */
    public static TemplateTable parse(Reader json) {
        Map<String, String> best = new HashMap<>();
        for (Map.Entry<String, JsonElement> e : JsonParser.parseReader(json).getAsJsonObject().entrySet()) {
            // most frequent first; tables counted before the extractor dropped unbalanced templates still hold some
            for (JsonElement ranked : e.getValue().getAsJsonArray()) {
                String template = ranked.getAsJsonArray().get(0).getAsString();
                if (ArgumentTemplate.isBalanced(template)) {
                    best.put(e.getKey(), template);
                    break;
                }
            }
        }
        return new TemplateTable(best);
    }

    /** The template for a masked line, or null to use the default rendering. */
    public String forLine(String masked) {
        return best.get(ArgumentTemplate.keyOf(masked));
    }

    public int size() {
        return best.size();
    }
}
