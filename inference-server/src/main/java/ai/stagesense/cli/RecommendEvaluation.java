package ai.stagesense.cli;

import ai.stagesense.packages.ImportSequence;
import ai.stagesense.packages.PackageRecord;
import ai.stagesense.packages.PackageSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Often used with" judged on notebooks the co-import counts never saw (dev and test splits): hide one of a
 * notebook's packages, recommend from the others, and see whether the hidden one comes back in the top k. The
 * baseline recommends the packages most train notebooks import, whatever the notebook holds.
 */
final class RecommendEvaluation {

    record Result(int notebooks, int queries, double hitRate, double mrr, double popularityHitRate) {
    }

    private RecommendEvaluation() {
    }

    static Result run(PackageSearch search, List<ImportSequence> sequences, int k) {
        List<String> byPopularity = new ArrayList<>();
        for (PackageRecord r : search.index().all()) {
            if (r.notebooks() > 0) {
                byPopularity.add(r.name());
            }
        }
        byPopularity.sort(Comparator.comparingInt((String n) -> -search.index().get(n).notebooks())
                .thenComparing(n -> n));
        int notebooks = 0;
        RankingMetrics engine = new RankingMetrics(k);
        RankingMetrics baseline = new RankingMetrics(k);
        for (ImportSequence sequence : sequences) {
            if ("train".equals(sequence.split())) {
                continue;
            }
            Set<String> packages = new TreeSet<>();
            for (String module : sequence.imports()) {
                search.index().resolver().resolveImport(module).ifPresent(packages::add);
            }
            if (packages.size() < 2) {
                continue;
            }
            notebooks++;
            for (String hidden : packages) {
                List<String> rest = new ArrayList<>(packages);
                rest.remove(hidden);
                List<String> recommended = WeightTuner.names(search.recommend(rest, k).results());
                engine.add(recommended, Set.of(hidden));
                List<String> popular = byPopularity.stream().filter(n -> !rest.contains(n)).limit(k).toList();
                baseline.add(popular, Set.of(hidden));
            }
        }
        return new Result(notebooks, engine.queries(), engine.recall(), engine.mrr(), baseline.recall());
    }
}
