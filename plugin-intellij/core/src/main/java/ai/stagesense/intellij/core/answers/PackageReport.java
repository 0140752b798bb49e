package ai.stagesense.intellij.core.answers;

import ai.stagesense.intellij.core.api.PackageResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the "Similar Packages" tool window shows for a file's imports.
 *
 * @param imports       the imports asked about, in file order
 * @param oftenUsedWith packages often used together with the imports (recommend endpoint)
 * @param alternatives  per import that the catalog knows, its similar packages, in import order
 * @param notInCatalog  imports the server does not know (404), e.g. standard-library or local modules
 * @param problems      why a part is missing when the server could not answer it (503, timeouts), for the user
 */
public record PackageReport(
        List<String> imports,
        List<PackageResult> oftenUsedWith,
        Map<String, List<PackageResult>> alternatives,
        List<String> notInCatalog,
        List<String> problems) {

    public PackageReport {
        imports = List.copyOf(imports);
        oftenUsedWith = List.copyOf(oftenUsedWith);
        alternatives = Collections.unmodifiableMap(new LinkedHashMap<>(alternatives));
        notInCatalog = List.copyOf(notInCatalog);
        problems = List.copyOf(problems);
    }
}
