package org.pnyx.metrics;

import java.util.Arrays;

/** Inequality measures on non-negative values. */
public final class Inequality {

    private Inequality() {
    }

    /**
     * Gini coefficient of values already sorted ascending in {@code [from, to)}:
     * {@code G = 2 * sum_i i*x_(i) / (n * sum x) - (n + 1) / n} with ranks i from 1 (Sen 1973).
     * Returns 0 for a single value or when all are 0, and NaN for none.
     */
    public static double giniSorted(double[] sorted, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        double weighted = 0;
        for (int k = from; k < to; k++) {
            double x = sorted[k];
            sum += x;
            weighted += (k - from + 1) * x;
        }
        if (sum <= 0) {
            return 0;
        }
        return 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /** Gini coefficient of values in any order (copies and sorts). */
    public static double gini(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return giniSorted(copy, 0, copy.length);
    }

    /**
     * Points of the Lorenz curve of values already sorted ascending: {@code n + 1} pairs
     * (population share, cumulative share of the total), from (0, 0) to (1, 1).
     */
    public static double[][] lorenz(double[] sorted) {
        int n = sorted.length;
        double total = 0;
        for (double x : sorted) {
            total += x;
        }
        double[][] points = new double[n + 1][2];
        double cumulative = 0;
        for (int k = 1; k <= n; k++) {
            cumulative += sorted[k - 1];
            points[k][0] = (double) k / n;
            points[k][1] = total > 0 ? cumulative / total : (double) k / n;
        }
        return points;
    }
}
