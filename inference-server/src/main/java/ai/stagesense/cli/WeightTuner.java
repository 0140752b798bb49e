package ai.stagesense.cli;

import ai.stagesense.packages.PackageHit;
import ai.stagesense.packages.PackageSearch;
import ai.stagesense.packages.RankWeights;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the reranker's weights by grid search on the tuning half of the evaluation groups: best normalised
 * precision@10 of the alternatives list, MRR breaking ties. The grid is small on purpose — four weights and about
 * 150 queries cannot support a finer search without fitting the groups themselves.
 */
final class WeightTuner {

    private static final double[] BM25 = {0.25, 0.5, 1.0};
    private static final double[] TEXT = {0, 0.25, 0.5};
    private static final double[] GRAPH = {0, 0.25, 0.5};
    private static final double[] POPULARITY = {2.0, 4.0, 8.0, 16.0};
    static final int K = 10;

    record Result(RankWeights weights, double precision, double mrr, int queries) {
    }

    private WeightTuner() {
    }

    static Result tune(PackageSearch search, AlternativeGroups groups, PrintStream log) {
        List<AlternativeGroups.Query> queries = new ArrayList<>();
        for (AlternativeGroups.Query q : groups.queries()) {
            if (q.tuning() && search.index().get(q.name()) != null) {
                queries.add(q);
            }
        }
        Result best = null;
        for (double b : BM25) {
            for (double t : TEXT) {
                for (double g : GRAPH) {
                    for (double p : POPULARITY) {
                        RankWeights weights = new RankWeights(b, t, g, p);
                        RankingMetrics metrics = evaluate(search.withWeights(weights), queries);
                        Result r = new Result(weights, metrics.precision(), metrics.mrr(), metrics.queries());
                        if (best == null || r.precision() > best.precision()
                                || r.precision() == best.precision() && r.mrr() > best.mrr()) {
                            best = r;
                        }
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "weights tuned on %d queries: %s (P@10 %.3f, MRR %.3f)%n", best.queries(),
                best.weights(), best.precision(), best.mrr());
        return best;
    }

    static RankingMetrics evaluate(PackageSearch search, List<AlternativeGroups.Query> queries) {
        RankingMetrics metrics = new RankingMetrics(K);
        for (AlternativeGroups.Query q : queries) {
            metrics.add(names(search.similar(q.name(), K).alternatives()), q.relevant());
        }
        return metrics;
    }

    static List<String> names(List<PackageHit> hits) {
        return hits.stream().map(PackageHit::name).toList();
    }
}
