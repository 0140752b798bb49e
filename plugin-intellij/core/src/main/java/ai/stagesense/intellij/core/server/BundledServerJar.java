package ai.stagesense.intellij.core.server;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds the server jar shipped inside the plugin. The plugin zip holds {@code <plugin>/lib/*.jar} (our code) and
 * {@code <plugin>/server/stagesense-all.jar} (see build.gradle.kts), so the jar is found relative to the jar our
 * classes were loaded from, without asking the IDE where plugins live.
 */
public final class BundledServerJar {

    public static final String FILE_NAME = "stagesense-all.jar";

    private BundledServerJar() {
    }

    /** @param anchor any class of the plugin */
    public static Optional<Path> besides(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return besides(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    /** @param codeLocation the jar (or classes directory) in the plugin's {@code lib} folder */
    public static Optional<Path> besides(Path codeLocation) {
        Path lib = codeLocation.toAbsolutePath().getParent();
        if (lib == null || lib.getParent() == null) {
            return Optional.empty();
        }
        Path jar = lib.getParent().resolve("server").resolve(FILE_NAME);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }
}
