package ai.stagesense.cli;

import ai.stagesense.codeintel.tokens.SummaryTokens;
import java.util.List;
import java.util.Locale;

/**
 * Running means of sentence BLEU-4 and ROUGE-L F1 for one system on one slice of the test pairs. Both sides are
 * tokenised by {@link SummaryTokens} (lower-cased words and punctuation, the summariser's own target tokens), so
 * no system gains from casing or spacing.
 */
final class SummaryScores {

    private int count;
    private double bleu;
    private double rouge;

    /** Sentence BLEU-4 and ROUGE-L F1 of one summary, each in [0, 1]. */
    record Score(double bleu, double rougeL) {
    }

    static Score score(String hypothesis, String reference) {
        List<String> hyp = SummaryTokens.tokenize(hypothesis);
        List<String> ref = SummaryTokens.tokenize(reference);
        return new Score(Bleu.sentence(hyp, ref), RougeL.f1(hyp, ref));
    }

    void add(Score score) {
        count++;
        bleu += score.bleu();
        rouge += score.rougeL();
    }

    int count() {
        return count;
    }

    /** Mean sentence BLEU-4 ×100 (CodeXGLUE reports it this way); NaN without pairs. */
    double bleu() {
        return count == 0 ? Double.NaN : 100 * bleu / count;
    }

    /** Mean ROUGE-L F1 ×100; NaN without pairs. */
    double rougeL() {
        return count == 0 ? Double.NaN : 100 * rouge / count;
    }

    static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
