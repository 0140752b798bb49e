package ai.stagesense.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * N clients, each sending its next request as soon as the previous answer arrives (closed loop), for a fixed time;
 * a warm-up period before it is not measured. Loopback only: the server is the one the benchmark started.
 */
final class LoadClients {

    private final URI base;
    private final String token;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadClients(URI base, String token, int clients) {
        this.base = base;
        this.token = token;
        this.clients = clients;
    }

    LoadResult run(Scenario scenario, double warmupSeconds, double seconds) throws Exception {
        loop(scenario, warmupSeconds);
        long start = System.nanoTime();
        List<Outcome> outcomes = loop(scenario, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> ok = new ArrayList<>();
        Map<Integer, Integer> failures = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.status() / 100 == 2) {
                ok.add(o.nanos());
            } else {
                failures.merge(o.status(), 1, Integer::sum);
            }
        }
        return LoadResult.of(scenario, ok.stream().mapToLong(Long::longValue).toArray(), failures, elapsed);
    }

    /** The status recorded for a request that got no HTTP answer at all (connection refused, reset, timeout). */
    static final int IO_ERROR = 0;

    private record Outcome(int status, long nanos) {
    }

    private List<Outcome> loop(Scenario scenario, double seconds) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Outcome> mine = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request(scenario),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            mine.add(new Outcome(r.statusCode(), System.nanoTime() - t0));
                        } catch (IOException e) {
                            mine.add(new Outcome(IO_ERROR, System.nanoTime() - t0)); // counted, not fatal
                        }
                    }
                    return mine;
                }));
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest request(Scenario s) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(s.path())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (s.body() == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(s.body(), StandardCharsets.UTF_8)).build();
    }
}
