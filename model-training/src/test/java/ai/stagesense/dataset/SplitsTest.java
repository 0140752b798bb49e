package ai.stagesense.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitsTest {

    @Test
    void bucketsMatchThePythonRecipeInTheJavadoc() {
        // int.from_bytes(hashlib.sha1(key.encode()).digest()[:8], "big") % 100
        assertEquals(71, Splits.bucket("notebooks/eda/titanic.ipynb"));
        assertEquals(96, Splits.bucket("numpy"));
        assertEquals(77, Splits.bucket("toypkg"));
        assertEquals(39, Splits.bucket("scikit-learn"));
        assertEquals(Splits.TEST, Splits.of("numpy"));
        assertEquals(Splits.TRAIN, Splits.of("toypkg"));
    }

    @Test
    void proportionsAreRoughlyEightyTenTen() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(Splits.of("notebook-" + i), 1, Integer::sum);
        }
        assertTrue(Math.abs(counts.get(Splits.TRAIN) - 16_000) < 400, counts.toString());
        assertTrue(Math.abs(counts.get(Splits.DEV) - 2_000) < 200, counts.toString());
        assertTrue(Math.abs(counts.get(Splits.TEST) - 2_000) < 200, counts.toString());
    }
}
