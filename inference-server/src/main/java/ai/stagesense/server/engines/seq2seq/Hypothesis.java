package ai.stagesense.server.engines.seq2seq;

/**
 * A decoded sequence without {@code <s>}/{@code </s>}, and its total log-probability (the end token included when
 * it finished). {@code finished}: the sequence ended with {@code </s>}; an unfinished one is a prefix still live when
 * the search stopped, whose partial log-probability is not comparable with a whole sequence's.
 */
public record Hypothesis(int[] tokens, double logProb, boolean finished) {

    /** The model's probability of the whole sequence, in [0, 1]. */
    public double probability() {
        double p = Math.exp(logProb);
        return Double.isFinite(p) ? p : 0.0;
    }
}
