package ai.stagesense.packages;

import java.util.List;
import java.util.function.Supplier;

/**
 * A package as the engine holds it in memory after opening the index: every stored fact, so answering a query
 * touches Lucene only for BM25 and KNN, never for stored fields.
 *
 * @param analysedTerms the analysed terms of its name and summary, computed on first use: a query needs those of
 *                      its candidates only, and analysing the whole catalog was most of the server's cold start
 * @param vector        the joint vector, or null for a package without text or graph information
 */
public record PackageRecord(int docId, String name, String summary, String homepage, String maintainer, int rank,
                            List<String> dependencies, List<CoImports.Partner> partners, int notebooks,
                            float[] vector, boolean hasGraph, Supplier<List<String>> analysedTerms) {

    /** The analysed terms of its name and summary (BM25 "more like this" queries, "matching terms"). */
    public List<String> terms() {
        return analysedTerms.get();
    }

    public boolean dependsOn(String other) {
        return dependencies.contains(other);
    }

    public CoImports.Partner partner(String other) {
        for (CoImports.Partner p : partners) {
            if (p.name().equals(other)) {
                return p;
            }
        }
        return null;
    }
}
