package org.pnyx.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GroupedGiniTest {

    @Test
    void handWorkedGroups() {
        // group 0: {4, 1, 3, 2} -> 0.25; group 1: {0, 5} -> 0.5; all: {4,1,3,2,0,5}
        double[] v = {4, 1, 3, 2, 0, 5};
        int[] g = {0, 0, 0, 0, 1, 1};
        double[] per = new double[3];
        double all = new GroupedGini().compute(v, g, 6, 3, per);
        assertEquals(0.25, per[0], 1e-12);
        assertEquals(0.5, per[1], 1e-12);
        assertTrue(Double.isNaN(per[2]), "an empty group has no Gini");
        assertEquals(Inequality.gini(4, 1, 3, 2, 0, 5), all, 1e-12);
    }

    /** Keeping positions gives the same figures and names the value at each rank; ties keep position order. */
    @Test
    void keepingPositionsGivesTheSameGinisAndTheRankOrder() {
        double[] v = {4, 1, 3, 1, 0, 5};
        int[] g = {0, 0, 0, 0, 1, 1};
        double[] per = new double[2];
        double[] perKept = new double[2];
        GroupedGini gini = new GroupedGini();
        double all = gini.compute(v, g, 6, 2, per);
        double kept = gini.computeKeepingPositions(v, g, 6, 2, perKept);
        assertEquals(all, kept, 0);
        assertEquals(per[0], perKept[0], 0);
        assertEquals(per[1], perKept[1], 0);
        int[] order = new int[6];
        for (int r = 0; r < 6; r++) {
            order[r] = gini.position(r);
        }
        assertEquals("[4, 1, 3, 2, 0, 5]", Arrays.toString(order), "0; the two 1s in position order; 3; 4; 5");
    }

    @Test
    void agreesWithSortingOnRandomWealthWithin1e6() {
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        int n = 20_000;
        double[] v = new double[n];
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            v[k] = Math.exp(2 * r.nextGaussian()) * (k % 7 == 0 ? 0 : 1);
            g[k] = k * 5 / n;
        }
        double[] per = new double[5];
        GroupedGini gini = new GroupedGini();
        double all = gini.compute(v, g, n, 5, per);
        assertEquals(Inequality.gini(v), all, 1e-6, "overall");
        for (int t = 0; t < 5; t++) {
            double[] part = Arrays.copyOfRange(v, t * n / 5, (t + 1) * n / 5);
            assertEquals(Inequality.gini(part), per[t], 1e-6, "group " + t);
        }
        double[] sorted = new double[n];
        gini.sorted(sorted);
        for (int k = 1; k < n; k++) {
            assertTrue(sorted[k - 1] <= sorted[k], "ascending at " + k);
        }
    }

    @Test
    void noValues() {
        assertTrue(Double.isNaN(new GroupedGini().compute(new double[0], new int[0], 0, 0, new double[0])));
    }
}
