package ai.stagesense.cli;

import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.completion.NextLineEngine;
import ai.stagesense.server.engines.completion.Suggestion;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ModelLoader;
import ai.stagesense.server.models.OnnxSessions;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code stagesense eval-nextline --dataset DIR}: next-line suggestions on held-out notebooks, asked of the same
 * engine objects the server builds from a models directory ({@link ModelLoader}), next to a stage-less n-gram (the
 * same table with the stage dropped), copying the previous line, and, when the models directory holds
 * {@code nextline-*} seq2seq models, the other ways of combining them with the n-gram table and the seq2seq models
 * alone. Prints the tables and writes the report.
 */
final class EvalNextlineCommand implements Command {

    static final int K = 3;
    /** The subsets reported: every pair, pairs inside a cell, the first line of a new cell. */
    static final String[] SUBSETS = {"all pairs", "within a cell", "first line of a new cell"};

    /** One method being evaluated: its suggestions for a pair, best first. */
    interface Method {
        List<Suggestion> suggest(HeldOutNotebooks.Notebook notebook, HeldOutNotebooks.Pair pair) throws Exception;
    }

    record Row(String name, Method method) {
    }

    /** Row names the manifest's metrics and the while-typing table refer to. */
    static final String NGRAM_ALONE = "n-gram (stage-less) + templates";
    static final String STAGE_AWARE = "n-gram (stage-aware) + templates";
    static final String SEQ2SEQ_ALONE = "seq2seq alone";
    static final String COPY_PREVIOUS = "copy the previous line";

    @Override
    public String name() {
        return "eval-nextline";
    }

    @Override
    public String summary() {
        return "evaluate next-line suggestions on held-out notebooks (API@k, exact match, edit similarity)";
    }

    @Override
    public String usage() {
        return "--dataset DIR [--models models] [--split test] [--limit 3000] [--per-notebook 40] [--threads 2] "
                + "[--combinations all|served] [--typed 3] [--report model-training/reports/nextline.md]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("--dataset", "--models", "--split", "--limit", "--per-notebook",
                "--threads", "--report", "--combinations", "--typed"), Set.of());
        Path dataset = Path.of(flags.required("--dataset"));
        Path models = flags.path("--models", Path.of("models"));
        String split = flags.get("--split", "test");
        int limit = flags.integer("--limit", 3000);
        int perNotebook = flags.integer("--per-notebook", 40);
        int threads = Math.max(1, flags.integer("--threads", 2));
        int typed = flags.integer("--typed", 3);
        Path report = flags.path("--report", Path.of("model-training", "reports", "nextline.md"));
        if (limit < 1 || perNotebook < 1 || typed < 0) {
            throw new UsageException("--limit and --per-notebook must be at least 1, --typed at least 0");
        }
        String combinations = flags.get("--combinations", "all");
        if (!combinations.equals("all") && !combinations.equals("served")) {
            throw new UsageException("--combinations must be all or served");
        }

        long started = System.nanoTime();
        HeldOutNotebooks.Selection selection = HeldOutNotebooks.read(dataset, split, limit, perNotebook);
        err.printf(Locale.ROOT, "eval-nextline: %d %s pairs from %d notebooks (of %d pairs in %d notebooks) in %.1f s;"
                        + " skipped %d masked differently, %d continuing a statement%n", selection.pairs(), split,
                selection.notebooks().size(), selection.heldOutPairs(), selection.heldOutNotebooks(),
                (System.nanoTime() - started) / 1e9, selection.mismatched(), selection.continuations());
        try (LoadedModels loaded = ModelLoader.load(models, new OnnxSessions())) {
            List<Row> rows = rows(loaded, combinations.equals("all"));
            long evaluating = System.nanoTime();
            NextlineScores[][] scores = evaluate(selection.notebooks(), rows, threads);
            String tables = tables(rows, scores);
            if (typed > 0) {
                List<Row> typing = typingRows(loaded);
                tables += typingTable(typing, evaluateTyping(selection.notebooks(), typing, typed, threads), typed);
            }
            double seconds = (System.nanoTime() - evaluating) / 1e9;
            out.print(tables);
            out.printf(Locale.ROOT, "%d pairs, %d methods, %.0f s on %d threads%n", selection.pairs(), rows.size(),
                    seconds, threads);
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String previous = Files.exists(report) ? Files.readString(report) : null;
            Files.writeString(report, NextlineReport.keepingNotes(NextlineReport.markdown(tables, selection, split,
                    models, limit, perNotebook, combinations, seconds, threads,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS)), previous));
            err.println("eval-nextline: report written to " + report);
            if (split.equals("test")) {
                recordMetrics(models, rows, scores, selection, out);
            }
        }
        return 0;
    }

    /**
     * The test numbers go into the models' manifest (merged, so other keys stay): the n-gram entry gets the table's
     * own row and its baselines, the stage-conditioned seq2seq entry its row alone. A retrain writes both entries
     * with empty metrics; this fills them in.
     */
    private static void recordMetrics(Path models, List<Row> rows, NextlineScores[][] scores,
                                      HeldOutNotebooks.Selection selection, PrintStream out) throws IOException {
        JsonObject ngram = new JsonObject();
        JsonObject seq2seq = new JsonObject();
        for (int r = 0; r < rows.size(); r++) {
            String name = rows.get(r).name();
            if (name.endsWith(NGRAM_ALONE)) {
                putMetrics(ngram, "test_", scores[r][0]);
                ngram.addProperty("test_new_cell_api_at_1", ManifestWriter.rounded(scores[r][2].api1(), 3));
                ngram.addProperty("test_new_cell_api_at_3", ManifestWriter.rounded(scores[r][2].api3(), 3));
            } else if (name.equals(STAGE_AWARE)) {
                putMetrics(ngram, "stage_aware_test_", scores[r][0]);
            } else if (name.equals(COPY_PREVIOUS)) {
                putMetrics(ngram, "copy_previous_line_test_", scores[r][0]);
            } else if (name.equals(SEQ2SEQ_ALONE)) {
                putMetrics(seq2seq, "test_", scores[r][0]);
            }
        }
        String note = String.format(Locale.ROOT, "stagesense eval-nextline through the served engine on %d test "
                + "pairs from %d held-out notebooks; report model-training/reports/nextline.md", selection.pairs(),
                selection.notebooks().size());
        Map<String, JsonObject> entries = new LinkedHashMap<>();
        entries.put(ModelLoader.NGRAM, ngram);
        entries.put(ModelLoader.NEXTLINE_PREFIX + "all", seq2seq);
        for (Map.Entry<String, JsonObject> entry : entries.entrySet()) {
            if (entry.getValue().size() > 0) {
                entry.getValue().addProperty("test_note", note);
                boolean written = ManifestWriter.mergeMetrics(models, entry.getKey(), entry.getValue());
                out.println(written ? "metrics: " + models.resolve("manifest.json") + " (entry '" + entry.getKey()
                        + "')" : "metrics: no '" + entry.getKey() + "' entry");
            }
        }
    }

    private static void putMetrics(JsonObject metrics, String prefix, NextlineScores scores) {
        metrics.addProperty(prefix + "api_at_1", ManifestWriter.rounded(scores.api1(), 3));
        metrics.addProperty(prefix + "api_at_3", ManifestWriter.rounded(scores.api3(), 3));
        metrics.addProperty(prefix + "exact_match_at_1_masked", ManifestWriter.rounded(scores.exact1(), 3));
        metrics.addProperty(prefix + "exact_match_at_3_masked", ManifestWriter.rounded(scores.exact3(), 3));
        metrics.addProperty(prefix + "edit_similarity", ManifestWriter.rounded(scores.editSimilarity(), 3));
    }

    /**
     * The methods: the served engine and its variants, then copying the previous line. allCombinations: also the
     * ways of combining seq2seq and n-gram lines that are not served (each runs the beam search again).
     */
    static List<Row> rows(LoadedModels loaded, boolean allCombinations) {
        if (!loaded.engines().completion().available()) {
            throw new IllegalArgumentException("the models directory has no next-line model: "
                    + loaded.engines().completion().reason());
        }
        CompletionEngine served = loaded.engines().completion().engine();
        if (!(served instanceof NextLineEngine engine)) {
            throw new IllegalStateException("unexpected completion engine " + served.getClass().getName());
        }
        List<Row> rows = new ArrayList<>();
        if (engine.hasModels()) {
            if (engine.ngrams() == null) {
                rows.add(new Row("served: seq2seq", engine(engine)));
            } else {
                rows.add(new Row("served: " + engine.combination().description(), engine(engine)));
                for (NextLineEngine.Combination other : NextLineEngine.Combination.values()) {
                    if (allCombinations && other != engine.combination()) {
                        rows.add(new Row(other.description(), engine(engine.withCombination(other))));
                    }
                }
                rows.add(new Row(SEQ2SEQ_ALONE, engine(engine.withoutNgrams())));
            }
        }
        if (engine.ngrams() != null) {
            NextLineEngine ngrams = engine.withoutModels();
            rows.add(new Row(engine.hasModels() ? NGRAM_ALONE : "served: " + NGRAM_ALONE, engine(ngrams)));
            rows.add(new Row(STAGE_AWARE, engine(ngrams.withStageAwareNgrams())));
        }
        rows.add(new Row(COPY_PREVIOUS, (notebook, pair) -> pair.previousMasked() == null ? List.of()
                : List.of(new Suggestion(pair.previousConcrete(), 1.0, pair.previousMasked()))));
        return rows;
    }

    /** While typing: the served engine, and when it combines both, its table and its seq2seq model alone. */
    static List<Row> typingRows(LoadedModels loaded) {
        NextLineEngine engine = (NextLineEngine) loaded.engines().completion().engine();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("nothing suggested (the typed characters alone)", (notebook, pair) -> List.of()));
        rows.add(new Row("served", engine(engine)));
        if (engine.hasModels() && engine.ngrams() != null) {
            rows.add(new Row(NGRAM_ALONE, engine(engine.withoutModels())));
            rows.add(new Row(SEQ2SEQ_ALONE, engine(engine.withoutNgrams())));
        }
        return rows;
    }

    /**
     * The pair asked again after the first {@code typed} characters of its real statement are typed, or null when
     * the statement's first line is not longer than that.
     */
    static HeldOutNotebooks.Pair typing(HeldOutNotebooks.Pair pair, int typed) {
        String firstLine = pair.concrete().split("\n", 2)[0].stripTrailing();
        if (firstLine.length() <= typed) {
            return null;
        }
        return new HeldOutNotebooks.Pair(pair.cell(), pair.prefix() + firstLine.substring(0, typed), pair.target(),
                pair.concrete(), pair.newCell(), pair.previousMasked(), pair.previousConcrete());
    }

    static TypingScores[] evaluateTyping(List<HeldOutNotebooks.Notebook> notebooks, List<Row> rows, int typed,
                                         int threads) throws Exception {
        TypingScores[] total = emptyTyping(rows.size());
        overNotebooks(notebooks, threads, notebook -> {
            TypingScores[] scores = emptyTyping(rows.size());
            for (HeldOutNotebooks.Pair pair : notebook.pairs()) {
                HeldOutNotebooks.Pair asked = typing(pair, typed);
                if (asked == null) {
                    continue;
                }
                String typedText = asked.prefix().substring(pair.prefix().length());
                for (int r = 0; r < rows.size(); r++) {
                    long t0 = System.nanoTime();
                    List<Suggestion> suggestions = rows.get(r).method().suggest(notebook, asked);
                    scores[r].add(suggestions, typedText, pair.concrete(), System.nanoTime() - t0);
                }
            }
            return scores;
        }, scores -> {
            for (int r = 0; r < rows.size(); r++) {
                total[r].add(scores[r]);
            }
        });
        return total;
    }

    private interface PerNotebook<T> {
        T score(HeldOutNotebooks.Notebook notebook) throws Exception;
    }

    /** Scores every notebook on {@code threads} workers and hands the results to {@code merge} one at a time. */
    private static <T> void overNotebooks(List<HeldOutNotebooks.Notebook> notebooks, int threads,
                                          PerNotebook<T> perNotebook, Consumer<T> merge) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> parts = new ArrayList<>();
            for (HeldOutNotebooks.Notebook notebook : notebooks) {
                parts.add(pool.submit(() -> perNotebook.score(notebook)));
            }
            for (Future<T> part : parts) {
                merge.accept(part.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static TypingScores[] emptyTyping(int rows) {
        TypingScores[] scores = new TypingScores[rows];
        for (int r = 0; r < rows; r++) {
            scores[r] = new TypingScores();
        }
        return scores;
    }

    static String typingTable(List<Row> rows, TypingScores[] scores, int typed) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n### while typing: the first %d characters of the line typed (%d pairs whose line is longer)%n%n"
                        + "| method | line completed exactly@1 | exactly@3 | edit similarity of the completed line "
                        + "| answered | ms/pair |%n|---|---:|---:|---:|---:|---:|%n", typed, scores[0].pairs()));
        for (int r = 0; r < rows.size(); r++) {
            TypingScores t = scores[r];
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f | %.1f |%n", rows.get(r).name(),
                    t.exact1(), t.exact3(), t.editSimilarity(), t.answered(), t.millisPerPair()));
        }
        return out.toString();
    }

    private static Method engine(CompletionEngine engine) {
        return (notebook, pair) -> engine.complete(notebook.query(pair, K), Budget.unlimited()).suggestions();
    }

    /** scores[row][subset], the notebooks spread over {@code threads} workers. */
    static NextlineScores[][] evaluate(List<HeldOutNotebooks.Notebook> notebooks, List<Row> rows, int threads)
            throws Exception {
        NextlineScores[][] total = empty(rows.size());
        overNotebooks(notebooks, threads, notebook -> evaluate(notebook, rows), scores -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int s = 0; s < SUBSETS.length; s++) {
                    total[r][s].add(scores[r][s]);
                }
            }
        });
        return total;
    }

    private static NextlineScores[][] evaluate(HeldOutNotebooks.Notebook notebook, List<Row> rows) throws Exception {
        NextlineScores[][] scores = empty(rows.size());
        for (HeldOutNotebooks.Pair pair : notebook.pairs()) {
            for (int r = 0; r < rows.size(); r++) {
                long t0 = System.nanoTime();
                List<Suggestion> suggestions = rows.get(r).method().suggest(notebook, pair);
                long elapsed = System.nanoTime() - t0;
                scores[r][0].add(suggestions, pair.target(), pair.concrete(), elapsed);
                scores[r][pair.newCell() ? 2 : 1].add(suggestions, pair.target(), pair.concrete(), elapsed);
            }
        }
        return scores;
    }

    private static NextlineScores[][] empty(int rows) {
        NextlineScores[][] scores = new NextlineScores[rows][SUBSETS.length];
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < SUBSETS.length; s++) {
                scores[r][s] = new NextlineScores();
            }
        }
        return scores;
    }

    /** One markdown table per subset. */
    static String tables(List<Row> rows, NextlineScores[][] scores) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < SUBSETS.length; s++) {
            NextlineScores first = scores[0][s];
            out.append(String.format(Locale.ROOT, "%n### %s (%d pairs, %d whose real line calls an API)%n%n",
                    SUBSETS[s], first.pairs(), first.withApi()));
            out.append("| method | API@1 | API@3 | exact match@1 | exact match@3 | edit similarity "
                    + "| edit similarity when exact@1 | answered | ms/pair |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int r = 0; r < rows.size(); r++) {
                NextlineScores c = scores[r][s];
                out.append(String.format(Locale.ROOT,
                        "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %.1f |%n", rows.get(r).name(),
                        c.api1(), c.api3(), c.exact1(), c.exact3(), c.editSimilarity(), c.editSimilarityWhenRight(),
                        c.coverage(), c.millisPerPair()));
            }
        }
        return out.toString();
    }
}
