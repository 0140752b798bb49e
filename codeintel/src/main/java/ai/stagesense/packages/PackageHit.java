package ai.stagesense.packages;

import java.util.List;

/**
 * One package of an answer: the API's {@code {"name", "score", "summary", "relation", "reasons"}}. Scores are
 * comparable within one list of one answer only.
 */
public record PackageHit(String name, double score, String summary, Relation relation, List<String> reasons) {

    public PackageHit {
        reasons = List.copyOf(reasons);
    }
}
