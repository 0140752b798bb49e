package ai.stagesense.server.engines.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NgramTableTest {

    private static final String[] STAGES = {"load", "explore", "train"};
    private static final String[] LINES = {"a", "b", "c", "d", "e", "f", "g", "h", "<cell>"};

    @Test
    void theStagelessTableSumsEveryStagesCountsOfAContext() {
        NgramTable table = NgramTable.parse("{\"order\": 3, \"counts\": {"
                + "\"load\\ta\\tb\": {\"x\": 3, \"y\": 1},"
                + "\"explore\\ta\\tb\": {\"y\": 4},"
                + "\"train\\tc\\tb\": {\"z\": 10}}}");
        assertEquals("x", table.next("load", List.of("a", "b"), 3).get(0).masked(), "stage-aware");
        NgramTable stageless = table.ignoringStage();
        List<NgramTable.Entry> any = stageless.next("train", List.of("a", "b"), 3);
        assertEquals("y", any.get(0).masked(), "5 of 8 over both stages");
        assertEquals(5.0 / 8, any.get(0).score(), 1e-12);
        assertEquals("x", any.get(1).masked());
        assertEquals(3.0 / 8, any.get(1).score(), 1e-12);
        assertEquals("z", any.get(2).masked(), "backed off to the previous line 'b' of every stage");
        assertEquals(NgramTable.BACKOFF * 10 / 18, any.get(2).score(), 1e-12);
        assertEquals(any, stageless.next("imports", List.of("a", "b"), 3), "the stage asked for does not matter");
        assertSame(stageless, stageless.ignoringStage(), "already without stages");
    }

    /** The pre-ranked levels give exactly what scoring and sorting every line of every level gives. */
    @Test
    void rankedLevelsAgreeWithScoringEveryLine() {
        Random random = new Random(11);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        StringBuilder json = new StringBuilder("{\"order\": 3, \"counts\": {");
        for (int i = 0; i < 300; i++) {
            String key = STAGES[random.nextInt(STAGES.length)] + "\t" + pick(random) + "\t" + pick(random);
            Map<String, Long> next = counts.computeIfAbsent(key, k -> new LinkedHashMap<>());
            next.merge(pick(random), (long) (1 + random.nextInt(4)), Long::sum);
        }
        counts.forEach((key, next) -> {
            json.append('"').append(key.replace("\t", "\\t")).append("\": {");
            next.forEach((line, n) -> json.append('"').append(line).append("\": ").append(n).append(','));
            json.setLength(json.length() - 1);
            json.append("},");
        });
        json.setLength(json.length() - 1);
        json.append("}}");
        NgramTable table = NgramTable.parse(json.toString());
        for (int i = 0; i < 500; i++) {
            String stage = STAGES[random.nextInt(STAGES.length)];
            List<String> entries = new ArrayList<>();
            for (int j = random.nextInt(4); j > 0; j--) {
                entries.add(pick(random));
            }
            int k = 1 + random.nextInt(8);
            assertEquals(reference(counts, stage, entries, k), table.next(stage, entries, k), stage + entries + k);
        }
    }

    private static String pick(Random random) {
        return LINES[random.nextInt(LINES.length)];
    }

    /** Stupid backoff written out directly: every line of every level scored, then sorted. */
    private static List<NgramTable.Entry> reference(Map<String, Map<String, Long>> counts, String stage,
                                                    List<String> entries, int k) {
        String p1 = entries.size() >= 2 ? entries.get(entries.size() - 2) : NgramTable.START;
        String p2 = entries.isEmpty() ? NgramTable.START : entries.get(entries.size() - 1);
        Map<String, Long> previous = new HashMap<>();
        Map<String, Long> stageOnly = new HashMap<>();
        counts.forEach((key, next) -> {
            String[] parts = key.split("\t");
            if (parts[0].equals(stage)) {
                next.forEach((line, n) -> stageOnly.merge(line, n, Long::sum));
                if (parts[2].equals(p2)) {
                    next.forEach((line, n) -> previous.merge(line, n, Long::sum));
                }
            }
        });
        Map<String, Double> scores = new HashMap<>();
        score(scores, counts.get(stage + "\t" + p1 + "\t" + p2), 1.0);
        score(scores, previous, NgramTable.BACKOFF);
        score(scores, stageOnly, NgramTable.BACKOFF * NgramTable.BACKOFF);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(e -> new NgramTable.Entry(e.getKey(), e.getValue())).toList();
    }

    private static void score(Map<String, Double> scores, Map<String, Long> counts, double weight) {
        if (counts == null) {
            return;
        }
        double total = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((line, n) -> scores.putIfAbsent(line, weight * n / total));
    }
}
