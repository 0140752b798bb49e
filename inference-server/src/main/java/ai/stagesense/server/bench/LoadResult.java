package ai.stagesense.server.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Latencies of the successful requests of one scenario, and the statuses of the others. */
record LoadResult(Scenario scenario, long[] nanos, Map<Integer, Integer> failures, double seconds) {

    static LoadResult of(Scenario scenario, long[] nanos, Map<Integer, Integer> failures, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LoadResult(scenario, sorted, new TreeMap<>(failures), seconds);
    }

    /** Nearest-rank percentile in milliseconds; NaN without successful requests. */
    double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double throughput() {
        return nanos.length / seconds;
    }
}
