package ai.stagesense.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Adds or replaces one entry of models/manifest.json (docs/models.md), computing each file's sha256 — the Java twin
 * of stagesense_training.manifest.register_model, writing the same format so either side can update the file.
 */
final class ManifestWriter {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ManifestWriter() {
    }

    /** @param files role → path relative to {@code modelsDir} */
    static void register(Path modelsDir, String name, String kind, Map<String, String> files, JsonObject config,
                         String trainingData, JsonObject metrics) throws IOException {
        Path path = modelsDir.resolve("manifest.json");
        JsonObject manifest = new JsonObject();
        manifest.addProperty("format", 1);
        manifest.add("models", new JsonArray());
        if (Files.exists(path)) {
            manifest = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        JsonObject entry = new JsonObject();
        entry.addProperty("name", name);
        entry.addProperty("version", LocalDate.now().toString());
        entry.addProperty("kind", kind);
        JsonObject fileMap = new JsonObject();
        JsonObject sums = new JsonObject();
        for (Map.Entry<String, String> f : files.entrySet()) {
            fileMap.addProperty(f.getKey(), f.getValue());
            sums.addProperty(f.getValue(), sha256(modelsDir.resolve(f.getValue())));
        }
        entry.add("files", fileMap);
        entry.add("sha256", sums);
        entry.add("config", config);
        entry.addProperty("training_data", trainingData);
        entry.add("metrics", metrics);
        List<JsonObject> models = new ArrayList<>();
        for (JsonElement m : manifest.getAsJsonArray("models")) {
            if (!name.equals(m.getAsJsonObject().get("name").getAsString())) {
                models.add(m.getAsJsonObject());
            }
        }
        models.add(entry);
        models.sort(Comparator.comparing(m -> m.get("name").getAsString()));
        JsonArray sorted = new JsonArray();
        models.forEach(sorted::add);
        manifest.add("models", sorted);
        Files.writeString(path, GSON.toJson(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Sets {@code metrics}' keys in the metrics of the entry called {@code name}, keeping its other keys (another
     * language's numbers, a hand-written note) and everything else in the file.
     *
     * @return false when the manifest has no such entry (nothing is written)
     */
    static boolean mergeMetrics(Path modelsDir, String name, JsonObject metrics) throws IOException {
        Path path = modelsDir.resolve("manifest.json");
        JsonObject manifest = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
        for (JsonElement m : manifest.getAsJsonArray("models")) {
            JsonObject entry = m.getAsJsonObject();
            if (name.equals(entry.get("name").getAsString())) {
                JsonObject merged = entry.has("metrics") && entry.get("metrics").isJsonObject()
                        ? entry.getAsJsonObject("metrics") : new JsonObject();
                metrics.entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
                entry.add("metrics", merged);
                Files.writeString(path, GSON.toJson(manifest) + "\n", StandardCharsets.UTF_8);
                return true;
            }
        }
        return false;
    }

    /** A metric as the manifest records it: rounded to {@code decimals} places. */
    static double rounded(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
