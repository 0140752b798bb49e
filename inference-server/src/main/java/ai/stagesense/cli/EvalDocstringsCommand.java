package ai.stagesense.cli;

import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.NoFunctionFoundException;
import ai.stagesense.server.engines.docstring.DocstringEngine;
import ai.stagesense.server.engines.docstring.GeneratorDocstringEngine;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ModelLoader;
import ai.stagesense.server.models.OnnxSessions;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code stagesense eval-docstrings --dataset DIR}: the docstring summariser evaluation in one run, on the test
 * split (repositories and packages never trained on), for Python, Java and both: the function-name baseline, the
 * nearest-neighbour retrieval baseline and the summary model, each scored by smoothed sentence BLEU-4 and ROUGE-L
 * against the reference first sentence. The baseline and the model go through the server's own docstring engine
 * (function extraction from the code, source tokens, beam search), so the numbers are what users get.
 *
 * <p>{@code --dataset} takes several builds, comma-separated: their test splits are evaluated together and their
 * train splits together serve retrieval. That is how a small build of held-out Java jars (all in the test split)
 * is scored against the retrieval corpus of the main build, which the model was trained on.
 */
final class EvalDocstringsCommand implements Command {

    static final List<String> LANGUAGES = List.of("python", "java");
    static final String ALL = "all";

    @Override
    public String name() {
        return "eval-docstrings";
    }

    @Override
    public String summary() {
        return "evaluate docstring summaries: function-name and retrieval baselines vs the model (BLEU-4, ROUGE-L)";
    }

    @Override
    public String usage() {
        return "--dataset DIR[,DIR...] [--models DIR] [--report model-training/reports/docstrings.md] [--limit N]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("--dataset", "--models", "--report", "--limit"), Set.of());
        List<Path> datasets = datasets(flags.required("--dataset"));
        Path models = flags.path("--models", Path.of("models"));
        Path report = flags.path("--report", Path.of("model-training", "reports", "docstrings.md"));
        int limit = flags.integer("--limit", 0);

        List<DocstringPairs.Pair> all = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path dataset : datasets) {
            List<DocstringPairs.Pair> pairs = DocstringPairs.read(dataset.resolve("docstrings"));
            sources.put(dataset.toString(), String.format(Locale.ROOT, "%d train, %d test",
                    count(pairs, "train"), count(pairs, "test")));
            all.addAll(pairs);
        }
        List<DocstringPairs.Pair> train = all.stream().filter(p -> p.split().equals("train")).toList();
        List<DocstringPairs.Pair> test = all.stream().filter(p -> p.split().equals("test")).toList();
        if (limit > 0 && test.size() > limit) {
            test = test.subList(0, limit);
        }
        out.printf(Locale.ROOT, "docstring pairs: %d train, %d test (held-out repositories)%n", train.size(),
                test.size());
        if (datasets.size() > 1) {
            sources.forEach((dir, counts) -> out.println("  " + dir + ": " + counts));
        }

        Map<String, SystemResult> results = new LinkedHashMap<>();
        results.put("function name", generated(new GeneratorDocstringEngine(null, false), test));
        try (RetrievalSummarizer retrieval = new RetrievalSummarizer(train)) {
            SystemResult r = new SystemResult();
            for (DocstringPairs.Pair p : test) {
                String s = retrieval.summarize(p.language(), p.codeTokens());
                r.add(p, s == null ? "" : s);
            }
            results.put("retrieval (BM25)", r);
        }
        String modelName = null;
        if (!Files.exists(models.resolve("manifest.json"))) {
            err.println("stagesense eval-docstrings: no models/manifest.json in " + models + ": model not evaluated");
        } else {
            modelName = model(models, test, results, err);
        }
        String table = table(results);
        if (results.containsKey("model") && !test.isEmpty()) {
            table += comparisons(results);
            table += String.format(Locale.ROOT, "model summaries differing from the function-name summary: %d of %d%n",
                    differing(results.get("model"), results.get("function name")), test.size());
        }
        out.print(table);
        if (modelName != null && !test.isEmpty()) {
            boolean written = ManifestWriter.mergeMetrics(models, ModelLoader.SUMMARY,
                    manifestMetrics(results, datasets));
            out.println(written ? "metrics: " + models.resolve("manifest.json") + " (entry '"
                    + ModelLoader.SUMMARY + "')" : "metrics: no '" + ModelLoader.SUMMARY + "' entry");
        }
        DocstringReport.write(report, table, results, train.size(), test, modelName, models, sources);
        out.println("report: " + report);
        return 0;
    }

    /**
     * The numbers recorded in the summary model's manifest entry, per language with test pairs: Python's unprefixed
     * ({@code test_bleu4}), Java's prefixed {@code java_}, as the entry has always named them. A retrain writes the
     * entry with empty metrics; this fills them in.
     */
    static JsonObject manifestMetrics(Map<String, SystemResult> results, List<Path> datasets) {
        JsonObject metrics = new JsonObject();
        for (String language : LANGUAGES) {
            SummaryScores model = results.get("model").scores(language);
            if (model.count() == 0) {
                continue;
            }
            String prefix = language.equals("python") ? "" : language + "_";
            metrics.addProperty(prefix + "test_bleu4", ManifestWriter.rounded(model.bleu(), 2));
            metrics.addProperty(prefix + "test_rouge_l", ManifestWriter.rounded(model.rougeL(), 2));
            metrics.addProperty(prefix + "test_pairs", model.count());
            for (Map.Entry<String, String> baseline : Map.of("function name", "function_name_baseline",
                    "retrieval (BM25)", "retrieval_baseline").entrySet()) {
                SummaryScores s = results.get(baseline.getKey()).scores(language);
                metrics.addProperty(prefix + baseline.getValue() + "_bleu4", ManifestWriter.rounded(s.bleu(), 2));
                metrics.addProperty(prefix + baseline.getValue() + "_rouge_l", ManifestWriter.rounded(s.rougeL(), 2));
            }
            metrics.addProperty(prefix + "evaluated_on", "stagesense eval-docstrings " + LocalDate.now() + ", test "
                    + "split of " + datasets.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        return metrics;
    }


    /** The comma-separated dataset directories of {@code --dataset}, each needing a docstrings/ folder. */
    static List<Path> datasets(String value) throws UsageException {
        List<Path> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(Path.of(part.strip()));
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("--dataset needs at least one directory");
        }
        return out;
    }

    private static long count(List<DocstringPairs.Pair> pairs, String split) {
        return pairs.stream().filter(p -> p.split().equals(split)).count();
    }

    /** Evaluates the summary model of {@code models} as the server loads it; returns its name, null without one. */
    private static String model(Path models, List<DocstringPairs.Pair> test, Map<String, SystemResult> results,
                                PrintStream err) throws Exception {
        try (LoadedModels loaded = ModelLoader.load(models, new OnnxSessions())) {
            DocstringEngine engine = loaded.engines().docstring().require();
            if (!engine.summarizer().startsWith("model")) {
                err.println("stagesense eval-docstrings: no summary model in " + models + ": " + engine.summarizer());
                return null;
            }
            results.put("model", generated(engine, test));
            return engine.summarizer();
        }
    }

    /** Summaries from a docstring engine exactly as /v1/docstring makes them (first function of the code). */
    private static SystemResult generated(DocstringEngine engine, List<DocstringPairs.Pair> test) throws Exception {
        SystemResult r = new SystemResult();
        for (DocstringPairs.Pair p : test) {
            String summary;
            String code = p.code();
            String wrapped = constructorInClass(p);
            if (wrapped != null) {
                code = wrapped;
                r.inClass++;
            }
            try (Budget budget = Budget.unlimited()) {
                summary = engine.generate(new DocstringRequest(code, p.language(), null, null), budget).summary();
            } catch (NoFunctionFoundException e) {
                // the server answers such code with an error: nothing to show the user, scored as an empty summary
                summary = "";
                r.noFunction++;
            }
            r.add(p, summary);
        }
        return r;
    }

    /**
     * A Java constructor's code wrapped in its class, null for anything else. The pairs hold a method's code alone,
     * and a constructor without its class does not parse as Java (no return type), whereas an editor sends the
     * server the whole class: without this, every held-out constructor would be scored as "no function found".
     */
    static String constructorInClass(DocstringPairs.Pair p) {
        if (!p.language().equals("java") || p.qualifiedName() == null) {
            return null;
        }
        String[] parts = p.qualifiedName().split("\\.");
        String name = parts[parts.length - 1];
        boolean constructor = parts.length >= 2 && name.equals(parts[parts.length - 2])
                && p.code().matches("(?s)\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*|(?:public|protected|private)\\s+)*"
                + "(?:<[^>]*>\\s*)?" + name + "\\s*\\(.*");
        return constructor ? "class " + name + " {\n" + p.code() + "\n}\n" : null;
    }

    private static int differing(SystemResult a, SystemResult b) {
        int n = 0;
        for (int i = 0; i < a.summaries.size(); i++) {
            n += a.summaries.get(i).equals(b.summaries.get(i)) ? 0 : 1;
        }
        return n;
    }

    /**
     * Model minus each baseline with paired-bootstrap 95% intervals, per language that has test pairs (a gain on
     * one language must not hide a loss on the other), and over all pairs when there are several languages.
     */
    static String comparisons(Map<String, SystemResult> results) {
        SystemResult model = results.get("model");
        List<String> groups = new ArrayList<>(LANGUAGES.stream().filter(l -> model.scores(l).count() > 0).toList());
        if (groups.size() != 1) {
            groups.add(ALL);
        }
        StringBuilder sb = new StringBuilder();
        for (String group : groups) {
            for (Map.Entry<String, SystemResult> e : results.entrySet()) {
                if (e.getValue() == model) {
                    continue;
                }
                PairedBootstrap.Interval bleu = PairedBootstrap.difference(model.bleu(group),
                        e.getValue().bleu(group), 13);
                PairedBootstrap.Interval rouge = PairedBootstrap.difference(model.rougeL(group),
                        e.getValue().rougeL(group), 13);
                sb.append(String.format(Locale.ROOT, "model - %s (%s, 95%% paired bootstrap): BLEU-4 %+.2f [%+.2f,"
                                + " %+.2f], ROUGE-L %+.2f [%+.2f, %+.2f]%n", e.getKey(), group, bleu.mean(),
                        bleu.low(), bleu.high(), rouge.mean(), rouge.low(), rouge.high()));
            }
        }
        return sb.toString();
    }

    static String table(Map<String, SystemResult> results) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s %-8s %6s %8s %8s%n", "system",
                "language", "pairs", "BLEU-4", "ROUGE-L"));
        for (Map.Entry<String, SystemResult> e : results.entrySet()) {
            for (String language : List.of("python", "java", ALL)) {
                SummaryScores s = e.getValue().scores(language);
                sb.append(String.format(Locale.ROOT, "%-18s %-8s %6d %8s %8s%n", e.getKey(), language, s.count(),
                        SummaryScores.format(s.bleu()), SummaryScores.format(s.rougeL())));
            }
        }
        return sb.toString();
    }

    /** One system's summaries in test order and its scores per language and overall. */
    static final class SystemResult {

        final List<String> summaries = new ArrayList<>();
        final List<SummaryScores.Score> scores = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        final Map<String, SummaryScores> byLanguage = new LinkedHashMap<>();
        int noFunction;
        int inClass;

        void add(DocstringPairs.Pair pair, String summary) {
            SummaryScores.Score score = SummaryScores.score(summary, pair.summary());
            summaries.add(summary);
            scores.add(score);
            languages.add(pair.language());
            byLanguage.computeIfAbsent(pair.language(), l -> new SummaryScores()).add(score);
            byLanguage.computeIfAbsent(ALL, l -> new SummaryScores()).add(score);
        }

        /** Per-pair BLEU-4 x100 of one language ({@link #ALL}: every pair), in test order. */
        double[] bleu(String language) {
            return select(language).mapToDouble(s -> 100 * s.bleu()).toArray();
        }

        double[] rougeL(String language) {
            return select(language).mapToDouble(s -> 100 * s.rougeL()).toArray();
        }

        private Stream<SummaryScores.Score> select(String language) {
            return IntStream.range(0, scores.size())
                    .filter(i -> language.equals(ALL) || languages.get(i).equals(language)).mapToObj(scores::get);
        }

        SummaryScores scores(String language) {
            return byLanguage.getOrDefault(language, new SummaryScores());
        }
    }
}
