package ai.stagesense.intellij.core.api;

import java.util.List;

/**
 * One package of a similar / search / recommend answer, with the reasons the engine gives for it. {@code relation}
 * says which list it belongs to: {@code alternative}, {@code extension}, {@code used_with} or {@code match}.
 */
public record PackageResult(String name, double score, String summary, String relation, List<String> reasons) {

    public static final String ALTERNATIVE = "alternative";

    public PackageResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Does the same job as the package asked about (what the tool window lists as alternatives). */
    public boolean isAlternative() {
        return ALTERNATIVE.equals(relation);
    }
}
