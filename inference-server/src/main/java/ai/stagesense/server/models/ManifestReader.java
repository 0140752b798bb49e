package ai.stagesense.server.models;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code manifest.json}; every problem is reported with the manifest's path and the model. */
public final class ManifestReader {

    public static final String FILE_NAME = "manifest.json";

    /**
     * Relative paths of plain names ({@code stage.onnx}, {@code packages/_0.cfs}): a manifest must not make the
     * server read outside its models directory.
     */
    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ManifestReader() {
    }

    public static Manifest read(Path dir) throws ModelLoadException {
        Path file = dir.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException("no " + FILE_NAME + " in the models directory " + dir);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(JsonParser.parseString(text), file);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new ModelLoadException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static Manifest parse(JsonElement root, Path file) throws ModelLoadException {
        if (!root.isJsonObject()) {
            throw new ModelLoadException(file + ": expected a JSON object");
        }
        JsonObject object = root.getAsJsonObject();
        int format = object.has("format") ? object.get("format").getAsInt() : -1;
        if (format != Manifest.FORMAT) {
            throw new ModelLoadException(file + ": format " + format + " is not supported (expected "
                    + Manifest.FORMAT + ")");
        }
        if (!object.has("models") || !object.get("models").isJsonArray()) {
            throw new ModelLoadException(file + ": \"models\" must be an array");
        }
        List<ManifestEntry> models = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonElement element : object.getAsJsonArray("models")) {
            ManifestEntry entry = entry(element, file);
            if (!names.add(entry.name())) {
                throw new ModelLoadException(file + ": model '" + entry.name() + "' is listed twice");
            }
            models.add(entry);
        }
        return new Manifest(format, List.copyOf(models));
    }

    private static ManifestEntry entry(JsonElement element, Path file) throws ModelLoadException {
        if (!element.isJsonObject()) {
            throw new ModelLoadException(file + ": every model must be a JSON object");
        }
        JsonObject m = element.getAsJsonObject();
        String name = string(m, "name", null);
        if (name == null || name.isBlank()) {
            throw new ModelLoadException(file + ": a model has no name");
        }
        String where = file + ", model '" + name + "'";
        String kind = string(m, "kind", null);
        if (kind == null) {
            throw new ModelLoadException(where + ": no kind");
        }
        Map<String, String> files = stringMap(m, "files", where);
        Map<String, String> sha = stringMap(m, "sha256", where);
        if (files.isEmpty()) {
            throw new ModelLoadException(where + ": no files");
        }
        for (String f : files.values()) {
            if (!SAFE_FILE.matcher(f).matches() || f.contains("..")) {
                throw new ModelLoadException(where + ": file '" + f + "' must be a relative path inside the models "
                        + "directory (letters, digits, '.', '_', '-' and '/')");
            }
            String digest = sha.get(f);
            if (digest == null || !SHA256.matcher(digest).matches()) {
                throw new ModelLoadException(where + ": no valid sha256 for " + f + " (64 lower-case hex digits)");
            }
        }
        boolean optional = m.has("optional") && m.get("optional").isJsonPrimitive() && m.get("optional").getAsBoolean();
        return new ManifestEntry(name, string(m, "version", ""), kind, files, sha, optional, object(m, "config"),
                string(m, "training_data", ""), object(m, "metrics"));
    }

    private static String string(JsonObject m, String key, String fallback) {
        return m.has(key) && m.get(key).isJsonPrimitive() ? m.get(key).getAsString() : fallback;
    }

    private static JsonObject object(JsonObject m, String key) {
        return m.has(key) && m.get(key).isJsonObject() ? m.getAsJsonObject(key).deepCopy() : new JsonObject();
    }

    private static Map<String, String> stringMap(JsonObject m, String key, String where) throws ModelLoadException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!m.has(key)) {
            return out;
        }
        if (!m.get(key).isJsonObject()) {
            throw new ModelLoadException(where + ": \"" + key + "\" must be an object");
        }
        for (Map.Entry<String, JsonElement> e : m.getAsJsonObject(key).entrySet()) {
            if (!e.getValue().isJsonPrimitive()) {
                throw new ModelLoadException(where + ": \"" + key + "." + e.getKey() + "\" must be a string");
            }
            out.put(e.getKey(), e.getValue().getAsString());
        }
        return Collections.unmodifiableMap(out);
    }
}
