package ai.stagesense.packages;

import java.util.List;

/**
 * A package as the engine holds it in memory after opening the index: every stored fact, so answering a query
 * touches Lucene only for BM25 and KNN, never for stored fields.
 *
 * @param terms  the analysed terms of its name and summary (BM25 "more like this" queries, "matching terms"),
 *               computed once when the index is opened
 * @param vector the joint vector, or null for a package without text or graph information
 */
public record PackageRecord(int docId, String name, String summary, String homepage, String maintainer, int rank,
                            List<String> dependencies, List<CoImports.Partner> partners, int notebooks,
                            float[] vector, boolean hasGraph, List<String> terms) {

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
