package ai.stagesense.packages;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "packages like X": three separately ranked lists, because a user asking for alternatives to
 * requests wants httpx, not requests-oauthlib, and neither of them is what requests is usually imported with.
 *
 * @param query      what the client asked for
 * @param name       the catalog name it resolved to ({@code sklearn} → scikit-learn)
 * @param resolvedBy how it was resolved (a server may say "showing results for pandas" after a typo)
 */
public record SimilarPackages(String query, String name, NameResolver.Method resolvedBy,
                              List<PackageHit> alternatives, List<PackageHit> extensions, List<PackageHit> usedWith) {

    public SimilarPackages {
        alternatives = List.copyOf(alternatives);
        extensions = List.copyOf(extensions);
        usedWith = List.copyOf(usedWith);
    }

    /** The API's flat {@code results}: alternatives first, then extensions, then often-used-with (docs/packages.md). */
    public List<PackageHit> results() {
        List<PackageHit> out = new ArrayList<>(alternatives);
        out.addAll(extensions);
        out.addAll(usedWith);
        return out;
    }
}
