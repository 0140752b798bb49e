package ai.stagesense.server.testing;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The models directory scripts/bench-server.sh measures: every model shipped in models/, and for the models not
 * shipped yet a stand-in of the shipped size ({@link TestModels#benchSized()}: training's widths, vocabularies padded
 * to their caps, trained briefly on the fixtures), so latency and memory are those of a full model set.
 *
 * <p>{@code java ... BenchModels OUT_DIR SHIPPED_DIR}, run from the inference-server directory.
 */
public final class BenchModels {

    private BenchModels() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path shipped = Path.of(args[1]);
        TestModels.deleteTree(out);
        Path standIns = TestModels.benchSized();
        copyTree(standIns, out);
        JsonObject manifest = read(out.resolve("manifest.json"));
        Path shippedManifest = shipped.resolve("manifest.json");
        if (Files.isRegularFile(shippedManifest)) {
            Set<String> replaced = new HashSet<>();
            JsonArray merged = new JsonArray();
            for (JsonElement m : read(shippedManifest).getAsJsonArray("models")) {
                replaced.add(m.getAsJsonObject().get("name").getAsString());
                ManifestFiles.copy(m.getAsJsonObject(), shipped, out);
                merged.add(m);
            }
            for (JsonElement m : manifest.getAsJsonArray("models")) {
                if (!replaced.contains(m.getAsJsonObject().get("name").getAsString())) {
                    merged.add(m);
                }
            }
            manifest.add("models", merged);
            System.out.println("shipped: " + replaced);
        }
        Files.writeString(out.resolve("manifest.json"),
                new GsonBuilder().setPrettyPrinting().create().toJson(manifest) + "\n");
        System.out.println(out);
    }

    private static JsonObject read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
