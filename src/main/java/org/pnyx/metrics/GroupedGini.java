package org.pnyx.metrics;

/**
 * Gini coefficients of one quantity over all citizens and within each municipality, from a single
 * ordering. Values are ranked by an LSD radix sort on their single-precision keys (three passes of
 * 11 bits, stable, so ties keep citizen order), then one scan accumulates, overall and per group,
 * {@code G = 2 * sum_i i*x_(i) / (n * sum x) - (n + 1) / n} (Sen 1973) with double-precision values.
 * Ranking in single precision can swap only values equal to 7 significant digits, which moves a Gini
 * by less than 1e-6. Linear time: this replaces per-town sorts and a global merge each week.
 */
public final class GroupedGini {

    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;

    private int[] keys = new int[0];
    private int[] keysOut = new int[0];
    private int[] order = new int[0];
    private int[] orderOut = new int[0];
    private final int[] counts = new int[BUCKETS];
    private double[] groupSum = new double[0];
    private double[] groupWeighted = new double[0];
    private int[] groupRank = new int[0];

    /**
     * Computes the Ginis.
     *
     * @param values   the quantity, in group order (all of group 0, then group 1, ...), {@code n} of them
     * @param group    the group of each position
     * @param n        number of values
     * @param groups   number of groups
     * @param perGroup receives each group's Gini (NaN for an empty group), indexed by group
     * @return the Gini over all values (NaN when {@code n == 0})
     */
    public double compute(double[] values, int[] group, int n, int groups, double[] perGroup) {
        sortPositions(values, n);
        if (groupSum.length < groups) {
            groupSum = new double[groups];
            groupWeighted = new double[groups];
            groupRank = new int[groups];
        }
        java.util.Arrays.fill(groupSum, 0, groups, 0);
        java.util.Arrays.fill(groupWeighted, 0, groups, 0);
        java.util.Arrays.fill(groupRank, 0, groups, 0);
        double sum = 0;
        double weighted = 0;
        for (int r = 0; r < n; r++) {
            int p = order[r];
            double x = values[p];
            int g = group[p];
            sum += x;
            weighted += (r + 1) * x;
            int rank = ++groupRank[g];
            groupSum[g] += x;
            groupWeighted[g] += rank * x;
        }
        for (int g = 0; g < groups; g++) {
            perGroup[g] = gini(groupWeighted[g], groupSum[g], groupRank[g]);
        }
        return gini(weighted, sum, n);
    }

    /** The values in ascending order after the latest {@link #compute}, copied into {@code out}. */
    public void sorted(double[] values, int n, double[] out) {
        for (int r = 0; r < n; r++) {
            out[r] = values[order[r]];
        }
    }

    private static double gini(double weighted, double sum, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        if (sum <= 0) {
            return 0;
        }
        return 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    private void sortPositions(double[] values, int n) {
        if (keys.length < n) {
            keys = new int[n];
            keysOut = new int[n];
            order = new int[n];
            orderOut = new int[n];
        }
        if (n == 0) {
            return;
        }
        for (int p = 0; p < n; p++) {
            int bits = Float.floatToIntBits((float) values[p]);
            // Flips negative numbers so unsigned order of the keys is numeric order.
            keys[p] = bits ^ ((bits >> 31) | Integer.MIN_VALUE);
            order[p] = p;
        }
        for (int shift = 0; shift < 32; shift += BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int p = 0; p < n; p++) {
                counts[(keys[p] >>> shift) & (BUCKETS - 1)]++;
            }
            if (counts[(keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue;
            }
            int total = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = total;
                total += c;
            }
            for (int p = 0; p < n; p++) {
                int k = keys[p];
                int at = counts[(k >>> shift) & (BUCKETS - 1)]++;
                keysOut[at] = k;
                orderOut[at] = order[p];
            }
            int[] swap = keys;
            keys = keysOut;
            keysOut = swap;
            swap = order;
            order = orderOut;
            orderOut = swap;
        }
    }
}
