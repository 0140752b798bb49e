package ai.stagesense.server.models;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The models packed into the jar (the build copies the repository's {@code models/} to {@code /models} on the
 * classpath), for a jar started without a models directory, as the IDE plugin does. They are copied to a private
 * temporary directory and loaded from there like any other; the copy is deleted when the server exits.
 */
public final class BundledModels {

    static final String ROOT = "/models/";

    private BundledModels() {
    }

    /** @return the directory holding the bundled models, or null when the jar has none */
    public static Path extract() throws ModelLoadException {
        String manifestText;
        try (InputStream manifest = BundledModels.class.getResourceAsStream(ROOT + ManifestReader.FILE_NAME)) {
            if (manifest == null) {
                return null;
            }
            manifestText = new String(manifest.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read the models bundled in the jar: " + e.getMessage(), e);
        }
        Path source = Path.of("jar:" + ROOT + ManifestReader.FILE_NAME);
        Manifest manifest = ManifestReader.parse(JsonParser.parseString(manifestText), source);
        try {
            Path dir = Files.createTempDirectory("stagesense-models");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Files.writeString(dir.resolve(ManifestReader.FILE_NAME), manifestText, StandardCharsets.UTF_8);
            for (ManifestEntry entry : manifest.models()) {
                for (String file : entry.files().values()) {
                    try (InputStream in = BundledModels.class.getResourceAsStream(ROOT + file)) {
                        if (in != null) { // a missing file is reported by the checksum gate like any other
                            Files.createDirectories(dir.resolve(file).getParent());
                            Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new ModelLoadException("cannot unpack the models bundled in the jar: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover copy in the temporary directory is harmless and cleaned by the system
        }
    }
}
