package ai.stagesense.intellij.core.api;

import java.util.List;

/** The {@code {"results": [...]}} envelope of the package endpoints. */
public record PackageResults(List<PackageResult> results) {

    public PackageResults {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
