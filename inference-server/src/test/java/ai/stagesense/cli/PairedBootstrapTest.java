package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void aConsistentGainHasAnIntervalAboveZero() {
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < a.length; i++) {
            b[i] = (i % 10) / 10.0;
            a[i] = b[i] + 0.05 + (i % 3 == 0 ? 0.02 : 0);
        }
        PairedBootstrap.Interval d = PairedBootstrap.difference(a, b, 7);
        assertEquals(0.05 + 0.02 * 67 / 200.0, d.mean(), 1e-12);
        assertTrue(d.low() > 0.05 && d.low() <= d.mean() && d.mean() <= d.high() && d.high() < 0.07, d.toString());
    }

    @Test
    void noisyDifferencesAroundZeroSpanZeroAndRunsRepeat() {
        double[] a = new double[100];
        double[] b = new double[100];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 2 == 0 ? 1 : 0;
            b[i] = i % 2 == 0 ? 0 : 1;
        }
        PairedBootstrap.Interval d = PairedBootstrap.difference(a, b, 7);
        assertTrue(d.low() < 0 && d.high() > 0, d.toString());
        assertEquals(d, PairedBootstrap.difference(a, b, 7));
        assertThrows(IllegalArgumentException.class, () -> PairedBootstrap.difference(new double[1], new double[2], 7));
    }
}
