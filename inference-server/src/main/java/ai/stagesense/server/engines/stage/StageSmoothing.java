package ai.stagesense.server.engines.stage;

/**
 * Notebook smoothing of the classifier's answers for a batch of consecutive cells, as
 * model-training/python/stagesense_training/stage_smoothing.py computes it in training and evaluation: a Markov chain
 * over the cells whose transitions (counted on the training notebooks, in the model's output order) are raised to
 * {@code power}; the forward-backward posterior of each cell replaces its probabilities. The start is uniform, since a
 * batch may begin anywhere in a notebook. A single cell, or power 0, is left as it is.
 */
public final class StageSmoothing {

    public static final StageSmoothing NONE = new StageSmoothing(new double[0][0], 0.0);

    private final double[][] transitions;
    private final double power;

    private StageSmoothing(double[][] transitions, double power) {
        this.transitions = transitions;
        this.power = power;
    }

    /**
     * @param transitions k×k, row i the probabilities of the next cell's stage after a cell of stage i
     * @throws IllegalArgumentException when the matrix is not square with k rows of positive finite numbers, or the
     *                                  power is negative or not finite
     */
    public static StageSmoothing of(double[][] transitions, double power, int k) {
        if (!Double.isFinite(power) || power < 0) {
            throw new IllegalArgumentException("smoothing power must be a number >= 0, got " + power);
        }
        if (transitions.length != k) {
            throw new IllegalArgumentException("transitions must have " + k + " rows, got " + transitions.length);
        }
        double[][] flattened = new double[k][k];
        for (int i = 0; i < k; i++) {
            if (transitions[i].length != k) {
                throw new IllegalArgumentException("transitions row " + i + " must have " + k + " numbers");
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double v = transitions[i][j];
                if (!Double.isFinite(v) || v <= 0) {
                    throw new IllegalArgumentException("transitions[" + i + "][" + j + "] must be > 0, got " + v);
                }
                flattened[i][j] = Math.pow(v, power);
                sum += flattened[i][j];
            }
            for (int j = 0; j < k; j++) {
                flattened[i][j] /= sum;
            }
        }
        return new StageSmoothing(flattened, power);
    }

    public boolean active() {
        return power > 0;
    }

    /** Posteriors for {@code p} (one row per consecutive cell, the model's output order); p itself when inactive. */
    public double[][] smooth(double[][] p) {
        int n = p.length;
        if (!active() || n < 2) {
            return p;
        }
        int k = transitions.length;
        double[][] forward = new double[n][];
        forward[0] = normalised(p[0].clone());
        for (int i = 1; i < n; i++) {
            double[] f = new double[k];
            for (int to = 0; to < k; to++) {
                double sum = 0;
                for (int from = 0; from < k; from++) {
                    sum += forward[i - 1][from] * transitions[from][to];
                }
                f[to] = p[i][to] * sum;
            }
            forward[i] = normalised(f);
        }
        double[] backward = new double[k];
        java.util.Arrays.fill(backward, 1.0);
        double[][] out = new double[n][];
        out[n - 1] = normalised(forward[n - 1].clone());
        for (int i = n - 2; i >= 0; i--) {
            double[] b = new double[k];
            for (int from = 0; from < k; from++) {
                double sum = 0;
                for (int to = 0; to < k; to++) {
                    sum += transitions[from][to] * p[i + 1][to] * backward[to];
                }
                b[from] = sum;
            }
            backward = normalised(b);
            double[] posterior = new double[k];
            for (int s = 0; s < k; s++) {
                posterior[s] = forward[i][s] * backward[s];
            }
            out[i] = normalised(posterior);
        }
        return out;
    }

    /** Rows whose mass vanished (all zeros) stay uniform rather than dividing by zero. */
    private static double[] normalised(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = sum > 0 && Double.isFinite(sum) ? v[i] / sum : 1.0 / v.length;
        }
        return v;
    }
}
