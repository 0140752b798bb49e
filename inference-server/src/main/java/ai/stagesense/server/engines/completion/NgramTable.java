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
 */
public final class NgramTable {

    public static final double BACKOFF = 0.4;
    static final String START = "<s>";

    /** A next masked line and its (discounted) relative frequency. */
    public record Entry(String masked, double score) {
    }

    private final int order;
    private final Map<String, Map<String, Long>> full;
    private final Map<String, Map<String, Long>> byPrevious = new HashMap<>();
    private final Map<String, Map<String, Long>> byStage = new HashMap<>();

    private NgramTable(int order, Map<String, Map<String, Long>> full) {
        this.order = order;
        this.full = full;
        full.forEach((key, counts) -> {
            String[] parts = key.split("\t", -1);
            String stage = parts[0];
            String previous = parts.length > 1 ? parts[parts.length - 1] : START;
            counts.forEach((line, n) -> {
                byPrevious.computeIfAbsent(stage + "\t" + previous, k -> new HashMap<>()).merge(line, n, Long::sum);
                byStage.computeIfAbsent(stage, k -> new HashMap<>()).merge(line, n, Long::sum);
            });
        });
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
        return new NgramTable(order, full);
    }

    /** The best {@code k} next lines for a stage id and the context entries (oldest first). */
    public List<Entry> next(String stage, List<String> entries, int k) {
        List<String> previous = new ArrayList<>();
        for (int i = 0; i < order - 1; i++) {
            int index = entries.size() - (order - 1) + i;
            previous.add(index >= 0 ? entries.get(index) : START);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        add(scores, full.get(stage + "\t" + String.join("\t", previous)), 1.0);
        String last = previous.isEmpty() ? START : previous.get(previous.size() - 1);
        add(scores, byPrevious.get(stage + "\t" + last), BACKOFF);
        add(scores, byStage.get(stage), BACKOFF * BACKOFF);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** A line keeps the score of the most specific level that knows it. */
    private static void add(Map<String, Double> scores, Map<String, Long> counts, double weight) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        double total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((line, n) -> scores.putIfAbsent(line, weight * n / total));
    }
}
