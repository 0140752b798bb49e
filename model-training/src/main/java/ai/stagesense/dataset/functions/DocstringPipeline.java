package ai.stagesense.dataset.functions;

import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.Hashing;
import ai.stagesense.dataset.JobContext;
import ai.stagesense.dataset.Progress;
import ai.stagesense.dataset.input.InputFile;
import ai.stagesense.dataset.output.JsonLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/** Python and Java sources → {@code docstrings/}: list, extract, drop outliers, deduplicate, write. */
public final class DocstringPipeline {

    /** A source file and the language to read it as. */
    private record Unit(InputFile file, String language) implements java.io.Serializable {
    }

    private DocstringPipeline() {
    }

    public static Counts run(JobContext ctx) throws IOException {
        Progress progress = ctx.progress();
        Counts counts = new Counts();

        Progress.Stage listing = progress.begin("docstrings: list", 0, null);
        List<Unit> units = new ArrayList<>();
        for (String root : ctx.options().pythonSources()) {
            for (InputFile f : SourceTrees.python(root, ctx.options().limit())) {
                units.add(new Unit(f, FunctionExtractor.PYTHON));
            }
        }
        for (String root : ctx.options().javaSources()) {
            for (InputFile f : SourceTrees.java(root, ctx.options().limit())) {
                units.add(new Unit(f, FunctionExtractor.JAVA));
            }
        }
        units.forEach(u -> counts.add("docstrings/listed_by_repo/" + u.language() + "/" + u.file().group()));
        // big files cluster in a few packages; hashing spreads them over the partitions
        units.sort(Comparator.comparingLong(u -> Hashing.hash64(u.file().path() + "!" + u.file().entry())));
        listing.done(String.format(Locale.ROOT, "%,d source files", units.size()));

        Progress.Stage extracting = progress.begin("docstrings: extract", units.size(), "functions");
        LongAccumulator filesDone = extracting.files();
        LongAccumulator functionsDone = extracting.items();
        JavaRDD<FunctionBatch> batches = ctx.jsc().parallelize(units, ctx.partitions(units.size(), 200))
                .map(u -> {
                    FunctionBatch b = FunctionExtractor.extract(u.file(), u.language());
                    filesDone.add(1);
                    functionsDone.add(b.functions().size());
                    return b;
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        counts.addAll(batches.map(FunctionBatch::counts).aggregate(new Counts(), Counts::merge, Counts::merge));
        JavaRDD<FunctionRecord> unique = batches
                .flatMap(b -> b.functions().iterator())
                .mapToPair(f -> new Tuple2<>(f.dedupKey(), f))
                .reduceByKey(FunctionRecord::preferred)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        counts.addAll(unique.map(DocstringPipeline::stats).aggregate(new Counts(), Counts::merge, Counts::merge));
        long extracted = batches.map(b -> (long) b.functions().size()).fold(0L, Long::sum);
        counts.add("docstrings/dedup/duplicate_functions", extracted - counts.get("docstrings/pairs"));
        batches.unpersist(false);
        extracting.done(String.format(Locale.ROOT, "%,d pairs after dropping %,d duplicates",
                counts.get("docstrings/pairs"), counts.get("docstrings/dedup/duplicate_functions")));

        Progress.Stage writing = progress.begin("docstrings: write", 0, null);
        JsonLines.write(unique.map(FunctionRecord::toJson), ctx.out("docstrings"));
        unique.unpersist(false);
        writing.done(ctx.out("docstrings"));
        return counts;
    }

    private static Counts stats(FunctionRecord f) {
        return new Counts().add("docstrings/pairs")
                .add("docstrings/by_language/" + f.language())
                .add("docstrings/by_split/" + f.split())
                .add("docstrings/by_style/" + f.style())
                .add("docstrings/pairs_by_repo/" + f.language() + "/" + f.repo());
    }
}
