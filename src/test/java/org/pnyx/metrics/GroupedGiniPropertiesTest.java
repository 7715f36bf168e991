package org.pnyx.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The radix sort inside {@link GroupedGini} is an optimisation: whatever digit widths it uses, every Gini
 * must be bit for bit the one of the definition, accumulated over the values in ascending single-precision
 * order (ties in citizen order), because the golden files hold these figures to the last bit.
 */
class GroupedGiniPropertiesTest {

    /** The definition, the slow way: a stable comparison sort of the indices, then the same accumulation. */
    static double reference(double[] values, int[] group, int n, int groups, double[] perGroup, double[] sortedOut) {
        Integer[] order = new Integer[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparing(p -> (float) values[p], Float::compare));
        double[] sum = new double[groups];
        double[] weighted = new double[groups];
        int[] rank = new int[groups];
        double all = 0;
        double allWeighted = 0;
        for (int r = 0; r < n; r++) {
            int p = order[r];
            double x = (float) values[p];
            sortedOut[r] = x;
            all += x;
            allWeighted += (r + 1) * x;
            int g = group[p];
            rank[g]++;
            sum[g] += x;
            weighted[g] += rank[g] * x;
        }
        for (int g = 0; g < groups; g++) {
            perGroup[g] = gini(weighted[g], sum[g], rank[g]);
        }
        return gini(allWeighted, all, n);
    }

    private static double gini(double weighted, double sum, int n) {
        return n == 0 ? Double.NaN : sum <= 0 ? 0 : 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /** Wealth-like values with ties, zeros of both signs, negatives and a wide range, in contiguous or mixed groups. */
    static double[] values(long seed, int n, int distinct) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[] pool = new double[Math.max(1, distinct)];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = Math.exp(3 * r.nextGaussian());
        }
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            double u = r.nextDouble();
            v[k] = u < 0.1 ? 0 : u < 0.12 ? -0.0 : u < 0.15 ? -Math.exp(r.nextGaussian())
                    : u < 0.5 ? pool[r.nextInt(pool.length)] : Math.exp(4 * r.nextGaussian());
        }
        return v;
    }

    static void assertSameAsDefinition(double[] v, int[] g, int n, int groups) {
        double[] expectedPer = new double[groups];
        double[] expectedSorted = new double[n];
        double expected = reference(v, g, n, groups, expectedPer, expectedSorted);
        GroupedGini gini = new GroupedGini();
        double[] per = new double[groups];
        // Twice on one instance: reused buffers must not leak into the next computation.
        gini.compute(values(99, n, 3), g, n, groups, per);
        double all = gini.compute(v, g, n, groups, per);
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(all), "overall Gini, n = " + n);
        for (int t = 0; t < groups; t++) {
            assertEquals(Double.doubleToLongBits(expectedPer[t]), Double.doubleToLongBits(per[t]), "group " + t);
        }
        double[] sorted = new double[n];
        gini.sorted(sorted);
        for (int k = 0; k < n; k++) {
            assertEquals(Double.doubleToLongBits(expectedSorted[k]), Double.doubleToLongBits(sorted[k]), "rank " + k);
        }
    }

    @Property(tries = 60)
    void smallInputsGiveTheDefinitionsBits(@ForAll long seed, @ForAll @IntRange(max = 3000) int n,
            @ForAll @IntRange(min = 1, max = 40) int groups, @ForAll @IntRange(max = 50) int distinct,
            @ForAll boolean contiguous) {
        int[] g = new int[n];
        MersenneTwisterFast r = new MersenneTwisterFast(seed + 1);
        for (int k = 0; k < n; k++) {
            g[k] = contiguous ? (int) ((long) k * groups / n) : r.nextInt(groups);
        }
        assertSameAsDefinition(values(seed, n, distinct), g, n, groups);
    }

    @Property(tries = 4)
    void largeInputsSplitByTheirTopBitsGiveTheDefinitionsBits(@ForAll long seed,
            @ForAll @IntRange(max = 20_000) int extra, @ForAll @IntRange(max = 50) int distinct) {
        int n = GroupedGini.WIDE_FROM + extra;
        int groups = n / 1000;
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            g[k] = (int) ((long) k * groups / n);
        }
        assertSameAsDefinition(values(seed, n, distinct), g, n, groups);
    }

    @Test
    void halfNothingHalfOneUnitIsOneHalfOverallAndInEveryTown() {
        // Sorted: n/2 zeros then n/2 ones at ranks n/2+1..n, so G = 2 * (n/2)(3n/2+1)/2 / (n * n/2) - (n+1)/n = 1/2.
        int n = 72_000;
        assertTrue(n >= GroupedGini.WIDE_FROM, "takes the large inputs' path");
        int groups = n / 1000;
        double[] v = new double[n];
        int[] g = new int[n];
        for (int k = 0; k < n; k++) {
            v[k] = k % 2;
            g[k] = k / 1000;
        }
        double[] per = new double[groups];
        assertEquals(0.5, new GroupedGini().compute(v, g, n, groups, per), 1e-12);
        for (int t = 0; t < groups; t++) {
            assertEquals(0.5, per[t], 1e-12, "town " + t);
        }
    }

    @Test
    void allEqualValuesSkipEveryPassAndGiveZero() {
        int n = GroupedGini.WIDE_FROM + 5;
        double[] v = new double[n];
        Arrays.fill(v, 2.5);
        int[] g = new int[n];
        double[] per = new double[1];
        assertEquals(0.0, new GroupedGini().compute(v, g, n, 1, per), 1e-12);
        assertEquals(0.0, per[0], 1e-12);
    }
}
