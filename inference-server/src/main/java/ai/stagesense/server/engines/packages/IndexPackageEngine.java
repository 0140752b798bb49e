package ai.stagesense.server.engines.packages;

import ai.stagesense.packages.NameResolver;
import ai.stagesense.packages.PackageHit;
import ai.stagesense.packages.PackageSearch;
import ai.stagesense.packages.Recommendations;
import ai.stagesense.packages.SimilarPackages;
import ai.stagesense.server.exec.Budget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The package engine over the shipped Lucene index (manifest kind {@code package-index}): codeintel's
 * {@link PackageSearch} does the retrieval and ranking; this class only maps its answers to the API's shapes.
 * A query takes a few milliseconds, so the budget is checked before it starts rather than inside Lucene.
 */
public final class IndexPackageEngine implements PackageEngine, AutoCloseable {

    private final PackageSearch search;

    public IndexPackageEngine(PackageSearch search) {
        this.search = search;
    }

    public static IndexPackageEngine open(Path directory) throws IOException {
        return new IndexPackageEngine(PackageSearch.open(directory));
    }

    /** How many packages the catalog holds (for /v1/models and startup messages). */
    public int catalogSize() {
        return search.index().size();
    }

    @Override
    public SimilarAnswer similar(String name, int k, Budget budget) throws UnknownPackageException {
        budget.check();
        try {
            SimilarPackages answer = search.similar(name, k);
            return new SimilarAnswer(answer.name(), wire(answer.resolvedBy()),
                    search.index().get(answer.name()).summary(), results(answer.results()));
        } catch (ai.stagesense.packages.UnknownPackageException e) {
            throw new UnknownPackageException(e.getMessage());
        }
    }

    @Override
    public List<PackageResult> search(String query, int k, Budget budget) {
        budget.check();
        return results(search.search(query, k));
    }

    @Override
    public RecommendAnswer recommend(List<String> imports, int k, Budget budget) throws UnknownPackageException {
        budget.check();
        try {
            Recommendations answer = search.recommend(imports, k);
            return new RecommendAnswer(answer.resolved(), answer.unresolved(), results(answer.results()));
        } catch (ai.stagesense.packages.UnknownPackageException e) {
            throw new UnknownPackageException(e.getMessage());
        }
    }

    private static List<PackageResult> results(List<PackageHit> hits) {
        return hits.stream().map(h -> new PackageResult(h.name(), h.score(), h.summary(), h.relation().wireName(),
                h.reasons())).toList();
    }

    private static String wire(NameResolver.Method method) {
        return method.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        search.close();
    }
}
