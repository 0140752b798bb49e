package ai.stagesense.packages;

/**
 * How the reranker mixes its signals into one score: relevance = BM25 (normalised by the best BM25 score of the
 * query) + text and graph cosine similarity (the halves of the joint vector), then scaled up by popularity. The
 * popularity factor multiplies rather than adds, so a popular package must first be relevant: added, it let
 * isort and jinja2 into the alternatives of pandas. Chosen by the index build on half of the evaluation groups
 * (package-index.json records them).
 */
public record RankWeights(double bm25, double text, double graph, double popularity) {

    public static final RankWeights DEFAULT = new RankWeights(0.5, 0.25, 0.25, 0.5);

    public double score(double bm25Normalised, double textCosine, double graphCosine, double popularityScore) {
        double relevance = bm25 * bm25Normalised + text * Math.max(0, textCosine) + graph * Math.max(0, graphCosine);
        return relevance * (1 + popularity * popularityScore);
    }
}
