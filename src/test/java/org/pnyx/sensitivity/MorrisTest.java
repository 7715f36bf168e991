package org.pnyx.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MorrisTest {

    private static final double TOL = 1e-9;

    @Test
    void deltaIsHalfTheGridInLevels() {
        assertEquals(2.0 / 3, Morris.delta(4), TOL, "p = 4");
        assertEquals(1.0, Morris.delta(2), TOL, "p = 2");
        assertEquals(5.0 / 9, Morris.delta(10), TOL, "p = 10");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 0, -2})
    void oddOrTooFewLevelsAreRejected(int levels) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Morris.sample(3, 4, levels, 1));
        assertTrue(e.getMessage().contains("even number of at least 2, but was " + levels), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8})
    void everyStepMovesOneParameterByDeltaAlongTheGrid(int levels) {
        int k = 5;
        double[][] x = Morris.sample(k, 20, levels, 7);
        double delta = Morris.delta(levels);
        assertEquals(20 * (k + 1), x.length, "rows");
        for (int t = 0; t < 20; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] a = x[t * (k + 1) + s];
                double[] b = x[t * (k + 1) + s + 1];
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    double onGrid = a[i] * (levels - 1);
                    assertEquals(Math.rint(onGrid), onGrid, 1e-9, "row value " + a[i] + " lies on the grid");
                    assertTrue(a[i] >= 0 && a[i] <= 1, "inside the unit cube: " + a[i]);
                    if (a[i] != b[i]) {
                        changed++;
                        assertEquals(delta, Math.abs(b[i] - a[i]), 1e-9, "a step is delta");
                        assertTrue(!moved[i], "a parameter moves once per trajectory");
                        moved[i] = true;
                    }
                }
                assertEquals(1, changed, "one parameter moves per step");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDesignAndAnotherSeedAnother() {
        assertTrue(Arrays.deepEquals(Morris.sample(4, 10, 4, 11), Morris.sample(4, 10, 4, 11)), "same seed");
        assertTrue(!Arrays.deepEquals(Morris.sample(4, 10, 4, 11), Morris.sample(4, 10, 4, 12)), "other seed");
    }

    /**
     * Worked by hand: y = 2 x1 − 3 x2 on [0, 1]², p = 4 so Δ = 2/3. Trajectory 1: (0, 2/3) → (2/3, 2/3) raises x1,
     * y goes 0 − 2 = −2 → 4/3 − 2 = −2/3, a change of 4/3, EE1 = (4/3) / (2/3) = 2; then (2/3, 0) lowers x2, y goes to
     * 4/3, a change of +2, EE2 = (y(x2 high) − y(x2 low)) / Δ = −2 / (2/3) = −3. Trajectory 2: (1/3, 1) → (1/3, 1/3)
     * → (1, 1/3): the same effects. So μ = (2, −3), μ* = (2, 3), σ = 0.
     */
    @Test
    void linearFunctionByHand() {
        double[][] x = {
            {0, 2.0 / 3}, {2.0 / 3, 2.0 / 3}, {2.0 / 3, 0},
            {1.0 / 3, 1}, {1.0 / 3, 1.0 / 3}, {1, 1.0 / 3}};
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = 2 * x[r][0] - 3 * x[r][1];
        }
        Morris.Indices m = Morris.analyze(x, y, 4, 100, 0.95, 1);
        assertEquals(2, m.mu()[0].value(), TOL, "mu x1");
        assertEquals(-3, m.mu()[1].value(), TOL, "mu x2");
        assertEquals(2, m.muStar()[0].value(), TOL, "mu* x1");
        assertEquals(3, m.muStar()[1].value(), TOL, "mu* x2");
        assertEquals(0, m.sigma()[0].value(), TOL, "sigma x1");
        assertEquals(0, m.sigma()[1].value(), TOL, "sigma x2");
        assertEquals(2, m.muStar()[0].ciLow(), TOL, "no spread, no interval");
        assertEquals(2, m.trajectories(), "trajectories");
    }

    /** μ* = |aᵢ| (uᵢ − lᵢ) and σ = 0 for y = Σ aᵢ xᵢ, on sampled trajectories scaled to each range. */
    @Test
    void linearFunctionOnScaledRangesGivesCoefficientTimesRange() {
        double[] a = {2, -3, 0.5, 0};
        double[] lower = {0, 10, -1, 5};
        double[] upper = {1, 20, 1, 6};
        double[][] x = ParameterRanges.scale(Morris.sample(4, 12, 4, 3), lower, upper);
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < 4; i++) {
                y[r] += a[i] * x[r][i];
            }
        }
        Morris.Indices m = Morris.analyze(x, y, 4, 200, 0.95, 5);
        double[] expected = {2, 30, 1, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], m.muStar()[i].value(), 1e-9, "mu* of x" + (i + 1));
            assertEquals(Math.signum(a[i]) * expected[i], m.mu()[i].value(), 1e-9, "mu of x" + (i + 1));
            assertEquals(0, m.sigma()[i].value(), 1e-9, "sigma of x" + (i + 1));
        }
    }

    /** An interaction shows in σ: for y = x1 x2 on [0, 1]², the effect of x1 is x2, which varies. */
    @Test
    void interactionShowsAsSpread() {
        double[][] x = Morris.sample(2, 40, 4, 9);
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = x[r][0] * x[r][1];
        }
        Morris.Indices m = Morris.analyze(x, y, 4, 200, 0.95, 5);
        assertTrue(m.sigma()[0].value() > 0.1, "sigma of x1 " + m.sigma()[0].value());
        assertTrue(m.muStar()[0].covers(0.5), "mu* of x1 near E[x2] = 0.5: " + m.muStar()[0]);
    }

    @Test
    void rowsThatAreNotTrajectoriesAreNamed() {
        double[][] x = {{0, 0}, {1, 1}, {1, 0}, {0, 0}, {1, 0}, {1, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Morris.analyze(x, new double[6], 2, 10, 0.95, 1));
        assertTrue(e.getMessage().contains("rows 1 and 2 (from 1) differ in more than one parameter"), e.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> Morris.analyze(new double[5][2], new double[5], 4, 10, 0.95, 1));
        assertTrue(count.getMessage().contains("multiple of 3 rows, but this one has 5"), count.getMessage());
    }
}
