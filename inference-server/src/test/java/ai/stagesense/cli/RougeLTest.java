package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RougeLTest {

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void prefixHasFullPrecisionPartialRecall() {
        // LCS 3: precision 1, recall 3/5
        assertEquals(0.75, RougeL.f1(words("return the value"), words("return the value of x")), 1e-12);
    }

    @Test
    void subsequenceNeedNotBeContiguous() {
        assertEquals(3, RougeL.lcs(words("a b c d"), words("a x c y d")));
        assertEquals(2 * 0.75 * 0.6 / 1.35, RougeL.f1(words("a b c d"), words("a x c y d")), 1e-12);
    }

    @Test
    void emptyOrDisjointScoresZero() {
        assertEquals(0.0, RougeL.f1(List.of(), words("a b")));
        assertEquals(0.0, RougeL.f1(words("a b"), words("c d")));
        assertEquals(1.0, RougeL.f1(words("a b"), words("a b")), 1e-12);
    }
}
