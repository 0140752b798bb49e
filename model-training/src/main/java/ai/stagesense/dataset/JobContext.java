package ai.stagesense.dataset;

import org.apache.spark.api.java.JavaSparkContext;

/** What every pipeline of the job needs. */
public record JobContext(JavaSparkContext jsc, DatasetOptions options, Progress progress) {

    /** Output directory of one dataset, e.g. {@code OUT/cells}. */
    public String out(String name) {
        String base = options.out();
        return base.endsWith("/") ? base + name : base + "/" + name;
    }

    /** Enough partitions for load balance across cores, few enough that part files stay large. */
    public int partitions(long items, int itemsPerPartition) {
        int parallelism = jsc.defaultParallelism();
        long wanted = Math.max(parallelism * 4L, items / Math.max(1, itemsPerPartition));
        return (int) Math.max(1, Math.min(wanted, 10_000));
    }
}
