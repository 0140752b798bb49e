package ai.stagesense.intellij.core.api;

import java.util.List;

/** One package of a similar / search / recommend answer, with the reasons the engine gives for it. */
public record PackageResult(String name, double score, String summary, List<String> reasons) {

    public PackageResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
