package org.pnyx.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InequalityTest {

    @Test
    void giniOfHandWorkedCases() {
        assertEquals(0, Inequality.gini(1, 1, 1, 1), 1e-12, "equal shares");
        assertEquals(0.75, Inequality.gini(0, 0, 0, 1), 1e-12, "one of four holds all: (n-1)/n");
        assertEquals(0.25, Inequality.gini(4, 1, 3, 2), 1e-12, "1..4: 2*30/(4*10) - 5/4");
        assertEquals(0, Inequality.gini(7), 1e-12, "a single citizen");
        assertEquals(0, Inequality.gini(0, 0), 1e-12, "nobody owns anything");
        assertTrue(Double.isNaN(Inequality.gini()), "no citizens");
    }

    @Test
    void lorenzCurveOfHandWorkedCase() {
        double[][] points = Inequality.lorenz(new double[] {1, 1, 2});
        assertArrayEquals(new double[] {0, 0}, points[0], 1e-12);
        assertArrayEquals(new double[] {1.0 / 3, 0.25}, points[1], 1e-12);
        assertArrayEquals(new double[] {2.0 / 3, 0.5}, points[2], 1e-12);
        assertArrayEquals(new double[] {1, 1}, points[3], 1e-12);
    }

    @Test
    void stabilityOfAConstantSeries() {
        double[] v = new double[52];
        java.util.Arrays.fill(v, 0.3);
        StabilitySnapshot s = Stability.of(v, 52);
        assertEquals(0.3, s.mean(), 1e-12);
        assertEquals(0, s.sd(), 1e-12);
        assertEquals(0, s.cv(), 1e-12);
        assertEquals(0, s.trendPerYear(), 1e-12);
        assertTrue(s.stable());
    }

    @Test
    void stabilityOfALinearRise() {
        double[] v = new double[53];
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.2 + 0.01 * k;   // rises 0.52 a year
        }
        StabilitySnapshot s = Stability.of(v, v.length);
        assertEquals(0.52, s.trendPerYear(), 1e-9, "slope 0.01 per week");
        assertEquals(0.46, s.mean(), 1e-9);
        assertEquals(0.72, s.finalValue(), 1e-9);
        assertFalse(s.stable(), "drifts 0.52 against a mean of 0.46");
    }

    @Test
    void stabilitySkipsMissingValues() {
        StabilitySnapshot s = Stability.of(new double[] {Double.NaN, 1, 3}, 3);
        assertEquals(2, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
        assertTrue(Double.isNaN(Stability.of(new double[] {Double.NaN}, 1).mean()));
        StabilitySnapshot one = Stability.of(new double[] {0.4}, 1);
        assertEquals(0.4, one.mean(), 0, "one value is its own mean");
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.trendPerYear()), "but has no spread or trend");
        assertFalse(one.stable(), "and cannot be judged stable");
    }
}
