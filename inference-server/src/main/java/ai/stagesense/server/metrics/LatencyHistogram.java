package ai.stagesense.server.metrics;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of request durations in seconds; lock-free, so recording never slows a request. */
final class LatencyHistogram {

    /** From 1 ms (a stage call) to 5 s (beyond any budget), dense where the latency goals lie (10-300 ms). */
    static final double[] BOUNDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(double seconds) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sum.add(seconds);
    }

    void render(PrometheusText out, String name, String endpoint) {
        long cumulative = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += buckets[i].sum();
            out.sample(name + "_bucket", cumulative, "endpoint", endpoint, "le", PrometheusText.format(BOUNDS[i]));
        }
        out.sample(name + "_bucket", count.sum(), "endpoint", endpoint, "le", "+Inf");
        out.sample(name + "_sum", sum.sum(), "endpoint", endpoint);
        out.sample(name + "_count", count.sum(), "endpoint", endpoint);
    }
}
