package ai.stagesense.lsp;

import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.packages.PackageResult;
import ai.stagesense.server.engines.packages.UnknownPackageException;
import ai.stagesense.server.exec.Budget;
import java.util.List;
import java.util.Locale;

/**
 * One package's {@link PackageInfo} from the package engine: similar packages, packages recommended with it alone
 * (often used with it), and its own summary, which the engine only reports through search.
 */
final class EnginePackages {

    private EnginePackages() {
    }

    static PackageInfo lookup(PackageEngine engine, String name, int k, Budget budget) {
        List<PackageResult> similar;
        try {
            similar = engine.similar(name, k, budget);
        } catch (UnknownPackageException e) {
            return null;
        }
        List<PackageResult> usedWith;
        try {
            usedWith = engine.recommend(List.of(name), k, budget);
        } catch (UnknownPackageException e) {
            usedWith = List.of();
        }
        String summary = engine.search(name, 3, budget).stream()
                .filter(r -> normalized(r.name()).equals(normalized(name)))
                .map(PackageResult::summary).findFirst().orElse(null);
        return new PackageInfo(name, summary, entries(similar), entries(usedWith));
    }

    private static List<PackageInfo.Entry> entries(List<PackageResult> results) {
        return results.stream().map(r -> new PackageInfo.Entry(r.name(), r.score(), r.summary(),
                r.reasons() == null ? List.of() : r.reasons())).toList();
    }

    /** PEP 503 normalisation, so "Foo_Bar" finds "foo-bar". */
    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
