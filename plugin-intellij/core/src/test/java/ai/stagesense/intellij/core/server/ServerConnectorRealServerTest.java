package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.ServerEndpoint;
import ai.stagesense.intellij.core.settings.StageSenseSettings;
import ai.stagesense.intellij.core.testing.RealServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's path to a server when none runs: auto-start of the bundled (here: the freshly built) jar. */
class ServerConnectorRealServerTest {

    @Test
    void startsTheBundledJarWhenNothingAnswersAndReusesIt(@TempDir Path dir) throws Exception {
        RealServer.assumeServeCommand();
        HealthCheck health = new HealthCheck(Duration.ofSeconds(1));
        ServerLauncher launcher = new ServerLauncher(ServerLauncher.currentJava(), health, Duration.ofSeconds(90));
        StageSenseSettings settings = new StageSenseSettings();
        int port = FreePort.pick();
        settings.serverUrl = "http://127.0.0.1:" + port;
        settings.tokenFile = dir.resolve("token").toString();

        LaunchedServer started;
        try (ServerConnector connector = new ServerConnector(launcher, health, Optional.of(RealServer.jar()),
                Duration.ofSeconds(5))) {
            ServerEndpoint endpoint = connector.connect(settings);

            assertEquals("http://127.0.0.1:" + port, endpoint.baseUrl().toString(), "started where the settings point");
            assertTrue(endpoint.token() != null && !endpoint.token().isEmpty());
            started = connector.launched().orElseThrow();
            assertSame(endpoint, connector.connect(settings), "remembered, not started twice");

            // another connector (another IDE window, JupyterLab) finds the running server instead of starting one
            try (ServerConnector second = new ServerConnector(launcher, health, Optional.of(RealServer.jar()),
                    Duration.ofSeconds(5))) {
                assertEquals(endpoint, second.connect(settings));
                assertTrue(second.launched().isEmpty());
            }
        }
        assertFalse(started.isAlive(), "closing the connector stops the server it started");
    }
}
