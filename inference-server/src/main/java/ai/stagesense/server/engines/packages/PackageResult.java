package ai.stagesense.server.engines.packages;

import java.util.List;

/**
 * One package of an answer. {@code relation} labels which list it belongs to — {@code alternative} (same job,
 * another project), {@code extension} (a plugin or wrapper of the query, or depending on it), {@code used_with}
 * (imported by the same notebooks) or {@code match} (a free-text search hit) — so a client can show the lists apart.
 */
public record PackageResult(String name, double score, String summary, String relation, List<String> reasons) {

    public PackageResult {
        reasons = List.copyOf(reasons);
    }
}
