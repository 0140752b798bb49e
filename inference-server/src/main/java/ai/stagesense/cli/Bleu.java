package ai.stagesense.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smoothed sentence BLEU-4 as CodeXGLUE's code-to-text evaluator computes it ({@code smooth_bleu}, after Lin and
 * Och 2004): clipped n-gram precisions for n = 1..4, where the counts of n ≥ 2 get +1 in numerator and denominator
 * so that a short summary without a matching 4-gram is not scored 0, their geometric mean, and the brevity penalty
 * {@code min(0, 1 - (ref + 1) / (hyp + 1))} in log space. Corpus scores are the mean of sentence scores (×100).
 * Tokenisation is the caller's, so every system is scored on the same tokens.
 */
final class Bleu {

    static final int ORDER = 4;

    private Bleu() {
    }

    /** @return BLEU in [0, 1] of one hypothesis against one reference */
    static double sentence(List<String> hypothesis, List<String> reference) {
        double logBleu = 0;
        for (int n = 1; n <= ORDER; n++) {
            Map<List<String>, Integer> hyp = ngrams(hypothesis, n);
            Map<List<String>, Integer> ref = ngrams(reference, n);
            int correct = 0;
            for (Map.Entry<List<String>, Integer> e : hyp.entrySet()) {
                correct += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
            }
            int guessed = Math.max(hypothesis.size() - n + 1, 0);
            int smooth = n > 1 ? 1 : 0;
            // Double.MIN_VALUE plays the role of sys.float_info.min: log of an empty unigram match is very negative
            logBleu += Math.log(correct + smooth + Double.MIN_VALUE) - Math.log(guessed + smooth + Double.MIN_VALUE);
        }
        logBleu /= ORDER;
        double brevity = Math.min(0, 1 - (reference.size() + 1.0) / (hypothesis.size() + 1.0));
        return Math.exp(logBleu + brevity);
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
