package ai.stagesense.cli;

import ai.stagesense.server.engines.completion.Suggestion;
import java.util.List;

/**
 * Ghost-text metrics while the user types a line: after the first characters of the real statement are typed, is
 * the line the suggestion completes (the typed characters + its text) the real one? Exact@k compares with
 * whitespace runs as one space, as {@link EditSimilarity} does; the edit similarity is the first suggestion's
 * completed line against the real one, or the typed characters alone when nothing is suggested. Not thread-safe:
 * one per worker, then {@link #add(TypingScores)}.
 */
final class TypingScores {

    private int pairs;
    private int exact1;
    private int exact3;
    private int answered;
    private double editSimilarity;
    private long nanos;

    void add(List<Suggestion> suggestions, String typed, String concrete, long elapsedNanos) {
        pairs++;
        nanos += elapsedNanos;
        List<Suggestion> top3 = suggestions.subList(0, Math.min(3, suggestions.size()));
        for (int i = 0; i < top3.size(); i++) {
            if (EditSimilarity.of(typed + top3.get(i).text(), concrete) == 1.0) {
                exact1 += i == 0 ? 1 : 0;
                exact3++;
                break;
            }
        }
        answered += top3.isEmpty() ? 0 : 1;
        editSimilarity += EditSimilarity.of(top3.isEmpty() ? typed : typed + top3.get(0).text(), concrete);
    }

    void add(TypingScores other) {
        pairs += other.pairs;
        exact1 += other.exact1;
        exact3 += other.exact3;
        answered += other.answered;
        editSimilarity += other.editSimilarity;
        nanos += other.nanos;
    }

    int pairs() {
        return pairs;
    }

    double exact1() {
        return ratio(exact1);
    }

    double exact3() {
        return ratio(exact3);
    }

    double editSimilarity() {
        return pairs == 0 ? 0 : editSimilarity / pairs;
    }

    double answered() {
        return ratio(answered);
    }

    double millisPerPair() {
        return pairs == 0 ? 0 : nanos / 1e6 / pairs;
    }

    private double ratio(int hits) {
        return pairs == 0 ? 0 : (double) hits / pairs;
    }
}
