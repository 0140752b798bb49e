package ai.stagesense.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoImportsTest {

    private final NameResolver resolver = new NameResolver(Map.of("pandas", 1, "numpy", 2, "scikit-learn", 3,
            "matplotlib", 4), ImportNames.standard(), 10);

    @Test
    void countsNotebooksOfOneSplitWithResolvedDistinctPackages() {
        CoImports counts = CoImports.count(List.of(
                new ImportSequence("a", "train", List.of("pandas", "numpy", "sklearn.svm", "os", "utils")),
                new ImportSequence("b", "train", List.of("pandas", "numpy", "numpy")),
                new ImportSequence("c", "train", List.of("matplotlib", "numpy")),
                new ImportSequence("d", "dev", List.of("pandas", "matplotlib")),
                new ImportSequence("e", "train", List.of("os", "sys"))), resolver, "train");
        assertEquals(3, counts.notebooks(), "the dev notebook and one with only the standard library do not count");
        assertEquals(3, counts.notebooks("numpy"));
        assertEquals(2, counts.notebooks("pandas"));
        List<CoImports.Partner> partners = counts.partners("pandas", 10, 1);
        assertEquals("numpy", partners.get(0).name());
        assertEquals(2, partners.get(0).notebooks());
        assertEquals(2 / Math.sqrt(2 * 3), partners.get(0).association(), 1e-9);
        assertTrue(partners.stream().noneMatch(p -> p.name().equals("matplotlib")), "only met in a dev notebook");
        assertEquals(List.of("numpy"), counts.partners("pandas", 10, 2).stream().map(CoImports.Partner::name).toList());
    }
}
