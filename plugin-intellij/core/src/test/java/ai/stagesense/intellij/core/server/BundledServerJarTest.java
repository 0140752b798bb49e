package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledServerJarTest {

    @Test
    void foundInTheServerFolderNextToLib(@TempDir Path plugin) throws Exception {
        Path ourJar = Files.createDirectories(plugin.resolve("lib")).resolve("stagesense-intellij.jar");
        Files.writeString(ourJar, "x");
        assertEquals(Optional.empty(), BundledServerJar.besides(ourJar), "no server folder yet");

        Path server = Files.createDirectories(plugin.resolve("server")).resolve(BundledServerJar.FILE_NAME);
        Files.writeString(server, "x");

        assertEquals(Optional.of(server), BundledServerJar.besides(ourJar));
    }

    @Test
    void theseTestClassesHaveNoBundledJar() {
        // loaded from target/test-classes: there is no <plugin>/server next to it
        assertEquals(Optional.empty(), BundledServerJar.besides(BundledServerJarTest.class));
    }
}
