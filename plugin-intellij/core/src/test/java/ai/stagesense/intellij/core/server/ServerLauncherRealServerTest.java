package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.testing.RealServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real jar the way the plugin does, and stops it. */
class ServerLauncherRealServerTest {

    @Test
    void startsTheJarWaitsForHealthAndReadsTheTokenItWrote(@TempDir Path dir) throws Exception {
        Path tokenFile = dir.resolve("config").resolve("token");

        LaunchedServer server = RealServer.start(tokenFile);
        try {
            assertTrue(server.isAlive());
            assertEquals(Health.READY, new HealthCheck(Duration.ofSeconds(2)).probe(server.endpoint().baseUrl()));
            String written = Files.readString(tokenFile).strip();
            assertFalse(written.isEmpty());
            assertEquals(written, server.endpoint().token());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)),
                    "the server writes its token file private (issue 5)");
        } finally {
            server.close();
        }
        assertFalse(server.isAlive(), "close stops the server");
        assertEquals(Health.UNREACHABLE, new HealthCheck(Duration.ofSeconds(1)).probe(server.endpoint().baseUrl()));
    }

    @Test
    void anExistingTokenFileIsKept(@TempDir Path dir) throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "my-own-token-0123456789\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));

        try (LaunchedServer server = RealServer.start(tokenFile)) {
            assertEquals("my-own-token-0123456789", server.endpoint().token());
            server.close();
            assertFalse(server.isAlive());
        }
    }
}
