package ai.stagesense.dataset;

import ai.stagesense.codeintel.stage.LabelingFunction;
import ai.stagesense.codeintel.stage.LabelingFunctions;
import ai.stagesense.dataset.functions.DocstringPipeline;
import ai.stagesense.dataset.notebooks.FeaturizedNotebook;
import ai.stagesense.dataset.notebooks.NotebookPipeline;
import ai.stagesense.dataset.output.JsonLines;
import ai.stagesense.dataset.output.SmallFiles;
import ai.stagesense.dataset.packages.PackagePipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** The whole dataset build: the three pipelines for the inputs given, then the report. */
public final class DatasetJob {

    public static final String REPORT = "dataset-report.json";
    public static final String LABELING_FUNCTIONS = "labeling_functions.json";

    private DatasetJob() {
    }

    /** Runs the job in a new Spark context (stopped at the end) and returns the counts. */
    public static Counts run(DatasetOptions options, PrintStream out) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = SparkSetup.context(options);
        try (Progress progress = new Progress(jsc, out)) {
            progress.info(String.format(Locale.ROOT, "stagesense dataset: Spark %s, master %s, parallelism %d%s",
                    jsc.version(), jsc.master(), jsc.defaultParallelism(),
                    jsc.sc().uiWebUrl().isDefined() ? ", UI " + jsc.sc().uiWebUrl().get() : ""));
            JobContext ctx = new JobContext(jsc, options, progress);
            Counts counts = new Counts();
            JavaRDD<FeaturizedNotebook> featurized = null;
            if (!options.notebooks().isEmpty()) {
                NotebookPipeline.Result notebooks = NotebookPipeline.run(ctx);
                counts.addAll(notebooks.counts());
                featurized = notebooks.featurized();
            }
            if (!options.pythonSources().isEmpty() || !options.javaSources().isEmpty()) {
                counts.addAll(DocstringPipeline.run(ctx));
            }
            if (options.hasPackageCatalogs() || featurized != null) {
                counts.addAll(PackagePipeline.run(ctx, featurized));
            }
            if (featurized != null) {
                featurized.unpersist(false);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            SmallFiles.write(jsc.hadoopConfiguration(), options.out(), LABELING_FUNCTIONS,
                    JsonLines.toJson(LabelingFunctions.all().stream().map(LabelingFunction::name).toList()) + "\n");
            SmallFiles.write(jsc.hadoopConfiguration(), options.out(), REPORT, DatasetReport.toJson(counts,
                    progress.timings(), options, jsc.master(), jsc.version(), jsc.defaultParallelism(), seconds)
                    + "\n");
            progress.info(String.format(Locale.ROOT,
                    "stagesense dataset: %,d cells, %,d next-line pairs, %,d docstring pairs, %,d package documents "
                            + "in %.1f s -> %s/%s", counts.get("cells/total"), counts.get("nextline/pairs"),
                    counts.get("docstrings/pairs"), counts.get("packages/documents/total"), seconds, options.out(),
                    REPORT));
            return counts;
        } finally {
            jsc.stop();
        }
    }
}
