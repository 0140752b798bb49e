package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.ServerEndpoint;
import ai.stagesense.intellij.core.settings.StageSenseSettings;
import ai.stagesense.intellij.core.testing.StubServer;
import ai.stagesense.intellij.core.testing.StubServer.Answer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery without starting anything; auto-start of the real jar is in {@code ServerConnectorRealServerTest}. */
class ServerConnectorTest {

    @TempDir
    Path dir;

    private final HealthCheck health = new HealthCheck(Duration.ofSeconds(1));
    private final ServerLauncher launcher = new ServerLauncher(ServerLauncher.currentJava(), health, Duration.ofSeconds(5));

    private StageSenseSettings settings(URI url) {
        StageSenseSettings s = new StageSenseSettings();
        s.serverUrl = url.toString();
        s.tokenFile = dir.resolve("token").toString();
        return s;
    }

    @Test
    void aRunningServerIsReusedWithTheTokenFromTheTokenFile() throws Exception {
        Files.writeString(dir.resolve("token"), "tok-1\n");
        try (StubServer server = new StubServer(); ServerConnector connector =
                new ServerConnector(launcher, health, Optional.empty(), Duration.ofSeconds(1))) {
            server.answer("/v1/health", Answer.json(200, "{}"));

            ServerEndpoint endpoint = connector.connect(settings(server.url()));

            assertEquals(new ServerEndpoint(server.url(), "tok-1"), endpoint);
            assertTrue(connector.launched().isEmpty(), "nothing was started");
        }
    }

    @Test
    void theEndpointIsRememberedUntilForgottenOrSettingsChange() throws Exception {
        try (StubServer server = new StubServer(); ServerConnector connector =
                new ServerConnector(launcher, health, Optional.empty(), Duration.ofSeconds(1))) {
            server.answer("/v1/health", Answer.json(200, "{}"));
            StageSenseSettings s = settings(server.url());

            connector.connect(s);
            connector.connect(s);
            assertEquals(1, server.received().size(), "second connect needs no probe");

            connector.forget();
            connector.connect(s);
            assertEquals(2, server.received().size());

            s.tokenFile = dir.resolve("other").toString();
            assertNull(connector.connect(s).token(), "no token file there yet");
            assertEquals(3, server.received().size());
        }
    }

    @Test
    void withoutAutoStartTheUserIsToldHowToStartOne() {
        StageSenseSettings s = settings(URI.create("http://127.0.0.1:" + FreePort.pick()));
        s.autoStartServer = false;
        ServerConnector connector = new ServerConnector(launcher, health, Optional.of(dir.resolve("s.jar")),
                Duration.ofSeconds(1));

        ServerStartException e = assertThrows(ServerStartException.class, () -> connector.connect(s));

        assertTrue(e.getMessage().contains("Start one with `stagesense serve`"), e.getMessage());
    }

    @Test
    void aRemoteUrlIsNeverStartedLocally() {
        ServerConnector connector = new ServerConnector(launcher, health, Optional.of(dir.resolve("s.jar")),
                Duration.ofSeconds(1));

        ServerStartException e = assertThrows(ServerStartException.class,
                () -> connector.connect(settings(URI.create("http://stagesense.invalid:7878"))));

        assertTrue(e.getMessage().contains("only started on this machine"), e.getMessage());
    }

    @Test
    void noBundledJarIsSaid() {
        ServerConnector connector = new ServerConnector(launcher, health, Optional.empty(), Duration.ofSeconds(1));

        ServerStartException e = assertThrows(ServerStartException.class,
                () -> connector.connect(settings(URI.create("http://127.0.0.1:" + FreePort.pick()))));

        assertTrue(e.getMessage().contains("no bundled server jar"), e.getMessage());
    }

    @Test
    void aServerThatNeverBecomesReadyIsReportedNotReplaced() throws Exception {
        try (StubServer server = new StubServer()) {
            server.answer("/v1/health", Answer.json(503, "{\"status\":\"loading\"}"));
            ServerConnector connector = new ServerConnector(launcher, health, Optional.of(dir.resolve("s.jar")),
                    Duration.ofMillis(300));

            ServerStartException e = assertThrows(ServerStartException.class,
                    () -> connector.connect(settings(server.url())));

            assertTrue(e.getMessage().contains("did not report ready within 0.3 s"), e.getMessage());
        }
    }
}
