package ai.stagesense.cli;

import ai.stagesense.packages.PackageDataset;
import ai.stagesense.packages.PackageSearch;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code stagesense eval-packages --dataset DIR}: the similar-packages evaluation in one run. The Java side ranks
 * with the real engine (BM25 baseline, final hybrid, recommendations on held-out notebooks); the Python side
 * (stagesense_training.package_eval) adds TF-IDF and the three vector kinds, the topic-separability test and the
 * 2-D map, prints the table and writes the report and the manifest metrics.
 */
final class EvalPackagesCommand implements Command {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    @Override
    public String name() {
        return "eval-packages";
    }

    @Override
    public String summary() {
        return "evaluate similar-package search (table, report with map, manifest metrics)";
    }

    @Override
    public String usage() {
        return "--dataset DIR [--index models/packages] [--vectors DIR] [--eval FILE] "
                + "[--report model-training/reports/packages.md] [--python-src DIR]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("--dataset", "--index", "--vectors", "--eval", "--report",
                "--python-src"), Set.of());
        Path dataset = Path.of(flags.required("--dataset"));
        Path index = flags.path("--index", Path.of("models", "packages")).toAbsolutePath().normalize();
        Path vectors = flags.path("--vectors", dataset.resolve("package-vectors"));
        Path evalFile = flags.path("--eval", Path.of("model-training", "eval", "package-alternatives.json"));
        Path report = flags.path("--report", Path.of("model-training", "reports", "packages.md"));
        AlternativeGroups groups = AlternativeGroups.read(evalFile);

        JsonObject results = new JsonObject();
        try (PackageSearch search = PackageSearch.open(index)) {
            results.addProperty("k", WeightTuner.K);
            results.add("weights", GSON.toJsonTree(search.weights()));
            JsonArray tuning = new JsonArray();
            groups.groups().stream().filter(AlternativeGroups.Group::tuning).forEach(g -> tuning.add(g.id()));
            results.add("tuning_groups", tuning);
            JsonObject bm25 = new JsonObject();
            JsonObject hybrid = new JsonObject();
            List<String> missing = new ArrayList<>();
            for (AlternativeGroups.Query q : groups.queries()) {
                if (search.index().get(q.name()) == null) {
                    missing.add(q.name());
                    continue;
                }
                bm25.add(q.name(), GSON.toJsonTree(search.bm25Neighbours(q.name(), WeightTuner.K)));
                hybrid.add(q.name(), GSON.toJsonTree(
                        WeightTuner.names(search.similar(q.name(), WeightTuner.K).alternatives())));
            }
            if (!missing.isEmpty()) {
                err.println("stagesense eval-packages: not in the catalog, counted as misses: " + missing);
            }
            JsonObject rankings = new JsonObject();
            rankings.add("bm25", bm25);
            rankings.add("hybrid", hybrid);
            results.add("rankings", rankings);
            RecommendEvaluation.Result rec = RecommendEvaluation.run(search,
                    PackageDataset.read(dataset).importSequences(), WeightTuner.K);
            results.add("recommend", GSON.toJsonTree(rec));
            out.printf(Locale.ROOT, "recommend (leave one out, %d held-out notebooks, %d queries): hit@10 %.3f, "
                            + "MRR %.3f; most-imported baseline hit@10 %.3f%n", rec.notebooks(), rec.queries(),
                    rec.hitRate(), rec.mrr(), rec.popularityHitRate());
        }
        Path javaResults = Files.createTempFile("stagesense-package-eval", ".json");
        try {
            Files.writeString(javaResults, GSON.toJson(results), StandardCharsets.UTF_8);
            PythonStep.locate(flags.path("--python-src", null)).run("stagesense_training.package_eval", List.of(
                    "--dataset", dataset.toString(), "--vectors", vectors.toString(), "--eval", evalFile.toString(),
                    "--java-results", javaResults.toString(), "--report", report.toString(),
                    "--models", index.getParent().toString()), err);
        } finally {
            Files.deleteIfExists(javaResults);
        }
        return 0;
    }
}
