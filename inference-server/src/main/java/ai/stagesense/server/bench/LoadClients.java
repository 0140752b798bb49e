package ai.stagesense.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
                            mine.add(new Outcome(send(scenario), System.nanoTime() - t0));
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

    /**
     * One request on the calling thread, its answer read to the end. HttpURLConnection blocks and keeps the
     * connection alive per thread; java.net.http's client hands every exchange to its selector thread and back,
     * which on two shared cores added more latency than some endpoints take.
     */
    private int send(Scenario s) throws IOException {
        HttpURLConnection c = (HttpURLConnection) base.resolve(s.path()).toURL().openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        c.setRequestProperty("Authorization", "Bearer " + token);
        if (s.body() != null) {
            byte[] body = s.body().getBytes(StandardCharsets.UTF_8);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            if (in != null) {
                in.readAllBytes(); // reading to the end returns the connection to the keep-alive cache
            }
        }
        return status;
    }
}
