package ai.stagesense.server.engines.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StageSmoothingTest {

    private static final double[][] TRANSITIONS = {{0.6, 0.3, 0.1}, {0.2, 0.6, 0.2}, {0.1, 0.3, 0.6}};
    private static final double[][] CELLS = {{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}, {0.1, 0.2, 0.7}};

    /** The same input and expected posteriors as test_java_parity_fixture in model-training's test_stage_smoothing.py. */
    @Test
    void matchesTheTrainingImplementation() {
        double[][] out = StageSmoothing.of(TRANSITIONS, 0.5, 3).smooth(CELLS);
        double[][] python = {{0.677026, 0.212709, 0.110265}, {0.290362, 0.4257, 0.283938},
                {0.105349, 0.252038, 0.642613}};
        for (int i = 0; i < python.length; i++) {
            assertArrayEquals(python[i], out[i], 1e-5, "cell " + i);
        }
    }

    @Test
    void anUnsureCellBetweenTwoSureOnesTakesTheirStage() {
        double[][] sticky = {{0.8, 0.2}, {0.2, 0.8}};
        double[][] cells = {{0.9, 0.1}, {0.45, 0.55}, {0.9, 0.1}};
        double[][] out = StageSmoothing.of(sticky, 1.0, 2).smooth(cells);
        assertArrayEquals(new double[]{1, 1, 1}, new double[]{
                out[0][0] > 0.5 ? 1 : 0, out[1][0] > 0.5 ? 1 : 0, out[2][0] > 0.5 ? 1 : 0});
    }

    @Test
    void aSingleCellOrPowerZeroIsLeftAlone() {
        double[][] one = {{0.3, 0.4, 0.3}};
        assertSame(one, StageSmoothing.of(TRANSITIONS, 1.0, 3).smooth(one));
        assertSame(CELLS, StageSmoothing.of(TRANSITIONS, 0.0, 3).smooth(CELLS));
        assertSame(CELLS, StageSmoothing.NONE.smooth(CELLS));
    }

    @Test
    void rejectsMalformedTransitions() {
        assertThrows(IllegalArgumentException.class, () -> StageSmoothing.of(TRANSITIONS, 0.5, 6));
        assertThrows(IllegalArgumentException.class,
                () -> StageSmoothing.of(new double[][]{{1, 0}, {0.5, 0.5}}, 0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> StageSmoothing.of(TRANSITIONS, Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> StageSmoothing.of(TRANSITIONS, -1, 3));
    }
}
