package ai.stagesense.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertEquals(0, EditDistance.bounded("pandas", "pandas", 2));
        assertEquals(1, EditDistance.bounded("pnadas", "pandas", 2), "adjacent swap");
        assertEquals(1, EditDistance.bounded("panda", "pandas", 2));
        assertEquals(1, EditDistance.bounded("pandaz", "pandas", 2));
        assertEquals(2, EditDistance.bounded("scikitlern", "scikit-learn", 2));
    }

    @Test
    void stopsAtTheLimit() {
        assertEquals(3, EditDistance.bounded("numpy", "requests", 2));
        assertEquals(2, EditDistance.bounded("abcdef", "ghijkl", 1));
        assertEquals(3, EditDistance.bounded("a", "abcdefgh", 2), "length difference alone exceeds the limit");
    }
}
