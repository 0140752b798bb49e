package ai.stagesense.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetReportTest {

    @Test
    @SuppressWarnings("unchecked")
    void nestsCounterPathsAndKeepsAPrefixCounterAsTotal() {
        Counts c = new Counts().add("notebooks/skipped/not_json", 2).add("notebooks/skipped/binary")
                .add("cells/total", 5).add("a/b", 1).add("a/b/c", 3);
        Map<String, Object> nested = DatasetReport.nest(c.asMap());
        Map<String, Object> skipped = (Map<String, Object>) ((Map<String, Object>) nested.get("notebooks")).get("skipped");
        assertEquals(2L, skipped.get("not_json"));
        assertEquals(1L, skipped.get("binary"));
        assertEquals(5L, ((Map<String, Object>) nested.get("cells")).get("total"));
        Map<String, Object> b = (Map<String, Object>) ((Map<String, Object>) nested.get("a")).get("b");
        assertEquals(Map.of("total", 1L, "c", 3L), b);
    }

    @Test
    void countsMergeWithoutTouchingTheMergedCounter() {
        Counts a = new Counts().add("x", 1);
        Counts b = new Counts().add("x", 2).add("y");
        Counts sum = Counts.merge(Counts.merge(new Counts(), a), b);
        assertEquals(3, sum.get("x"));
        assertEquals(1, sum.get("y"));
        assertEquals(1, a.get("x"));
        assertEquals(4, sum.sum(""));
    }
}
