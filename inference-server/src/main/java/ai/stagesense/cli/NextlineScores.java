package ai.stagesense.cli;

import ai.stagesense.codeintel.masking.ApiName;
import ai.stagesense.server.engines.completion.Suggestion;
import java.util.List;
import java.util.Objects;

/**
 * The next-line metrics of one method over a set of pairs. For each pair the method's suggestions (best first) are
 * compared with the real next line: API@1/@3 (the called API, {@link ApiName}, equals the real line's; only pairs
 * whose real line calls something count), masked exact match@1/@3, and the edit similarity of the first suggestion's
 * realised text with the real line (0 when there is no suggestion). Not thread-safe: one per worker, then
 * {@link #add(NextlineScores)}.
 */
final class NextlineScores {

    private int pairs;
    private int withApi;
    private int api1;
    private int api3;
    private int exact1;
    private int exact3;
    private int answered;
    private double editSimilarity;
    /** Edit similarity summed over the pairs whose first suggestion is the right masked line: realisation alone. */
    private double realisedRight;
    private long nanos;

    void add(List<Suggestion> suggestions, String target, String concrete, long elapsedNanos) {
        pairs++;
        nanos += elapsedNanos;
        List<Suggestion> top3 = suggestions.subList(0, Math.min(3, suggestions.size()));
        String api = ApiName.of(target);
        if (api != null) {
            withApi++;
            for (int i = 0; i < top3.size(); i++) {
                if (api.equals(ApiName.of(top3.get(i).masked()))) {
                    api1 += i == 0 ? 1 : 0;
                    api3++;
                    break;
                }
            }
        }
        for (int i = 0; i < top3.size(); i++) {
            if (Objects.equals(target, top3.get(i).masked())) {
                exact1 += i == 0 ? 1 : 0;
                exact3++;
                break;
            }
        }
        if (!top3.isEmpty()) {
            answered++;
            double similarity = EditSimilarity.of(top3.get(0).text(), concrete);
            editSimilarity += similarity;
            if (Objects.equals(target, top3.get(0).masked())) {
                realisedRight += similarity;
            }
        }
    }

    void add(NextlineScores other) {
        pairs += other.pairs;
        withApi += other.withApi;
        api1 += other.api1;
        api3 += other.api3;
        exact1 += other.exact1;
        exact3 += other.exact3;
        answered += other.answered;
        editSimilarity += other.editSimilarity;
        realisedRight += other.realisedRight;
        nanos += other.nanos;
    }

    int pairs() {
        return pairs;
    }

    int withApi() {
        return withApi;
    }

    double api1() {
        return ratio(api1, withApi);
    }

    double api3() {
        return ratio(api3, withApi);
    }

    double exact1() {
        return ratio(exact1, pairs);
    }

    double exact3() {
        return ratio(exact3, pairs);
    }

    double editSimilarity() {
        return pairs == 0 ? 0 : editSimilarity / pairs;
    }

    /** Edit similarity over the pairs whose first suggestion is the right masked line (0 when there are none). */
    double editSimilarityWhenRight() {
        return exact1 == 0 ? 0 : realisedRight / exact1;
    }

    /** Pairs with at least one suggestion. */
    double coverage() {
        return ratio(answered, pairs);
    }

    double millisPerPair() {
        return pairs == 0 ? 0 : nanos / 1e6 / pairs;
    }

    private static double ratio(int hits, int n) {
        return n == 0 ? 0 : (double) hits / n;
    }
}
