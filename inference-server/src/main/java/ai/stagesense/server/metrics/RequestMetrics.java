package ai.stagesense.server.metrics;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts by endpoint, method and status, and latency histograms by endpoint. The endpoint label is the
 * route's path, or {@code unmatched} for anything else, so probing random paths cannot grow the label set.
 */
public final class RequestMetrics {

    public static final String UNMATCHED = "unmatched";

    private record Key(String endpoint, String method, int status) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();

    public void record(String endpoint, String method, int status, double seconds) {
        counts.computeIfAbsent(new Key(endpoint, method, status), k -> new LongAdder()).increment();
        latencies.computeIfAbsent(endpoint, k -> new LatencyHistogram()).record(seconds);
    }

    public long count(String endpoint, String method, int status) {
        LongAdder adder = counts.get(new Key(endpoint, method, status));
        return adder == null ? 0 : adder.sum();
    }

    public void render(PrometheusText out) {
        out.family("stagesense_http_requests_total", "counter", "HTTP requests by endpoint, method and status.");
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, LongAdder> e) -> e.getKey().endpoint())
                        .thenComparing(e -> e.getKey().method()).thenComparingInt(e -> e.getKey().status()))
                .forEach(e -> out.sample("stagesense_http_requests_total", e.getValue().sum(),
                        "endpoint", e.getKey().endpoint(), "method", e.getKey().method(),
                        "status", Integer.toString(e.getKey().status())));
        out.family("stagesense_http_request_duration_seconds", "histogram",
                "Time from request to response, by endpoint.");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                e.getValue().render(out, "stagesense_http_request_duration_seconds", e.getKey()));
    }
}
