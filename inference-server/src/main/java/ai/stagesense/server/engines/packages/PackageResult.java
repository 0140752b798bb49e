package ai.stagesense.server.engines.packages;

import java.util.List;

/** One package of a similar / search / recommend answer, with the reasons it was chosen. */
public record PackageResult(String name, double score, String summary, List<String> reasons) {
}
