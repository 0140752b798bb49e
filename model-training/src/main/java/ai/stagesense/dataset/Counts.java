package ai.stagesense.dataset;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named counters that travel with the data through Spark and are summed at the end. Keys are report paths
 * ({@code notebooks/skipped/not_json}); {@link DatasetReport} nests them. Counting in the data rather than in
 * accumulators keeps the report exact when Spark retries or recomputes a partition.
 */
public final class Counts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, Long> values = new TreeMap<>();

    public Counts add(String key, long n) {
        if (n != 0) {
            values.merge(key, n, Long::sum);
        }
        return this;
    }

    public Counts add(String key) {
        return add(key, 1);
    }

    /** Adds every counter of {@code other} into this one and returns this (Spark's aggregate contract). */
    public Counts addAll(Counts other) {
        other.values.forEach(this::add);
        return this;
    }

    public long get(String key) {
        return values.getOrDefault(key, 0L);
    }

    /** Sum of every counter whose key starts with {@code prefix}. */
    public long sum(String prefix) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public Map<String, Long> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** For Spark's {@code aggregate}: never mutates cached elements, only the per-partition zero value. */
    public static Counts merge(Counts into, Counts from) {
        return into.addAll(from);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
