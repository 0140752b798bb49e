package ai.stagesense.server.engines.seq2seq;

/**
 * A decoded sequence without {@code <s>}/{@code </s>}, and its total log-probability (the end token included when
 * it finished).
 */
public record Hypothesis(int[] tokens, double logProb) {

    /** The model's probability of the whole sequence, in [0, 1]. */
    public double probability() {
        double p = Math.exp(logProb);
        return Double.isFinite(p) ? p : 0.0;
    }
}
