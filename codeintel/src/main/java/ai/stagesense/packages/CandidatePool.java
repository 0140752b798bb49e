package ai.stagesense.packages;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The over-fetched candidates of one query (document ids) with their BM25 scores, before reranking. */
final class CandidatePool {

    private final Set<Integer> docs = new LinkedHashSet<>();
    private final Map<Integer, Float> bm25 = new HashMap<>();
    private float bestBm25;

    void add(int doc) {
        docs.add(doc);
    }

    void bm25(int doc, float score) {
        bm25.put(doc, score);
        bestBm25 = Math.max(bestBm25, score);
    }

    boolean hasBm25(int doc) {
        return bm25.containsKey(doc);
    }

    Set<Integer> docs() {
        return docs;
    }

    /** BM25 divided by the best BM25 score among the candidates: [0, 1], comparable across queries. */
    double bm25Normalised(int doc) {
        return bestBm25 <= 0 ? 0 : bm25.getOrDefault(doc, 0f) / bestBm25;
    }
}
