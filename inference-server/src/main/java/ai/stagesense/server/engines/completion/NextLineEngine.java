package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.specificalization.Specificalizer;
import ai.stagesense.codeintel.stage.Stage;
import ai.stagesense.codeintel.tokens.MaskedTokens;
import ai.stagesense.server.engines.seq2seq.BeamSearch;
import ai.stagesense.server.engines.seq2seq.Hypothesis;
import ai.stagesense.server.engines.stage.StageEngine;
import ai.stagesense.server.exec.Budget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Next-line suggestions: the notebook is masked once ({@link NotebookContext}), the cell's stage picks the seq2seq
 * model, beam search proposes masked lines, the n-gram table its most frequent next lines, the two are put in one
 * ranking as {@link #SERVED} says (the n-gram's first), and each masked line is written out in the user's names
 * ({@link Specificalizer} with the learned argument templates, or as the notebook wrote the same masked line
 * before). When part of the line is typed, only lines that continue it are kept, and the text is the rest of the
 * line; slots left free go to the notebook's own lines that continue it.
 */
public final class NextLineEngine implements CompletionEngine {

    /** Hypotheses kept per step. */
    static final int BEAM = 6;
    /**
     * Fewer while typing: the search runs there whenever the typed text filters out the n-gram's lines, and with the
     * shipped model a width of 10 took the typing benchmark's p99 to 45 ms on two cores (width 4: see README).
     */
    static final int BEAM_WHILE_TYPING = 4;
    /**
     * Lines the n-gram table offers while the user types: only those the typed text continues survive realisation,
     * and after {@code df.head()} the most frequent next lines are print() and plt.show(), not {@code df.}-lines.
     */
    static final int NGRAM_WHILE_TYPING = 300;
    /** The seq2seq model's share of a line's score in {@link Combination#MIXTURE}. */
    static final double MIXTURE_WEIGHT = 0.5;

    /** How the seq2seq model's lines and the n-gram table's are put in one ranking. */
    public enum Combination {
        /** The seq2seq model's lines (beam order), then the n-gram's. */
        SEQ2SEQ_FIRST("seq2seq, then n-gram"),
        /**
         * The n-gram's lines, then the seq2seq model's: the model only adds lines the table does not have, which
         * matters while the user types (only lines that continue the typed text are kept).
         */
        NGRAM_FIRST("n-gram, then seq2seq"),
        /**
         * The n-gram's lines first where its table counted lines after exactly these two previous lines, then the
         * seq2seq model's; where it did not (it would back off to one line or none), the seq2seq model's first.
         */
        NGRAM_WHEN_KNOWN("n-gram where it knows the context, else seq2seq first"),
        /**
         * One ranking by a linear interpolation of the two estimates of P(line | context): the model's sequence
         * probability and the n-gram's (backed-off) relative frequency, {@link #MIXTURE_WEIGHT} each.
         */
        MIXTURE("interpolated seq2seq and n-gram probabilities");

        private final String description;

        Combination(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * The combination served, chosen on dev pairs by eval-nextline (model-training/reports/nextline.md): the shipped
     * seq2seq model is far below the n-gram table (dev API@1 0.120 vs 0.407), and putting its lines first or mixing
     * its probabilities in did not beat the table on dev, so its lines come after the table's.
     */
    public static final Combination SERVED = Combination.NGRAM_FIRST;

    private final StageEngine classifier;
    private final StageChooser stages;
    private final NextLineModels models;
    /** The table as loaded, and the one asked: the same counts without the stage unless told otherwise. */
    private final NgramTable ngrams;
    private final NgramTable lookup;
    private final TemplateTable templates;
    private final Combination combination;

    /**
     * The n-gram table is asked without the stage: on held-out notebooks (stagesense eval-nextline,
     * model-training/reports/nextline.md) the same counts summed over stages beat the stage-aware table on every
     * metric, dev and test alike. The stage the classifier gives a half-written cell is often not the one its
     * lines were counted under (the label model's, over the whole cell), and six stages split thin counts further.
     *
     * @param classifier the stage classifier, or null for the labeling functions
     * @param ngrams     the n-gram table, or null; at least one of models and ngrams must be present
     */
    public NextLineEngine(StageEngine classifier, NextLineModels models, NgramTable ngrams, TemplateTable templates) {
        this(classifier, models, ngrams, ngrams == null ? null : ngrams.ignoringStage(), templates, SERVED);
    }

    private NextLineEngine(StageEngine classifier, NextLineModels models, NgramTable ngrams, NgramTable lookup,
                           TemplateTable templates, Combination combination) {
        if (models.isEmpty() && ngrams == null) {
            throw new IllegalArgumentException("a next-line engine needs a seq2seq model or an n-gram table");
        }
        this.classifier = classifier;
        this.stages = new StageChooser(classifier);
        this.models = models;
        this.ngrams = ngrams;
        this.lookup = lookup;
        this.templates = templates;
        this.combination = combination;
    }

    /** The same engine without the n-gram table: the seq2seq models alone propose lines. */
    public NextLineEngine withoutNgrams() {
        return new NextLineEngine(classifier, models, null, null, templates, combination);
    }

    /** The same engine without its seq2seq models: the n-gram table alone proposes lines. */
    public NextLineEngine withoutModels() {
        return new NextLineEngine(classifier, new NextLineModels(Map.of(), null), ngrams, lookup, templates,
                combination);
    }

    /** The same engine asking the n-gram table with the stage of the cell (the evaluation's comparison). */
    public NextLineEngine withStageAwareNgrams() {
        return new NextLineEngine(classifier, models, ngrams, ngrams, templates, combination);
    }

    /** The same engine putting the seq2seq and n-gram lines together another way (the evaluation's comparison). */
    public NextLineEngine withCombination(Combination other) {
        return new NextLineEngine(classifier, models, ngrams, lookup, templates, other);
    }

    public Combination combination() {
        return combination;
    }

    /** The n-gram table as loaded, or null. */
    public NgramTable ngrams() {
        return ngrams;
    }

    public boolean hasModels() {
        return !models.isEmpty();
    }

    @Override
    public CompletionResult complete(CompletionQuery query, Budget budget) throws Exception {
        if (!query.language().toLowerCase(Locale.ROOT).equals("python")) {
            // the models learned from Python notebooks; other languages get no suggestions rather than noise
            return new CompletionResult(null, List.of());
        }
        NotebookContext context = NotebookContext.of(query.context(), query.prefix(), query.suffix(), budget);
        budget.check();
        Stage stage = stages.stageOf(context, budget);
        boolean typing = !context.typed().text().isEmpty();
        Map<String, Double> table = new LinkedHashMap<>();
        if (lookup != null) {
            int k = typing ? NGRAM_WHILE_TYPING : Math.max(BEAM, query.maxSuggestions());
            for (NgramTable.Entry e : lookup.next(stage.id(), context.entries(), k)) {
                table.putIfAbsent(e.masked(), e.score());
            }
        }
        NextLineModels.Choice choice = models.choose(stage, context.entries());
        List<Suggestion> fromTable = List.of();
        if (combination == Combination.NGRAM_FIRST || choice == null) {
            // the model's lines only fill what the table's leave free: no beam search when the table fills them
            fromTable = realize(table, context, query.maxSuggestions(), List.of());
            if (fromTable.size() == query.maxSuggestions() || choice == null) {
                budget.check();
                return new CompletionResult(stage.id(), fromTable);
            }
        }
        Map<String, Double> model = new LinkedHashMap<>();
        int beam = typing ? BEAM_WHILE_TYPING : Math.max(BEAM, query.maxSuggestions());
        // every result, so that prefixes still live when the search stopped cannot push whole lines out
        BeamSearch.Settings settings = new BeamSearch.Settings(beam, Integer.MAX_VALUE,
                choice.model().maxTarget(), NextLineModels.blockedTargets(choice.model().target()), 0);
        for (Hypothesis h : BeamSearch.search(choice.model(), choice.source(), settings, budget)) {
            if (h.finished() && model.size() < beam) {
                // a prefix without </s> is not a line (it was suggesting "import_matplotlib.")
                model.putIfAbsent(MaskedTokens.join(choice.model().target().decode(h.tokens())), h.probability());
            }
        }
        boolean known = combination == Combination.NGRAM_WHEN_KNOWN && lookup != null
                && lookup.knowsContext(stage.id(), context.entries());
        Map<String, Double> candidates = combine(combination, model, table, known);
        if (combination == Combination.NGRAM_FIRST) {
            // the table's lines lead this ranking and are written out above already: continue after them
            candidates.keySet().removeAll(table.keySet());
        }
        budget.check();
        return new CompletionResult(stage.id(), realize(candidates, context, query.maxSuggestions(), fromTable));
    }

    /**
     * One ranking of the model's lines (best first, with their probabilities) and the n-gram's (best first, with
     * their relative frequencies); {@code known}: the n-gram table counted lines after this full context.
     */
    static Map<String, Double> combine(Combination combination, Map<String, Double> model,
                                       Map<String, Double> table, boolean known) {
        Map<String, Double> out = new LinkedHashMap<>();
        switch (combination) {
            case SEQ2SEQ_FIRST -> {
                out.putAll(model);
                table.forEach(out::putIfAbsent);
            }
            case NGRAM_FIRST -> {
                out.putAll(table);
                model.forEach(out::putIfAbsent);
            }
            case NGRAM_WHEN_KNOWN -> {
                Map<String, Double> first = known ? table : model;
                Map<String, Double> second = known ? model : table;
                out.putAll(first);
                second.forEach(out::putIfAbsent);
            }
            case MIXTURE -> {
                Map<String, Double> mixed = new LinkedHashMap<>();
                model.forEach((line, p) -> mixed.merge(line, MIXTURE_WEIGHT * p, Double::sum));
                table.forEach((line, p) -> mixed.merge(line, (1 - MIXTURE_WEIGHT) * p, Double::sum));
                mixed.entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .forEachOrdered(e -> out.put(e.getKey(), e.getValue()));
            }
            default -> throw new IllegalStateException(combination.name());
        }
        return out;
    }

    /**
     * Candidates in order (see {@link #combine}), written out, filtered by the typed text, distinct texts, after the
     * suggestions {@code before} (already written out, they come first and their texts are not repeated).
     */
    private List<Suggestion> realize(Map<String, Double> candidates, NotebookContext context, int max,
                                     List<Suggestion> before) {
        List<Suggestion> out = new ArrayList<>(before);
        Set<String> seen = new HashSet<>();
        before.forEach(s -> seen.add(s.text()));
        String typedVariable = typedVariable(context);
        for (Map.Entry<String, Double> c : candidates.entrySet()) {
            if (out.size() == max) {
                break;
            }
            String masked = c.getKey();
            if (masked.isBlank()) {
                continue;
            }
            String text = insertion(masked, context);
            String aimed = text == null && typedVariable != null
                    ? Specificalizer.aimedAt(masked, typedVariable) : masked;
            if (!aimed.equals(masked)) {
                // counted in another notebook on another variable: the same line on the one being typed
                masked = aimed;
                text = insertion(masked, context);
            }
            if (text != null && !text.isBlank() && seen.add(text)) {
                out.add(new Suggestion(text, c.getValue(), masked));
            }
        }
        if (!context.typed().text().isEmpty()) {
            writtenBefore(context, max, out, seen);
        }
        if (out.size() == before.size() && typedVariable == null) {
            nameNewVariable(candidates, context, max, out, seen);
        }
        return out;
    }

    /**
     * While typing, the slots the models leave free go to lines the notebook already wrote that continue the typed
     * text, latest first (dev: ahead of the models' lines they cost exact matches, after them they add some).
     */
    private static void writtenBefore(NotebookContext context, int max, List<Suggestion> out, Set<String> seen) {
        List<Map.Entry<String, String>> lines = new ArrayList<>(context.names().written().entrySet());
        for (int i = lines.size() - 1; i >= 0 && out.size() < max; i--) {
            String text = context.typed().insertion(lines.get(i).getValue());
            if (text != null && !text.isBlank() && seen.add(text)) {
                out.add(new Suggestion(text, 0.0, lines.get(i).getKey()));
            }
        }
    }

    /**
     * When no line continues the typed text and the user is typing a name the notebook does not have, they are
     * naming a new variable ({@code dig}…): the lines that bind one, with the typed name as that variable's.
     */
    private void nameNewVariable(Map<String, Double> candidates, NotebookContext context, int max,
                                 List<Suggestion> out, Set<String> seen) {
        String name = context.typed().leadingName();
        if (name == null || LINE_STARTERS.stream().anyMatch(word -> word.startsWith(name))
                || context.names().aliases().keySet().stream().anyMatch(alias -> alias.startsWith(name))) {
            return;
        }
        for (Map.Entry<String, Double> c : candidates.entrySet()) {
            if (out.size() == max) {
                break;
            }
            RealizationContext named = Specificalizer.namingFirstTarget(c.getKey(), name, context.names());
            String text = named == context.names() ? null : insertion(c.getKey(), named, context.typed());
            if (text != null && !text.isBlank() && seen.add(text)) {
                out.add(new Suggestion(text, c.getValue(), c.getKey()));
            }
        }
    }

    /** Words a line starts with that are not a variable being named: the user typing "pri" is writing print. */
    private static final List<String> LINE_STARTERS = List.of("and", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "for", "from", "global", "if", "import", "lambda",
            "nonlocal", "not", "pass", "print", "raise", "return", "try", "while", "with", "yield", "display");

    /** What the editor would insert for a masked line, or null when it does not continue the typed text. */
    private String insertion(String masked, NotebookContext context) {
        return insertion(masked, context.names(), context.typed());
    }

    private String insertion(String masked, RealizationContext names, TypedLine typed) {
        String line;
        try {
            line = Specificalizer.realize(masked, templates.forLine(masked), names);
        } catch (RuntimeException unrealisable) {
            return null; // a generated masked line the rules cannot write out is not worth showing
        }
        if (line == null || line.isBlank() || line.strip().equals(typed.previous().strip())) {
            return null; // the line just written, again (df.head() after df.head()): no use as ghost text
        }
        return typed.insertion(line);
    }

    /**
     * The masked variable ({@code var3}) the typed text starts with: the user's variable of that name, or, while the
     * name is still being typed ({@code tes}), the one variable whose name starts with it; null when there is none.
     */
    private static String typedVariable(NotebookContext context) {
        String name = context.typed().leadingName();
        if (name == null) {
            return null;
        }
        boolean typingTheName = context.typed().text().length() == name.length();
        String prefixed = null;
        int matches = 0;
        for (Map.Entry<String, String> variable : context.names().variables().entrySet()) {
            if (variable.getValue().equals(name)) {
                return variable.getKey();
            }
            if (typingTheName && variable.getValue().startsWith(name)) {
                prefixed = variable.getKey();
                matches++;
            }
        }
        return matches == 1 ? prefixed : null;
    }
}
