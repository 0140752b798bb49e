package ai.stagesense.server.engines.packages;

import ai.stagesense.server.exec.Budget;
import java.util.List;

/**
 * Similar packages (issue 9): the engine is built by that issue from the shipped package index (manifest kind
 * {@code package-index}); until a server has one, the three endpoints answer 503 with the reason. Implementations
 * are thread-safe.
 */
public interface PackageEngine {

    /** Alternatives to a package, best first. @throws UnknownPackageException for a name the catalog lacks */
    List<PackageResult> similar(String name, int k, Budget budget) throws UnknownPackageException;

    /** Packages matching a free-text description ("fast dataframe library"), best first. */
    List<PackageResult> search(String query, int k, Budget budget);

    /**
     * Packages often used together with the imports, best first.
     *
     * @throws UnknownPackageException when none of the imports is in the catalog
     */
    List<PackageResult> recommend(List<String> imports, int k, Budget budget) throws UnknownPackageException;
}
