package ai.stagesense.server.models;

import ai.stagesense.codeintel.tokens.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a vocabulary from its checksum-verified bytes through codeintel's own reader (the one format check). */
public final class VocabularyFiles {

    private VocabularyFiles() {
    }

    public static Vocabulary load(ModelFiles files, ManifestEntry entry, String role) throws ModelLoadException {
        String file = entry.file(role);
        if (file == null) {
            throw new ModelLoadException("model '" + entry.name() + "': no \"" + role + "\" file in its manifest entry");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("stagesense-vocab", ".txt");
            Files.write(copy, files.bytes(file));
            return Vocabulary.load(copy);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (copy != null) {
                message = message.replace(copy.toString(), files.path(file).toString());
            }
            throw new ModelLoadException("model '" + entry.name() + "': " + message, e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }
}
