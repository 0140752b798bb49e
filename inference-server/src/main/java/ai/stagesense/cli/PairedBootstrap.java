package ai.stagesense.cli;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paired bootstrap of a difference in mean per-pair scores (Koehn 2004): resample the test pairs with replacement,
 * recompute the mean of (a − b) each time, and read the 95% interval off the percentiles. "Clearly better" in the
 * evaluation means the whole interval lies above zero.
 */
final class PairedBootstrap {

    static final int RESAMPLES = 1000;

    /** Mean difference and its 95% interval. */
    record Interval(double mean, double low, double high) {
    }

    private PairedBootstrap() {
    }

    /** @param a per-pair scores of one system, @param b of the other on the same pairs; a fixed seed repeats runs */
    static Interval difference(double[] a, double[] b, long seed) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("need the same, non-zero number of pairs: " + a.length + ", "
                    + b.length);
        }
        int n = a.length;
        double[] diff = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            diff[i] = a[i] - b[i];
            total += diff[i];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += diff[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new Interval(total / n, means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
    }
}
