package ai.stagesense.server.engines.packages;

import ai.stagesense.server.exec.Budget;
import java.util.List;

/** Similar packages, package search and "often used with" recommendations. Implementations are thread-safe. */
public interface PackageEngine {

    /**
     * Alternatives to a package, then its extensions, then packages often used with it; each list at most k long.
     *
     * @throws UnknownPackageException for a name the catalog lacks, even after aliases and typo correction
     */
    SimilarAnswer similar(String name, int k, Budget budget) throws UnknownPackageException;

    /** Packages matching a free-text description ("fast dataframe library"), best first. */
    List<PackageResult> search(String query, int k, Budget budget);

    /**
     * Packages often used together with the imports, best first.
     *
     * @throws UnknownPackageException when none of the imports is a catalog package or the standard library
     */
    RecommendAnswer recommend(List<String> imports, int k, Budget budget) throws UnknownPackageException;
}
