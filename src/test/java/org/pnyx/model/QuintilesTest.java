package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Who attends by quintile: cut points by selection, checked by hand and against a sort. */
class QuintilesTest {

    @Test
    void tenDistinctValuesFallTwoToAQuintile() {
        // Values 10, 9, ..., 1 (member order reversed); cut points 2, 4, 6, 8 (ranks 1, 3, 5, 7).
        double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        boolean[] went = {true, true, false, false, true, false, false, false, true, false};
        Quintiles q = new Quintiles();
        q.count(values, went, 10, new double[10]);
        for (int k = 0; k < 5; k++) {
            assertEquals(2, q.members(k), "quintile " + (k + 1));
        }
        // Attended: 10 and 9 (fifth quintile), 6 (third), 2 (first).
        assertEquals(0.5, q.rate(0), 1e-12);
        assertEquals(0, q.rate(1), 1e-12);
        assertEquals(0.5, q.rate(2), 1e-12);
        assertEquals(0, q.rate(3), 1e-12);
        assertEquals(1, q.rate(4), 1e-12);
        assertEquals(10, values[0], 0, "the values are not reordered, only the scratch copy");
    }

    @Test
    void tiesFallInTheLowerQuintile() {
        // Five of ten hold nothing; sorted 0 0 0 0 0 1 3 5 7 9, cut points (ranks 1, 3, 5, 7) 0, 0, 1, 5.
        double[] values = {0, 5, 0, 0, 7, 0, 9, 0, 3, 1};
        Quintiles q = new Quintiles();
        q.count(values, new boolean[10], 10, new double[10]);
        assertEquals(5, q.members(0), "all five zeros in the first");
        assertEquals(0, q.members(1));
        assertTrue(Double.isNaN(q.rate(1)), "an empty quintile has no rate");
        assertEquals(1, q.members(2), "1 is above two cut points");
        assertEquals(2, q.members(3), "3 and 5 are above three");
        assertEquals(2, q.members(4), "7 and 9 are above all four");
    }

    @Test
    void selectionAgreesWithASort() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] a = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = random.nextInt(20);
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int rank = random.nextInt(n);
            assertEquals(sorted[rank], Quintiles.select(a.clone(), 0, n - 1, rank), 0, "n " + n + " rank " + rank);
        }
    }
}
