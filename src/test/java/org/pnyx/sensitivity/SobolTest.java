package org.pnyx.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices against functions whose indices are known. With N = 1024 base samples (8,192 evaluations of
 * Ishigami with second order, 8,192 of the six-input g-function without), every estimate's 95% bootstrap
 * interval (1000 resamples) covers the true value; the figures are in docs/SENSITIVITY.md.
 */
class SobolTest {

    private static final int RESAMPLES = 1000;

    /** Ishigami: y = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³ (Ishigami &amp; Homma 1990), a = 7, b = 0.1. */
    private static double ishigami(double[] x) {
        return Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** The Sobol' g-function on [0, 1]^k (Saltelli &amp; Sobol' 1995). */
    private static ToDoubleFunction<double[]> gFunction(double[] a) {
        return x -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        };
    }

    private static double[] evaluate(double[][] x, ToDoubleFunction<double[]> f) {
        double[] y = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = f.applyAsDouble(x[r]);
        }
        return y;
    }

    private static double[][] cube(int k, double lo, double hi) {
        double[][] b = new double[2][k];
        java.util.Arrays.fill(b[0], lo);
        java.util.Arrays.fill(b[1], hi);
        return b;
    }

    private static void assertCovers(double expected, Estimate e, double maxHalfWidth, String what) {
        assertTrue(e.covers(expected), what + ": " + expected + " outside " + e);
        assertTrue(e.halfWidth() < maxHalfWidth, what + ": interval " + e + " wider than ±" + maxHalfWidth);
        assertEquals(expected, e.value(), 2 * maxHalfWidth, what);
    }

    @Test
    void saltelliRowsFollowTheScheme() {
        double[][] x = Saltelli.sample(3, 8, true);
        assertEquals(8 * 8, x.length, "N (2k + 2) rows");
        assertEquals(-1, Saltelli.firstOffendingRow(x, true), "scheme");
        for (double[] row : x) {
            for (double v : row) {
                assertTrue(v >= 0 && v < 1, "unit cube: " + v);
            }
        }
        double[][] first = Saltelli.sample(3, 8, false);
        assertEquals(8 * 5, first.length, "N (k + 2) rows");
        assertEquals(x[0][0], first[0][0], 0, "A rows are the same sequence points");
        assertEquals(x[7][2], first[4][2], 0, "B rows are the same sequence points");
        x[2][0] = 0.123;
        assertEquals(2, Saltelli.firstOffendingRow(x, true), "a broken AB row is found");
        assertEquals(32, Saltelli.skipped(20), "skip the next power of two");
        assertEquals(16, Saltelli.skipped(4), "skip at least 16");
    }

    /** Published indices (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, sec. 4.9). */
    @Test
    void ishigamiReachesThePublishedIndices() {
        double[][] b = cube(3, -Math.PI, Math.PI);
        int n = 1024;
        double[][] x = ParameterRanges.scale(Saltelli.sample(3, n, true), b[0], b[1]);
        Sobol.Indices s = Sobol.analyze(evaluate(x, SobolTest::ishigami), 3, true, RESAMPLES, 0.95, 42);
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertCovers(s1[i], s.s1()[i], 0.1, "S1 x" + (i + 1));
            assertCovers(st[i], s.st()[i], 0.1, "ST x" + (i + 1));
        }
        assertCovers(0, s.s2()[0][1], 0.12, "S2 x1 x2");
        assertCovers(0.2437, s.s2()[0][2], 0.12, "S2 x1 x3");
        assertCovers(0, s.s2()[1][2], 0.12, "S2 x2 x3");
        assertEquals(n, s.n(), "base samples");
    }

    /**
     * g-function with a = (0, 1, 4.5, 9, 99, 99): Vᵢ = 1 / (3 (1 + aᵢ)²), V = Π(1 + Vᵢ) − 1, S1ᵢ = Vᵢ / V,
     * STᵢ = Vᵢ Π_{j≠i}(1 + Vⱼ) / V.
     */
    @Test
    void gFunctionReachesItsClosedFormIndices() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[][] b = cube(k, 0, 1);
        int n = 1024;
        double[][] x = ParameterRanges.scale(Saltelli.sample(k, n, false), b[0], b[1]);
        Sobol.Indices s = Sobol.analyze(evaluate(x, gFunction(a)), k, false, RESAMPLES, 0.95, 7);
        for (int i = 0; i < k; i++) {
            double s1 = vi[i] / v;
            double st = vi[i] * prod / (1 + vi[i]) / v;
            assertCovers(s1, s.s1()[i], 0.07, "S1 x" + (i + 1));
            assertCovers(st, s.st()[i], 0.07, "ST x" + (i + 1));
        }
        assertEquals(null, s.s2(), "no second order sampled");
    }

    @Test
    void aConstantOutputOrAWrongRowCountIsRefused() {
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> Sobol.analyze(new double[10], 3, false, 10, 0.95, 1));
        assertTrue(flat.getMessage().contains("same in every run"), flat.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> Sobol.analyze(new double[11], 3, false, 10, 0.95, 1));
        assertTrue(rows.getMessage().contains("multiple of 5 rows, but this one has 11"), rows.getMessage());
    }
}
