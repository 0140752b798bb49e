package ai.stagesense.server.models;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * One model of {@code manifest.json} (docs/models.md).
 *
 * @param name         the stable id the server looks models up by ({@code stage}, {@code nextline-all}, ...)
 * @param kind         stage-classifier | seq2seq | ngram | templates | package-index
 * @param files        role → file name inside the models directory ({@code model}, {@code encoder}, ...)
 * @param sha256       file name → expected lower-case hex digest
 * @param optional     true when the server may start without this model (its endpoints then answer 503)
 * @param config       the model's settings (max_tokens, max_src, ...), never null
 * @param metrics      evaluation numbers reported by /v1/models, never null
 */
public record ManifestEntry(String name, String version, String kind, Map<String, String> files,
                            Map<String, String> sha256, boolean optional, JsonObject config, String trainingData,
                            JsonObject metrics) {

    /** The file playing a role, or null when the entry has none. */
    public String file(String role) {
        return files.get(role);
    }

    public int configInt(String key, int fallback) {
        return config.has(key) && config.get(key).isJsonPrimitive() && config.get(key).getAsJsonPrimitive().isNumber()
                ? config.get(key).getAsInt() : fallback;
    }

    public String configString(String key, String fallback) {
        return config.has(key) && config.get(key).isJsonPrimitive() ? config.get(key).getAsString() : fallback;
    }

    public boolean configFlag(String key) {
        return config.has(key) && config.get(key).isJsonPrimitive() && config.get(key).getAsJsonPrimitive().isBoolean()
                && config.get(key).getAsBoolean();
    }
}
