package ai.stagesense.dataset;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Per-stage progress on the console (files read, items processed, rate) while Spark works, and the stage timings
 * for the report. Live numbers come from accumulators, which Spark merges as tasks finish; the report's counts
 * come from the data itself (see {@link Counts}).
 */
public final class Progress implements AutoCloseable {

    private static final long TICK_SECONDS = 10;

    private final JavaSparkContext jsc;
    private final PrintStream out;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dataset-progress");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Double> timings = new LinkedHashMap<>();

    public Progress(JavaSparkContext jsc, PrintStream out) {
        this.jsc = jsc;
        this.out = out;
    }

    /** A running stage; close it with {@link Stage#done}. */
    public final class Stage {
        private final String name;
        private final long totalFiles;
        private final String fileName;
        private final String itemName;
        private final LongAccumulator files;
        private final LongAccumulator items;
        private final long start = System.nanoTime();
        private final ScheduledFuture<?> tick;

        private Stage(String name, long totalFiles, String fileName, String itemName) {
            this.name = name;
            this.totalFiles = totalFiles;
            this.fileName = fileName;
            this.itemName = itemName;
            this.files = jsc.sc().longAccumulator(name + " files");
            this.items = jsc.sc().longAccumulator(name + " " + itemName);
            this.tick = ticker.scheduleAtFixedRate(() -> out.println(line("")), TICK_SECONDS, TICK_SECONDS,
                    TimeUnit.SECONDS);
        }

        /** Executors add one per input file (or notebook) they finish. */
        public LongAccumulator files() {
            return files;
        }

        /** Executors add the items (cells, functions, ...) they produced. */
        public LongAccumulator items() {
            return items;
        }

        /** Ends the stage: prints the final line with {@code summary} and records the time. */
        public double done(String summary) {
            tick.cancel(false);
            double seconds = seconds();
            timings.merge(name, seconds, Double::sum);
            out.println(line(summary.isEmpty() ? "done" : "done: " + summary));
            return seconds;
        }

        private double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        private String line(String suffix) {
            double s = Math.max(seconds(), 1e-9);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "[%s] %6.1f s", name, s));
            if (totalFiles > 0) {
                sb.append(String.format(Locale.ROOT, "  %s %,d/%,d", fileName, files.value(), totalFiles));
            }
            if (itemName != null) {
                sb.append(String.format(Locale.ROOT, "  %s %,d (%,.0f/s)", itemName, items.value(), items.value() / s));
            }
            if (!suffix.isEmpty()) {
                sb.append("  ").append(suffix);
            }
            return sb.toString();
        }
    }

    /**
     * @param totalFiles how many input files the stage reads, or 0 when it reads none
     * @param itemName   what {@link Stage#items()} counts, or null
     */
    public Stage begin(String name, long totalFiles, String itemName) {
        return new Stage(name, totalFiles, "files", itemName);
    }

    /** A stage whose units are not files ({@code fileName}: "notebooks"). */
    public Stage begin(String name, long totalUnits, String unitName, String itemName) {
        return new Stage(name, totalUnits, unitName, itemName);
    }

    public void info(String message) {
        out.println(message);
    }

    /** Seconds per stage name, in order of first use. */
    public Map<String, Double> timings() {
        return timings;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
