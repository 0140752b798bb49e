package ai.stagesense.server.engines.completion;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The n-gram table of docs/models.md ({@code ngram.json}): the most frequent next masked lines given the stage and
 * the previous two context entries. Unseen contexts back off to (stage, previous entry), then to the stage alone,
 * each level's relative frequencies discounted by {@link #BACKOFF} ("stupid backoff"), so that the fallback still
 * suggests something for any context.
 *
 * <p>Every context's lines are ranked once at load: the backed-off levels hold thousands of lines per stage, and
 * sorting them on every request cost more than the rest of a suggestion.
 */
public final class NgramTable {

    public static final double BACKOFF = 0.4;
    static final String START = "<s>";
    /** The stage key of a table that ignores the stage ({@link #ignoringStage()}). */
    static final String ANY_STAGE = "*";

    /** A next masked line and its (discounted) relative frequency. */
    public record Entry(String masked, double score) {
    }

    /** One context's next lines, most frequent first (ties by line), with their counts and total. */
    private record Ranked(List<String> lines, long[] counts, long total, Map<String, Long> index) {

        static Ranked of(Map<String, Long> counts) {
            List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            long[] n = new long[sorted.size()];
            List<String> lines = new ArrayList<>(sorted.size());
            long total = 0;
            for (int i = 0; i < n.length; i++) {
                lines.add(sorted.get(i).getKey());
                n[i] = sorted.get(i).getValue();
                total += n[i];
            }
            return new Ranked(List.copyOf(lines), n, total, counts);
        }
    }

    /** The three backoff levels, each context's lines ranked. */
    private record Levels(Map<String, Ranked> full, Map<String, Ranked> byPrevious, Map<String, Ranked> byStage) {

        static Levels of(Map<String, Map<String, Long>> counts) {
            Map<String, Ranked> full = new HashMap<>();
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
                full.put(key, Ranked.of(next));
            });
            Map<String, Ranked> byPrevious = new HashMap<>();
            Map<String, Ranked> byStage = new HashMap<>();
            previousCounts.forEach((key, next) -> byPrevious.put(key, Ranked.of(next)));
            stageCounts.forEach((key, next) -> byStage.put(key, Ranked.of(next)));
            return new Levels(full, byPrevious, byStage);
        }
    }

    private final int order;
    private final boolean stageless;
    private final Map<String, Map<String, Long>> counts;
    /**
     * Ranked on first use: the server serves the stage-less table ({@link #ignoringStage()}, ranked at once), and
     * ranking the stage-aware one too, which only the evaluation asks, doubled the cold start's n-gram time.
     */
    private volatile Levels levels;

    private NgramTable(int order, Map<String, Map<String, Long>> counts, boolean stageless) {
        this.order = order;
        this.stageless = stageless;
        this.counts = counts;
    }

    private Levels levels() {
        Levels ranked = levels;
        if (ranked == null) {
            synchronized (this) {
                ranked = levels;
                if (ranked == null) {
                    ranked = Levels.of(counts);
                    levels = ranked;
                }
            }
        }
        return ranked;
    }

    /** @throws IllegalArgumentException when the JSON is not an n-gram table */
    public static NgramTable parse(String json) {
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        int order = root.has("order") ? root.get("order").getAsInt() : 3;
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1, not " + order);
        }
        Map<String, Map<String, Long>> full = new HashMap<>();
        for (Map.Entry<String, JsonElement> context : root.getAsJsonObject("counts").entrySet()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> next : context.getValue().getAsJsonObject().entrySet()) {
                counts.put(next.getKey(), next.getValue().getAsLong());
            }
            full.put(context.getKey(), counts);
        }
        return new NgramTable(order, full, false);
    }

    /**
     * The same counts with the stage dropped from every context (the stage-less baseline of the evaluation): counts
     * of one context under different stages are summed, and {@link #next} answers alike for every stage.
     */
    public NgramTable ignoringStage() {
        if (stageless) {
            return this;
        }
        Map<String, Map<String, Long>> merged = new HashMap<>();
        counts.forEach((key, next) -> {
            int tab = key.indexOf('\t');
            String context = tab < 0 ? "" : key.substring(tab);
            next.forEach((line, n) -> merged.computeIfAbsent(ANY_STAGE + context, k -> new HashMap<>())
                    .merge(line, n, Long::sum));
        });
        NgramTable table = new NgramTable(order, merged, true);
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
     * Whether the table counted lines after exactly these previous entries (the full context, no backoff), for a
     * stage id and the context entries (oldest first).
     */
    public boolean knowsContext(String stage, List<String> entries) {
        String key = stageless ? ANY_STAGE : stage;
        return levels().full().containsKey(key + "\t" + String.join("\t", previous(entries)));
    }

    /** The best {@code k} next lines for a stage id and the context entries (oldest first). */
    public List<Entry> next(String stage, List<String> entries, int k) {
        String key = stageless ? ANY_STAGE : stage;
        List<String> previous = previous(entries);
        Map<String, Double> scores = new LinkedHashMap<>();
        String last = previous.isEmpty() ? START : previous.get(previous.size() - 1);
        Levels ranked = levels();
        Ranked context = ranked.full().get(key + "\t" + String.join("\t", previous));
        Ranked afterLast = ranked.byPrevious().get(key + "\t" + last);
        add(scores, context, 1.0, k);
        add(scores, afterLast, BACKOFF, k, context);
        add(scores, ranked.byStage().get(key), BACKOFF * BACKOFF, k, context, afterLast);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * A line keeps the score of the most specific level that knows it, so a line of a more specific level is never
     * scored here. Of the others only the level's first {@code k} can reach the overall top {@code k}: any later one
     * is outranked by those k.
     */
    private static void add(Map<String, Double> scores, Ranked ranked, double weight, int k, Ranked... specific) {
        if (ranked == null || ranked.total() == 0) {
            return;
        }
        int added = 0;
        for (int i = 0; i < ranked.lines().size() && added < k; i++) {
            String line = ranked.lines().get(i);
            if (!knows(specific, line)) {
                scores.put(line, weight * ranked.counts()[i] / ranked.total());
                added++;
            }
        }
    }

    private static boolean knows(Ranked[] levels, String line) {
        for (Ranked level : levels) {
            if (level != null && level.index().containsKey(line)) {
                return true;
            }
        }
        return false;
    }
}
