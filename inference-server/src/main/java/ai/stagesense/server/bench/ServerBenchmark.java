package ai.stagesense.server.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code stagesense bench-server}: starts the server jar, measures cold start to healthy, runs concurrent clients
 * against each endpoint in turn for a fixed time, and prints p50/p99 latency, throughput, failures and the server's
 * resident memory.
 */
public final class ServerBenchmark {

    private final Path jar;
    private final Path models;
    private final int clients;
    private final double seconds;
    private final List<String> javaOptions;

    public ServerBenchmark(Path jar, Path models, int clients, double seconds, List<String> javaOptions) {
        this.jar = jar;
        this.models = models;
        this.clients = clients;
        this.seconds = seconds;
        this.javaOptions = javaOptions;
    }

    public void run(PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "starting %s serve --models %s (%d cores)%n", jar, models,
                Runtime.getRuntime().availableProcessors());
        try (ServerProcess server = ServerProcess.start(jar, models, javaOptions)) {
            LoadClients load = new LoadClients(server.base(), server.token(), clients);
            out.printf(Locale.ROOT, "%-22s %9s %9s %9s %10s  %s%n", "endpoint", "requests", "p50 ms", "p99 ms",
                    "req/s", "failures");
            for (Scenario s : Scenarios.all()) {
                LoadResult r = load.run(s, Math.min(2, seconds / 2), seconds);
                out.printf(Locale.ROOT, "%-22s %9d %9.1f %9.1f %10.1f  %s%n", s.name(), r.nanos().length,
                        r.percentileMillis(50), r.percentileMillis(99), r.throughput(),
                        r.failures().isEmpty() ? "-" : r.failures().toString());
            }
            long[] rss = server.residentBytes();
            out.printf(Locale.ROOT, "%nclients: %d concurrent, %.0f s per endpoint (after warm-up)%n", clients, seconds);
            out.printf(Locale.ROOT, "cold start to healthy: %.2f s%n", server.coldStartSeconds());
            out.printf(Locale.ROOT, "server RSS: %.0f MB at the end, %.0f MB peak%n", rss[0] / 1048576.0,
                    rss[1] / 1048576.0);
        }
    }
}
