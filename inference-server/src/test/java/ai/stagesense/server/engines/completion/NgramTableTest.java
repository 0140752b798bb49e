package ai.stagesense.server.engines.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Strings: 0 "<s>", 1 "var3=pandas.read_csv", 2 "var=pandas.read_csv", 3 "var.head", 4 "var.describe",
     *  5 "pandas.read_csv", 6 "var3.info", 7 "var0.shape". */
    private static final String STAGE_LESS = "{\"order\": 3, \"counts\": {\"load\\t<s>\\t<s>\": {\"x\": 1}},"
            + "\"stage_less\": {\"strings\": [\"<s>\", \"var3=pandas.read_csv\", \"var=pandas.read_csv\", "
            + "\"var.head\", \"var.describe\", \"pandas.read_csv\", \"var3.info\", \"var0.shape\"],"
            + "\"levels\": ["
            + level("lines", 2, "0, 1", "2", "1", "3", "2") + ","
            + level("variables", 2, "0, 2", "4", "2", "3, 6", "1, 3") + ","
            + level("apis", 1, "5", "1", "1", "4", "1") + ","
            + level("lines", 0, "", "10", "2", "7, 3", "4, 1") + "]}}";

    private static String level(String view, int previous, String contexts, String totals, String sizes,
                                String lines, String counts) {
        return "{\"context\": \"" + view + "\", \"previous\": " + previous + ", \"contexts\": [" + contexts
                + "], \"totals\": [" + totals + "], \"sizes\": [" + sizes + "], \"lines\": [" + lines
                + "], \"counts\": [" + counts + "]}";
    }

    @Test
    void theServedTableBacksOffThroughItsOwnLevelsFromLinesToVariablesToApis() {
        NgramTable table = NgramTable.parse(STAGE_LESS).ignoringStage();
        List<NgramTable.Entry> exact = table.next("load", List.of("var3=pandas.read_csv"), 5);
        assertEquals("var.head", exact.get(0).masked(), "the masked context itself was counted");
        assertEquals(1.0, exact.get(0).score(), 1e-12);
        assertEquals("var3.info", exact.get(1).masked(), "then its variables view");
        assertEquals(NgramTable.BACKOFF * 3 / 4, exact.get(1).score(), 1e-12);
        assertTrue(table.knowsContext("train", List.of("var3=pandas.read_csv")));

        List<NgramTable.Entry> renamed = table.next("load", List.of("var7=pandas.read_csv"), 5);
        assertFalse(table.knowsContext("load", List.of("var7=pandas.read_csv")), "not as masked");
        assertEquals(List.of("var3.info", "var.describe", "var.head", "var0.shape"),
                renamed.stream().map(NgramTable.Entry::masked).toList(),
                "other variable numbers: the variables view, the API read_csv and no context, merged by score");
        assertEquals(NgramTable.BACKOFF * NgramTable.BACKOFF * 1.0, renamed.get(1).score(), 1e-12);
        assertEquals(NgramTable.BACKOFF * 1 / 4, renamed.get(2).score(), 1e-12);
        assertEquals(Math.pow(NgramTable.BACKOFF, 3) * 4 / 10, renamed.get(3).score(), 1e-12,
                "relative to the context's total, lines the file left out included");

        List<NgramTable.Entry> assigned = table.next("load", List.of("<s>", "var9=var2.pipe(pandas.read_csv)"), 2);
        assertEquals(List.of("var0.shape", "var.head"), assigned.stream().map(NgramTable.Entry::masked).toList(),
                "an unknown API falls through to the last level");
    }

    @Test
    void theStageAwareTableIsTheCountsAlone() {
        NgramTable table = NgramTable.parse(STAGE_LESS);
        assertEquals(List.of("x"), table.next("load", List.of(), 3).stream().map(NgramTable.Entry::masked).toList());
    }

    @Test
    void linesAreRankedAndContextsSortedWhenTheFileDoesNot() {
        String unsorted = STAGE_LESS.replace(level("variables", 2, "0, 2", "4", "2", "3, 6", "1, 3"),
                level("variables", 2, "0, 4, 0, 2", "1, 4", "1, 2", "7, 3, 6", "1, 1, 3"));
        NgramTable table = NgramTable.parse(unsorted).ignoringStage();
        assertEquals(List.of("var3.info", "var.describe", "var.head", "var0.shape"),
                table.next("load", List.of("var7=pandas.read_csv"), 4).stream().map(NgramTable.Entry::masked).toList());
    }

    @Test
    void malformedStageLessLevelsAreRejected() {
        String unknownView = STAGE_LESS.replace("\"apis\"", "\"tokens\"");
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(unknownView));
        String tooLong = STAGE_LESS.replace("\"previous\": 1", "\"previous\": 3");
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(tooLong));
        String noLevels = "{\"order\": 3, \"counts\": {}, \"stage_less\": {\"strings\": [], \"levels\": []}}";
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(noLevels));
        String outside = STAGE_LESS.replace("\"lines\": [7, 3]", "\"lines\": [8, 3]");
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(outside));
        String sizes = STAGE_LESS.replace("\"sizes\": [2], \"lines\": [7, 3]", "\"sizes\": [3], \"lines\": [7, 3]");
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(sizes));
        String twice = STAGE_LESS.replace(level("apis", 1, "5", "1", "1", "4", "1"),
                level("apis", 1, "5, 5", "1, 1", "1, 1", "4, 4", "1, 1"));
        assertThrows(IllegalArgumentException.class, () -> NgramTable.parse(twice));
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
