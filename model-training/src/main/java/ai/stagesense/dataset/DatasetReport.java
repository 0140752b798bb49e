package ai.stagesense.dataset;

import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.codeintel.stage.Stage;
import com.google.gson.GsonBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dataset-report.json}: every counter of the run nested by its path ({@code notebooks/skipped/not_json} →
 * {@code {"notebooks": {"skipped": {"not_json": n}}}}), the rows written per dataset, stage timings, and how
 * the job ran.
 */
public final class DatasetReport {

    private DatasetReport() {
    }

    public static String toJson(Counts counts, Map<String, Double> timings, DatasetOptions options, String master,
                                String sparkVersion, int parallelism, double totalSeconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("generated_at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("spark_version", sparkVersion);
        run.put("master", master);
        run.put("default_parallelism", parallelism);
        run.put("max_context", options.maxContext());
        run.put("limit_per_input", options.limit() == Integer.MAX_VALUE ? null : options.limit());
        run.put("inputs", inputs(options));
        report.put("run", run);
        report.put("rows_written", rows(counts));
        report.put("stages", Arrays.stream(Stage.values()).map(Stage::id).toList());
        report.put("labeling_functions", LabelingFunctions.all().size());
        report.putAll(nest(counts.asMap()));
        Map<String, Object> times = new LinkedHashMap<>();
        timings.forEach((stage, s) -> times.put(stage, round(s)));
        times.put("total", round(totalSeconds));
        report.put("timings_s", times);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(report);
    }

    private static Map<String, Object> inputs(DatasetOptions o) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("notebooks", o.notebooks());
        in.put("python_src", o.pythonSources());
        in.put("java_src", o.javaSources());
        in.put("pypi", o.pypi());
        in.put("debian", o.debian());
        in.put("site_packages", o.sitePackages());
        return in;
    }

    private static Map<String, Object> rows(Counts c) {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("cells", c.get("cells/total"));
        rows.put("nextline", c.get("nextline/pairs"));
        rows.put("docstrings", c.get("docstrings/pairs"));
        rows.put("packages/documents", c.get("packages/documents/total"));
        rows.put("packages/edges", c.sum("packages/edges/"));
        rows.put("packages/import_sequences", c.get("packages/import_sequences/notebooks"));
        return rows;
    }

    /** Path keys to nested maps; sorted within each level (counters are sorted already). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nest(Map<String, Long> flat) {
        Map<String, Object> root = new TreeMap<>();
        for (Map.Entry<String, Long> e : flat.entrySet()) {
            String[] parts = e.getKey().split("/");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.get(parts[i]);
                if (!(child instanceof Map)) {
                    Map<String, Object> created = new TreeMap<>();
                    if (child != null) {
                        created.put("total", child); // a counter that is also a prefix keeps its value as "total"
                    }
                    node.put(parts[i], created);
                    child = created;
                }
                node = (Map<String, Object>) child;
            }
            String leaf = parts[parts.length - 1];
            if (node.get(leaf) instanceof Map<?, ?> existing) {
                ((Map<String, Object>) existing).put("total", e.getValue());
            } else {
                node.put(leaf, e.getValue());
            }
        }
        return root;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
