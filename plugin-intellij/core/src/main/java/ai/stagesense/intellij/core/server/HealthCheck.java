package ai.stagesense.intellij.core.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Probes {@code GET /v1/health}, the one endpoint that needs no token. */
public final class HealthCheck {

    private static final long POLL_MILLIS = 100;

    private final HttpClient http;
    private final Duration timeout;

    public HealthCheck(Duration timeout) {
        this(HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build(), timeout);
    }

    public HealthCheck(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    public Health probe(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/health")).timeout(timeout).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Health.READY : Health.NOT_READY;
        } catch (IOException e) {
            return Health.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.UNREACHABLE;
        }
    }

    /**
     * Polls until the server is ready. Gives up early when {@code stillAlive} turns false (the process we started
     * died, so waiting longer cannot help).
     *
     * @return the last health seen: READY, or what it was when time ran out or the process died
     */
    public Health awaitReady(URI baseUrl, Duration within, BooleanSupplier stillAlive) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Health health = probe(baseUrl);
        while (health != Health.READY && stillAlive.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            health = probe(baseUrl);
        }
        return health;
    }
}
