package ai.stagesense.server.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the files a manifest entry lists from one models directory to another, subdirectories included. */
final class ManifestFiles {

    private ManifestFiles() {
    }

    static void copy(JsonObject entry, Path from, Path to) throws IOException {
        for (JsonElement file : entry.getAsJsonObject("files").asMap().values()) {
            Path target = to.resolve(file.getAsString());
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file.getAsString()), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
