package ai.stagesense.intellij.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.testing.StubServer;
import ai.stagesense.intellij.core.testing.StubServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    private final HealthCheck health = new HealthCheck(Duration.ofSeconds(2));

    @Test
    void readyNotReadyAndUnreachable() throws Exception {
        try (StubServer server = new StubServer()) {
            server.answer("/v1/health", Answer.json(200, "{\"status\":\"ok\"}"));
            assertEquals(Health.READY, health.probe(server.url()));
            assertEquals(Health.READY, health.probe(URI.create(server.url() + "/")));
            assertEquals(null, server.last().header("Authorization"), "health needs no token");

            server.answer("/v1/health", Answer.json(503, "{\"status\":\"loading\"}"));
            assertEquals(Health.NOT_READY, health.probe(server.url()));
        }
        assertEquals(Health.UNREACHABLE, health.probe(URI.create("http://127.0.0.1:" + FreePort.pick())));
    }

    @Test
    void awaitReadyPollsUntilTheServerIsReady() throws Exception {
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try (StubServer server = new StubServer()) {
            server.answer("/v1/health", Answer.json(503, "{}"));
            later.schedule(() -> server.answer("/v1/health", Answer.json(200, "{}")), 300, TimeUnit.MILLISECONDS);

            assertEquals(Health.READY, health.awaitReady(server.url(), Duration.ofSeconds(10), () -> true));
            assertTrue(server.received().size() >= 2);
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void awaitReadyGivesUpWhenTheProcessDiesOrTimeRunsOut() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + FreePort.pick());

        long start = System.nanoTime();
        assertEquals(Health.UNREACHABLE, health.awaitReady(nowhere, Duration.ofSeconds(30), () -> false));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a dead process ends the wait at once");

        assertEquals(Health.UNREACHABLE, health.awaitReady(nowhere, Duration.ofMillis(300), () -> true));
    }
}
