package ai.stagesense.cli;

import java.util.List;
import java.util.Set;

/**
 * precision@k normalised by what a perfect list could reach (hits / min(k, relevant)), recall@k and MRR, averaged
 * over queries — the measures of the research's table.
 */
final class RankingMetrics {

    private final int k;
    private double precision;
    private double recall;
    private double reciprocalRank;
    private int queries;

    RankingMetrics(int k) {
        this.k = k;
    }

    void add(List<String> ranked, Set<String> relevant) {
        queries++;
        if (relevant.isEmpty()) {
            return;
        }
        int hits = 0;
        double firstHit = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
                if (firstHit == 0) {
                    firstHit = 1.0 / (i + 1);
                }
            }
        }
        precision += (double) hits / Math.min(k, relevant.size());
        recall += (double) hits / relevant.size();
        reciprocalRank += firstHit;
    }

    double precision() {
        return queries == 0 ? 0 : precision / queries;
    }

    double recall() {
        return queries == 0 ? 0 : recall / queries;
    }

    double mrr() {
        return queries == 0 ? 0 : reciprocalRank / queries;
    }

    int queries() {
        return queries;
    }
}
