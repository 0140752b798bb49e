package ai.stagesense.lsp;

import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.packages.PackageResult;
import ai.stagesense.server.engines.packages.SimilarAnswer;
import ai.stagesense.server.engines.packages.UnknownPackageException;
import ai.stagesense.server.exec.Budget;
import java.util.List;

/** One package's {@link PackageInfo} from the package engine's similar-packages answer, split by relation. */
final class EnginePackages {

    private EnginePackages() {
    }

    /** @return null for a package the catalog does not know (the hover stays silent) */
    static PackageInfo lookup(PackageEngine engine, String name, int k, Budget budget) {
        SimilarAnswer answer;
        try {
            answer = engine.similar(name, k, budget);
        } catch (UnknownPackageException e) {
            return null;
        }
        return new PackageInfo(answer.name(), answer.summary(), entries(answer.results(), "alternative"),
                entries(answer.results(), "extension"), entries(answer.results(), "used_with"));
    }

    private static List<PackageInfo.Entry> entries(List<PackageResult> results, String relation) {
        return results.stream().filter(r -> r.relation().equals(relation))
                .map(r -> new PackageInfo.Entry(r.name(), r.score(), r.summary(), r.reasons())).toList();
    }
}
