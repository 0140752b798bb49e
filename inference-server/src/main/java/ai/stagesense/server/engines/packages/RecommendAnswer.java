package ai.stagesense.server.engines.packages;

import java.util.List;
import java.util.Map;

/**
 * {@code /v1/packages/recommend}'s answer: which imports named which catalog package, the imports that are neither a
 * catalog package nor the standard library (local modules, typos), and the packages often used with the rest.
 */
public record RecommendAnswer(Map<String, String> resolved, List<String> unknown, List<PackageResult> results) {
}
