package ai.stagesense.intellij.core.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The server's bearer token file. Its default location is the server's own default (issue 5), so a server the user
 * started by hand and the plugin agree without configuration.
 */
public final class TokenFile {

    private TokenFile() {
    }

    /** {@code $XDG_CONFIG_HOME/stagesense/token}, or {@code ~/.config/stagesense/token} when that is unset. */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultPath(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        // the XDG spec says relative values are invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("stagesense").resolve("token");
    }

    /** The configured path, or the default when the setting is empty. */
    public static Path resolve(String configured) {
        return configured == null || configured.isBlank() ? defaultPath() : Path.of(configured.strip());
    }

    /** The token, trimmed; empty when the file does not exist (yet) or holds nothing. */
    public static Optional<String> read(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the StageSense token file " + file + ": " + e.getMessage(), e);
        }
    }
}
