package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.masking.LineAbstraction;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The n-gram table of docs/models.md ({@code ngram.json.gz}): the most frequent next masked lines after the previous
 * lines, through levels of backoff, each level's relative frequencies discounted by a further {@link #BACKOFF}
 * ("stupid backoff"), so that the last level still suggests something for any context. A line keeps the score of
 * the first level that knows it.
 *
 * <p>The stage-aware table (the research's baseline) counts lines after the stage and the two previous masked lines
 * and backs off to (stage, previous line), then to the stage alone. The stage-less table that the server asks
 * ({@link #ignoringStage()}) has its own levels in the file when training wrote them: the previous lines as they
 * are, without variable numbers, and as the APIs they call ({@link LineAbstraction}), two lines then one, then none;
 * without them, it is the stage-aware counts summed over stages.
 */
public final class NgramTable {

    public static final double BACKOFF = 0.4;
    static final String START = "<s>";
    /** The stage key of a table that ignores the stage ({@link #ignoringStage()}). */
    static final String ANY_STAGE = "*";

    /** A next masked line and its (discounted) relative frequency. */
    public record Entry(String masked, double score) {
    }

    private final int order;
    private final boolean stageless;
    /** The stage-aware counts after the full context (the stage and {@code order - 1} masked lines). */
    private final Map<String, Map<String, Long>> counts;
    /** The stage-less table's levels as the file gives them, or null to sum the stage-aware counts instead. */
    private final List<NgramLevel> stageLessLevels;
    /**
     * Ranked on first use: the server serves the stage-less table ({@link #ignoringStage()}, ranked at once), and
     * ranking the stage-aware one too, which only the evaluation asks, doubled the cold start's n-gram time.
     */
    private volatile List<NgramLevel> levels;

    NgramTable(int order, Map<String, Map<String, Long>> counts, boolean stageless, List<NgramLevel> stageLessLevels) {
        this.order = order;
        this.stageless = stageless;
        this.counts = counts;
        this.stageLessLevels = stageLessLevels;
    }

    /** @throws IllegalArgumentException when the JSON is not an n-gram table */
    public static NgramTable parse(String json) {
        try {
            return parse(new StringReader(json));
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException when the JSON is not an n-gram table
     * @throws UncheckedIOException     when it cannot be read (malformed JSON included)
     */
    public static NgramTable parse(Reader json) {
        try {
            return NgramTableReader.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<NgramLevel> levels() {
        List<NgramLevel> ranked = levels;
        if (ranked == null) {
            synchronized (this) {
                ranked = levels;
                if (ranked == null) {
                    ranked = stageless && stageLessLevels != null ? stageLessLevels : summedLevels();
                    levels = ranked;
                }
            }
        }
        return ranked;
    }

    /** The full context's counts, then (stage, previous line) and the stage alone, summed from them. */
    private List<NgramLevel> summedLevels() {
        Map<String, Map<String, Long>> previousCounts = new HashMap<>();
        Map<String, Map<String, Long>> stageCounts = new HashMap<>();
        counts.forEach((key, next) -> {
            String[] parts = key.split("\t", -1);
            String stage = parts[0];
            String previous = parts.length > 1 ? parts[parts.length - 1] : START;
            next.forEach((line, n) -> {
                previousCounts.computeIfAbsent(stage + "\t" + previous, k -> new HashMap<>())
                        .merge(line, n, Long::sum);
                stageCounts.computeIfAbsent(stage, k -> new HashMap<>()).merge(line, n, Long::sum);
            });
        });
        return List.of(new CountedLevel(LineAbstraction.LINES, order - 1, counts),
                new CountedLevel(LineAbstraction.LINES, Math.min(1, order - 1), previousCounts),
                new CountedLevel(LineAbstraction.LINES, 0, stageCounts));
    }

    /**
     * The stage-less table (the served one, and the evaluation's stage-less baseline): the file's own levels, or
     * the counts of one context under different stages summed; {@link #next} answers alike for every stage.
     */
    public NgramTable ignoringStage() {
        if (stageless) {
            return this;
        }
        Map<String, Map<String, Long>> merged = new HashMap<>();
        if (stageLessLevels == null) {
            counts.forEach((key, next) -> {
                int tab = key.indexOf('\t');
                String context = tab < 0 ? "" : key.substring(tab);
                next.forEach((line, n) -> merged.computeIfAbsent(ANY_STAGE + context, k -> new HashMap<>())
                        .merge(line, n, Long::sum));
            });
        }
        NgramTable table = new NgramTable(order, merged, true, stageLessLevels);
        table.levels(); // ranked now, at load, not on the first request
        return table;
    }

    /** The previous {@code order - 1} entries, {@code <s>} before the first. */
    private List<String> previous(List<String> entries) {
        List<String> previous = new ArrayList<>();
        for (int i = 0; i < order - 1; i++) {
            int index = entries.size() - (order - 1) + i;
            previous.add(index >= 0 ? entries.get(index) : START);
        }
        return previous;
    }

    /**
     * Whether the table's first level counted lines after exactly these previous entries (no backoff), for a
     * stage id and the context entries (oldest first).
     */
    public boolean knowsContext(String stage, List<String> entries) {
        return levels().get(0).lookup(stageless ? ANY_STAGE : stage, previous(entries)) != null;
    }

    /** The best {@code k} next lines for a stage id and the context entries (oldest first). */
    public List<Entry> next(String stage, List<String> entries, int k) {
        String key = stageless ? ANY_STAGE : stage;
        List<String> previous = previous(entries);
        Map<String, Double> scores = new LinkedHashMap<>();
        List<NgramLevel.Next> found = new ArrayList<>();
        double weight = 1.0;
        for (NgramLevel level : levels()) {
            NgramLevel.Next next = level.lookup(key, previous);
            if (next != null) {
                add(scores, next, weight, k, found);
                found.add(next);
            }
            weight *= BACKOFF;
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Of a level's lines that no more specific level knows, only the first {@code k} can reach the overall top
     * {@code k}: any later one is outranked by those k.
     */
    private static void add(Map<String, Double> scores, NgramLevel.Next next, double weight, int k,
                            List<NgramLevel.Next> specific) {
        if (next.total() == 0) {
            return;
        }
        int added = 0;
        for (int i = 0; i < next.size() && added < k; i++) {
            String line = next.line(i);
            if (!knows(specific, line)) {
                scores.put(line, weight * next.count(i) / next.total());
                added++;
            }
        }
    }

    private static boolean knows(List<NgramLevel.Next> levels, String line) {
        for (NgramLevel.Next level : levels) {
            if (level.contains(line)) {
                return true;
            }
        }
        return false;
    }
}
