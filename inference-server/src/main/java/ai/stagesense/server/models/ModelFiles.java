package ai.stagesense.server.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checksum gate between disk and ONNX Runtime. Every file is read once, hashed, and the verified bytes are what
 * gets loaded, so a file swapped after the check can never be served. A missing file of a required model, or any
 * file whose digest differs from the manifest, fails startup with the file named; a missing file of an optional
 * model only disables that model.
 */
public final class ModelFiles {

    private final Path dir;
    private final Map<String, byte[]> verified = new HashMap<>();
    private final Map<String, ManifestEntry> available = new LinkedHashMap<>();
    private final Map<String, String> absent = new LinkedHashMap<>();

    private ModelFiles(Path dir) {
        this.dir = dir;
    }

    public static ModelFiles verify(Path dir, Manifest manifest) throws ModelLoadException {
        ModelFiles files = new ModelFiles(dir);
        for (ManifestEntry entry : manifest.models()) {
            files.verify(entry);
        }
        return files;
    }

    private void verify(ManifestEntry entry) throws ModelLoadException {
        List<String> missing = new ArrayList<>();
        for (String name : entry.files().values()) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            String what = "model '" + entry.name() + "': " + String.join(", ", missing) + " missing from " + dir;
            if (!entry.optional()) {
                throw new ModelLoadException(what + " (the model is required; mark it \"optional\": true in "
                        + ManifestReader.FILE_NAME + " to start without it)");
            }
            absent.put(entry.name(), "optional model absent: " + String.join(", ", missing) + " not found");
            return;
        }
        for (String name : entry.files().values()) {
            if (verified.containsKey(name)) {
                continue; // a vocabulary shared by several models is checked once
            }
            byte[] bytes = read(entry, name);
            String actual = sha256(bytes);
            String expected = entry.sha256().get(name);
            if (!actual.equals(expected)) {
                throw new ModelLoadException("model '" + entry.name() + "': checksum mismatch for " + dir.resolve(name)
                        + ": expected sha256 " + expected + ", actual " + actual);
            }
            verified.put(name, bytes);
        }
        available.put(entry.name(), entry);
    }

    private byte[] read(ManifestEntry entry, String name) throws ModelLoadException {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            throw new ModelLoadException("model '" + entry.name() + "': " + dir.resolve(name) + " vanished while loading");
        } catch (IOException e) {
            throw new ModelLoadException("model '" + entry.name() + "': cannot read " + dir.resolve(name) + ": "
                    + e.getMessage(), e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The verified content of a file of an available model. */
    public byte[] bytes(String fileName) {
        byte[] bytes = verified.get(fileName);
        if (bytes == null) {
            throw new IllegalArgumentException(fileName + " is not a verified model file");
        }
        return bytes;
    }

    /** Where a file lives, for messages. */
    public Path path(String fileName) {
        return dir.resolve(fileName);
    }

    public Path dir() {
        return dir;
    }

    /** Models whose files are all present and verified, by name. */
    public Map<String, ManifestEntry> available() {
        return available;
    }

    /** Optional models left out, with the reason. */
    public Map<String, String> absent() {
        return absent;
    }

    /** Lets the verified bytes go once the sessions hold their own copies. */
    public void release() {
        verified.clear();
    }
}
