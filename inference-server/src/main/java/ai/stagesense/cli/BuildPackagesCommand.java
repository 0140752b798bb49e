package ai.stagesense.cli;

import ai.stagesense.packages.IndexMeta;
import ai.stagesense.packages.PackageDataset;
import ai.stagesense.packages.PackageIndexBuilder;
import ai.stagesense.packages.PackageSearch;
import ai.stagesense.packages.RankWeights;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code stagesense build-packages --dataset DIR --out models/packages}: the similar-packages index in one
 * command — package vectors (Python: TF-IDF/SVD, DeepWalk, joint), the Lucene index, rank weights tuned on half of
 * the evaluation groups, and the manifest entry.
 */
final class BuildPackagesCommand implements Command {

    static final String MODEL_NAME = "packages";
    /** Packages ranked up to here are typo targets and form the popular-only KNN pass. */
    static final int POPULAR_LIMIT = 5000;

    @Override
    public String name() {
        return "build-packages";
    }

    @Override
    public String summary() {
        return "build the similar-packages index (vectors, Lucene, tuned weights) from a dataset";
    }

    @Override
    public String usage() {
        return "--dataset DIR [--out models/packages] [--vectors DIR] [--skip-vectors] [--eval FILE] "
                + "[--python-src DIR] [--no-manifest]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("--dataset", "--out", "--vectors", "--eval", "--python-src"),
                Set.of("--skip-vectors", "--no-manifest"));
        Path dataset = Path.of(flags.required("--dataset"));
        Path target = flags.path("--out", Path.of("models", "packages")).toAbsolutePath().normalize();
        Path vectors = flags.path("--vectors", dataset.resolve("package-vectors"));
        Path evalFile = flags.path("--eval", Path.of("model-training", "eval", "package-alternatives.json"));
        long started = System.nanoTime();

        if (!flags.has("--skip-vectors")) {
            PythonStep.locate(flags.path("--python-src", null)).run("stagesense_training.package_vectors",
                    List.of("--dataset", dataset.toString(), "--out", vectors.toString()), err);
        }
        PackageDataset data = PackageDataset.read(dataset);
        PackageIndexBuilder.Summary summary = PackageIndexBuilder.build(data, vectors, target, RankWeights.DEFAULT,
                POPULAR_LIMIT);
        out.printf(Locale.ROOT, "index: %,d packages (%,d with a vector, %,d with a graph vector of their own, "
                        + "%,d with co-import partners from %,d train notebooks)%n", summary.packages(),
                summary.withVector(), summary.withGraph(), summary.withPartners(), summary.coimportNotebooks());
        if (summary.coimportNotebooks() == 0) {
            err.println("stagesense build-packages: the dataset has no import sequences; \"often used with\" lists "
                    + "and recommendations will be empty (build the dataset with --notebooks)");
        }

        JsonObject metrics = new JsonObject();
        if (Files.isRegularFile(evalFile)) {
            WeightTuner.Result tuned;
            try (PackageSearch search = PackageSearch.open(target)) {
                tuned = WeightTuner.tune(search, AlternativeGroups.read(evalFile), out);
            }
            IndexMeta.read(target).withWeights(tuned.weights()).write(target);
            metrics.addProperty("tuning_precision_at_10", ManifestWriter.rounded(tuned.precision(), 4));
            metrics.addProperty("tuning_mrr", ManifestWriter.rounded(tuned.mrr(), 4));
        } else {
            err.println("stagesense build-packages: no " + evalFile + "; keeping the default rank weights");
        }

        if (!flags.has("--no-manifest")) {
            register(target, data, summary, metrics);
        }
        out.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.0f s%n", target, sizeOf(target) / 1e6,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** The manifest beside the index directory (models/manifest.json for models/packages). */
    private static void register(Path target, PackageDataset data, PackageIndexBuilder.Summary summary,
                                 JsonObject metrics) throws IOException {
        Path modelsDir = target.getParent();
        Map<String, String> files = new LinkedHashMap<>();
        for (Path file : listFiles(target)) {
            String fileName = file.getFileName().toString();
            files.put(role(fileName), modelsDir.relativize(file).toString());
        }
        IndexMeta meta = IndexMeta.read(target);
        JsonObject config = new JsonObject();
        config.addProperty("directory", modelsDir.relativize(target).toString());
        config.addProperty("packages", meta.packages());
        config.addProperty("text_dim", meta.textDim());
        config.addProperty("graph_dim", meta.graphDim());
        config.addProperty("overfetch", PackageSearch.OVERFETCH);
        config.addProperty("popular_limit", meta.popularLimit());
        String trainingData = String.format(Locale.ROOT, "%d package documents (PyPI top list + Debian python3 "
                        + "packages), %d dependency edges, co-imports of %d train-split notebooks; rank weights tuned "
                        + "on half of model-training/eval/package-alternatives.json",
                data.documents().size(), data.dependencies().values().stream().mapToInt(Set::size).sum(),
                summary.coimportNotebooks());
        ManifestWriter.register(modelsDir, MODEL_NAME, "package-index", files, config, trainingData, metrics);
    }

    /** A stable role per file: Lucene's segment file names change between builds, their extensions do not. */
    static String role(String fileName) {
        if (fileName.startsWith("segments_")) {
            return "segments";
        }
        if (fileName.startsWith("_")) {
            int dot = fileName.lastIndexOf('.');
            return "lucene-" + fileName.substring(dot + 1);
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static List<Path> listFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        long total = 0;
        for (Path file : listFiles(directory)) {
            total += Files.size(file);
        }
        return total;
    }

}
