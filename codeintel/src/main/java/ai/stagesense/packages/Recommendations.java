package ai.stagesense.packages;

import java.util.List;
import java.util.Map;

/**
 * Packages often imported together with a notebook's imports.
 *
 * @param resolved   each import that named a catalog package → that package
 * @param unresolved imports that are neither the standard library nor a catalog package (local modules, typos)
 */
public record Recommendations(Map<String, String> resolved, List<String> unresolved, List<PackageHit> results) {

    public Recommendations {
        resolved = Map.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
        results = List.copyOf(results);
    }
}
