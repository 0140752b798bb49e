package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.Counts;
import ai.stagesense.dataset.JobContext;
import ai.stagesense.dataset.Progress;
import ai.stagesense.dataset.Splits;
import ai.stagesense.dataset.input.InputFile;
import ai.stagesense.dataset.notebooks.FeaturizedNotebook;
import ai.stagesense.dataset.notebooks.NotebookRows;
import ai.stagesense.dataset.output.JsonLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Catalogs and notebooks → {@code packages/documents/}, {@code packages/edges/} and
 * {@code packages/import_sequences/}. Co-import edges come from training-split notebooks only, so the package
 * graph cannot reveal what the dev and test notebooks import.
 */
public final class PackagePipeline {

    private PackagePipeline() {
    }

    /** @param notebooks featurized notebooks, or null when no notebooks were given */
    public static Counts run(JobContext ctx, JavaRDD<FeaturizedNotebook> notebooks) throws IOException {
        Progress progress = ctx.progress();
        Counts counts = new Counts();
        List<InputFile> catalogs = catalogs(ctx);

        Progress.Stage reading = progress.begin("packages: read catalogs", catalogs.size(), "packages");
        var filesDone = reading.files();
        var factsDone = reading.items();
        JavaRDD<CatalogReader.Batch> batches = ctx.jsc().parallelize(catalogs, ctx.partitions(catalogs.size(), 100))
                .map(f -> {
                    CatalogReader.Batch b = CatalogReader.read(f);
                    filesDone.add(1);
                    factsDone.add(b.facts().size());
                    return b;
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<PackageFacts> facts = batches.flatMap(b -> b.facts().iterator());
        counts.addAll(batches.map(CatalogReader.Batch::counts).aggregate(new Counts(), Counts::merge, Counts::merge));
        JavaRDD<String> documents = facts.mapToPair(f -> new Tuple2<>(f.name(), f)).groupByKey()
                .map(g -> PackageDocument.toJson(g._1(), g._2()));
        Set<String> known = new HashSet<>(facts.map(PackageFacts::name).distinct().collect());
        for (String name : known) {
            counts.add("packages/documents/by_split/" + Splits.of(name));
        }
        counts.add("packages/documents/total", known.size());
        facts.map(f -> f.source()).countByValue()
                .forEach((source, n) -> counts.add("packages/documents/facts_by_source/" + source, n));
        reading.done(String.format(Locale.ROOT, "%,d package documents", known.size()));

        Progress.Stage edging = progress.begin("packages: edges + write", 0, null);
        JsonLines.write(documents, ctx.out("packages/documents"));
        JavaRDD<String> dependencies = facts
                .flatMapToPair(f -> {
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (String dep : f.depends()) {
                        out.add(new Tuple2<>(f.name() + "\t" + dep, f.source()));
                    }
                    return out.iterator();
                })
                .distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L))
                .reduceByKey(Long::sum)
                .map(t -> edge(t._1(), PackageEdges.DEPENDENCY, t._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        counts.add("packages/edges/" + PackageEdges.DEPENDENCY, dependencies.count());
        JavaRDD<String> edges = dependencies;
        if (notebooks != null) {
            Broadcast<Map<String, String>> learned = ctx.jsc().broadcast(importNames(facts));
            Broadcast<Set<String>> knownNames = ctx.jsc().broadcast(known);
            JavaRDD<String> coimports = notebooks
                    .filter(nb -> nb.ok() && Splits.TRAIN.equals(nb.split()))
                    .flatMapToPair(nb -> PackageEdges.pairs(PackageEdges.distributions(nb.imports(),
                            learned.value(), knownNames.value())).stream().map(p -> new Tuple2<>(p, 1L)).iterator())
                    .reduceByKey(Long::sum)
                    .map(t -> edge(t._1(), PackageEdges.COIMPORT, t._2()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            counts.add("packages/edges/" + PackageEdges.COIMPORT, coimports.count());
            edges = edges.union(coimports);
            JsonLines.write(notebooks.filter(FeaturizedNotebook::ok)
                    .flatMap(nb -> NotebookRows.importSequence(nb).iterator()), ctx.out("packages/import_sequences"));
        }
        JsonLines.write(edges, ctx.out("packages/edges"));
        batches.unpersist(false);
        edging.done(String.format(Locale.ROOT, "%,d dependency and %,d co-import edges",
                counts.get("packages/edges/dependency"), counts.get("packages/edges/coimport")));
        return counts;
    }

    /** Import name → distribution, from installed metadata first (top_level.txt is exact), then Debian names. */
    private static Map<String, String> importNames(JavaRDD<PackageFacts> facts) {
        JavaPairRDD<String, Tuple2<Integer, String>> candidates = facts.flatMapToPair(f -> {
            int priority = PackageFacts.SITE_PACKAGES.equals(f.source()) ? 0 : 1;
            List<Tuple2<String, Tuple2<Integer, String>>> out = new ArrayList<>();
            for (String module : f.importNames()) {
                if (module != null) {
                    out.add(new Tuple2<>(module, new Tuple2<>(priority, f.name())));
                }
            }
            return out.iterator();
        });
        Map<String, String> out = new HashMap<>();
        candidates.reduceByKey((a, b) -> a._1() < b._1() || (a._1().equals(b._1()) && a._2().compareTo(b._2()) <= 0)
                        ? a : b)
                .collectAsMap()
                .forEach((module, choice) -> out.put(module, choice._2()));
        return out;
    }

    private static String edge(String key, String kind, long weight) {
        int tab = key.indexOf('\t');
        return PackageEdges.toJson(key.substring(0, tab), key.substring(tab + 1), kind, weight);
    }

    private static List<InputFile> catalogs(JobContext ctx) {
        List<InputFile> out = new ArrayList<>();
        if (ctx.options().pypi() != null) {
            out.add(CatalogFiles.single(ctx.options().pypi(), PackageFacts.PYPI));
        }
        if (ctx.options().debian() != null) {
            out.add(CatalogFiles.single(ctx.options().debian(), PackageFacts.DEBIAN));
        }
        for (String dir : ctx.options().sitePackages()) {
            out.addAll(CatalogFiles.sitePackages(dir, ctx.options().limit()));
        }
        return out;
    }
}
