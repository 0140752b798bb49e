package ai.stagesense.server.testing;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped package index ({@code models/packages}, manifest entry {@code packages}) for test model directories:
 * the index is built from the full catalogs, which the fixtures are too small to stand in for, and it is the very
 * artifact the server ships, so the HTTP and LSP tests query the real thing.
 */
public final class ShippedPackages {

    static final Path SHIPPED = Path.of("").toAbsolutePath().resolve("../models").normalize();
    static final String NAME = "packages";

    private ShippedPackages() {
    }

    /** The shipped manifest's entry, whose checksums also key the cached test models. */
    static JsonObject entry() throws IOException {
        JsonObject manifest = JsonParser.parseString(Files.readString(SHIPPED.resolve("manifest.json")))
                .getAsJsonObject();
        for (JsonElement m : manifest.getAsJsonArray("models")) {
            if (m.getAsJsonObject().get("name").getAsString().equals(NAME)) {
                return m.getAsJsonObject();
            }
        }
        throw new IOException("models/manifest.json has no '" + NAME + "' entry");
    }

    /** Copies the index's files into a models directory and adds its entry to that directory's manifest. */
    static void addTo(Path models) throws IOException {
        JsonObject entry = entry();
        ManifestFiles.copy(entry, SHIPPED, models);
        Path manifestFile = models.resolve("manifest.json");
        JsonObject manifest = JsonParser.parseString(Files.readString(manifestFile)).getAsJsonObject();
        JsonArray models2 = manifest.getAsJsonArray("models");
        models2.add(entry);
        Files.writeString(manifestFile, new GsonBuilder().setPrettyPrinting().create().toJson(manifest) + "\n");
    }
}
