package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {

    @Test
    void defaultFollowsXdgConfigHomeLikeTheServer() {
        assertEquals(Path.of("/xdg/stagesense/token"), TokenFile.defaultPath(Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/stagesense/token"), TokenFile.defaultPath(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.config/stagesense/token"),
                TokenFile.defaultPath(Map.of("XDG_CONFIG_HOME", "relative/dir"), "/home/u"), "relative XDG is ignored");
        assertEquals(Path.of("/home/u/.config/stagesense/token"),
                TokenFile.defaultPath(Map.of("XDG_CONFIG_HOME", " "), "/home/u"));
    }

    @Test
    void aConfiguredPathWinsOverTheDefault(@TempDir Path dir) {
        Path file = dir.resolve("tok");

        assertEquals(file, TokenFile.resolve(" " + file + " "));
        assertEquals(TokenFile.defaultPath(), TokenFile.resolve(""));
    }

    @Test
    void readsTheTrimmedTokenOrNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        assertEquals(Optional.empty(), TokenFile.read(file));

        Files.writeString(file, "  abc123\n");
        assertEquals(Optional.of("abc123"), TokenFile.read(file));

        Files.writeString(file, "\n");
        assertEquals(Optional.empty(), TokenFile.read(file));
    }
}
