package ai.stagesense.cli;

import java.util.List;

/**
 * ROUGE-L F1 (Lin 2004): precision and recall of the longest common subsequence of hypothesis and reference
 * tokens, combined with equal weight. Like {@link Bleu}, it scores the caller's tokens.
 */
final class RougeL {

    private RougeL() {
    }

    /** @return F1 in [0, 1]; 0 when either side is empty */
    static double f1(List<String> hypothesis, List<String> reference) {
        if (hypothesis.isEmpty() || reference.isEmpty()) {
            return 0;
        }
        int lcs = lcs(hypothesis, reference);
        if (lcs == 0) {
            return 0;
        }
        double precision = (double) lcs / hypothesis.size();
        double recall = (double) lcs / reference.size();
        return 2 * precision * recall / (precision + recall);
    }

    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
