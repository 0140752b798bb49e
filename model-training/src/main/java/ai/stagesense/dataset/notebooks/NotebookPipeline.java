package ai.stagesense.dataset.notebooks;

import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.Hashing;
import ai.stagesense.dataset.JobContext;
import ai.stagesense.dataset.Progress;
import ai.stagesense.dataset.input.FileLister;
import ai.stagesense.dataset.input.InputFile;
import ai.stagesense.dataset.output.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Notebooks → {@code cells/} and {@code nextline/}: list, read, deduplicate forks, featurize, write. Returns the
 * featurized notebooks (persisted) for the package pipeline's import sequences and co-import edges.
 */
public final class NotebookPipeline {

    private static final List<String> EXTENSIONS = List.of(".ipynb", ".ipynb.gz", ".py", ".rst", ".rst.txt");

    /** The featurized notebooks (cached; unpersist when done) and the counts of this pipeline. */
    public record Result(JavaRDD<FeaturizedNotebook> featurized, Counts counts) {
    }

    private NotebookPipeline() {
    }

    public static Result run(JobContext ctx) throws IOException {
        Progress progress = ctx.progress();
        Counts counts = new Counts();

        Progress.Stage listing = progress.begin("notebooks: list", 0, null);
        List<InputFile> files = list(ctx, counts);
        listing.done(String.format(Locale.ROOT, "%,d files in %d corpora", files.size(), ctx.options().notebooks().size()));

        Progress.Stage reading = progress.begin("notebooks: read", files.size(), "cells");
        LongAccumulator filesRead = reading.files();
        LongAccumulator cellsRead = reading.items();
        JavaRDD<LoadedNotebook> loaded = ctx.jsc().parallelize(files, ctx.partitions(files.size(), 200))
                .map(f -> {
                    LoadedNotebook n = NotebookLoader.load(f);
                    filesRead.add(1);
                    cellsRead.add(n.cells().size());
                    return n;
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        counts.addAll(loaded.map(LoadedNotebook::counts).aggregate(new Counts(), Counts::merge, Counts::merge));
        reading.done(String.format(Locale.ROOT, "%,d readable, %,d skipped",
                counts.sum("notebooks/read/"), counts.sum("notebooks/skipped/")));

        Progress.Stage dedup = progress.begin("notebooks: deduplicate", 0, null);
        JavaRDD<LoadedNotebook> usable = loaded.filter(LoadedNotebook::ok);
        List<scala.Tuple2<String, String>> duplicates = NotebookDedup.duplicates(usable).collect();
        Set<String> dropped = new HashSet<>();
        for (scala.Tuple2<String, String> d : duplicates) {
            dropped.add(d._1());
            counts.add("notebooks/dedup/" + d._2());
        }
        Broadcast<Set<String>> droppedIds = ctx.jsc().broadcast(dropped);
        dedup.done(String.format(Locale.ROOT, "%,d exact and %,d near duplicates dropped",
                counts.get("notebooks/dedup/" + NotebookDedup.EXACT), counts.get("notebooks/dedup/" + NotebookDedup.NEAR)));

        long unique = usable.count() - dropped.size();
        Progress.Stage featurizing = progress.begin("notebooks: mask + label", unique, "notebooks", "cells");
        LongAccumulator notebooksDone = featurizing.files();
        LongAccumulator cellsDone = featurizing.items();
        JavaRDD<FeaturizedNotebook> featurized = usable
                .filter(n -> !droppedIds.value().contains(n.id()))
                .map(n -> {
                    FeaturizedNotebook f = NotebookFeaturizer.featurize(n);
                    notebooksDone.add(1);
                    cellsDone.add(f.cells().size());
                    return f;
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        counts.addAll(featurized.map(NotebookStats::of).aggregate(new Counts(), Counts::merge, Counts::merge));
        loaded.unpersist(false);
        droppedIds.unpersist(false);
        featurizing.done(String.format(Locale.ROOT, "%,d notebooks kept, %,d cells, %,d next-line pairs",
                counts.sum("notebooks/kept/"), counts.get("cells/total"), counts.get("nextline/pairs")));

        JavaRDD<FeaturizedNotebook> ok = featurized.filter(FeaturizedNotebook::ok);
        Progress.Stage writing = progress.begin("notebooks: write", 0, null);
        int maxContext = ctx.options().maxContext();
        JsonLines.write(ok.flatMap(nb -> NotebookRows.cells(nb).iterator()), ctx.out("cells"));
        JsonLines.write(ok.flatMap(nb -> NotebookRows.nextLine(nb, maxContext).iterator()),
                ctx.out("nextline"));
        writing.done(ctx.out("cells") + ", " + ctx.out("nextline"));
        return new Result(featurized, counts);
    }

    /**
     * Every notebook-like file of every {@code --notebooks} directory. Shuffled by a hash of the path before
     * partitioning: corpora are sorted by repository, and one repository's notebooks are often all large.
     */
    private static List<InputFile> list(JobContext ctx, Counts counts) {
        List<InputFile> files = new ArrayList<>();
        for (String root : ctx.options().notebooks()) {
            Path dir = Path.of(root);
            String corpus = FileLister.nameOf(dir);
            List<Path> found = FileLister.list(dir, NotebookPipeline::isNotebookLike, ctx.options().limit());
            counts.add("notebooks/listed/" + corpus, found.size());
            for (Path p : found) {
                files.add(new InputFile(corpus, p.toString(), null, FileLister.relative(dir, p), FileLister.size(p)));
            }
        }
        files.sort(Comparator.comparingLong(f -> Hashing.hash64(f.path())));
        return files;
    }

    static boolean isNotebookLike(String lowerName) {
        return EXTENSIONS.stream().anyMatch(lowerName::endsWith);
    }
}
