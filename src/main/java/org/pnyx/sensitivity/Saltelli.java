package org.pnyx.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling scheme for Sobol' indices (Saltelli 2002; Saltelli et al. 2010), laid out as SALib's
 * {@code saltelli.sample}.
 *
 * <p>Each of {@code N} base points is a point of a {@code 2k}-dimensional Sobol' quasi-random sequence
 * (Commons Math's {@link SobolSequenceGenerator}, Joe &amp; Kuo direction numbers); its first {@code k}
 * coordinates are row {@code A}, the last {@code k} row {@code B}. A base point gives one block of rows:
 * {@code A}; then {@code AB_j} for each parameter j ({@code A} with column j from {@code B}); with second order,
 * {@code BA_j} ({@code B} with column j from {@code A}); then {@code B}. A block has {@code k + 2} rows, or
 * {@code 2k + 2} with second order. The sequence's first points are skipped: as many as the smallest power of
 * two at least {@code N}, and at least 16 (SALib's default; Owen 2020 on the first point). {@code N} should be
 * a power of two for the sequence's balance.
 */
public final class Saltelli {

    private Saltelli() {
    }

    /** Rows of the design: {@code N (k + 2)}, or {@code N (2k + 2)} with second order. */
    public static long rows(int parameters, int n, boolean secondOrder) {
        return (long) n * blockSize(parameters, secondOrder);
    }

    /** Rows per base point. */
    public static int blockSize(int parameters, boolean secondOrder) {
        return secondOrder ? 2 * parameters + 2 : parameters + 2;
    }

    /** Points of the Sobol' sequence skipped before the first base point. */
    public static int skipped(int n) {
        int p = Integer.highestOneBit(Math.max(1, n));
        if (p < n) {
            p <<= 1;
        }
        return Math.max(16, p);
    }

    /**
     * The design in the unit cube.
     *
     * @param parameters  k, at least 1 and at most 500 (the sequence has 1000 dimensions)
     * @param n           base points N, at least 2 (the bootstrap needs two)
     * @param secondOrder whether to add the {@code BA_j} rows that second-order indices need
     */
    public static double[][] sample(int parameters, int n, boolean secondOrder) {
        if (parameters < 1 || parameters > 500) {
            throw new IllegalArgumentException("Saltelli sampling needs 1 to 500 parameters, but has " + parameters);
        }
        if (n < 2) {
            throw new IllegalArgumentException("Saltelli sampling needs at least 2 base samples, but was " + n);
        }
        int k = parameters;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(skipped(n));
        int block = blockSize(k, secondOrder);
        double[][] x = new double[n * block][];
        for (int i = 0; i < n; i++) {
            double[] base = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(base, 0, a, 0, k);
            System.arraycopy(base, k, b, 0, k);
            int row = i * block;
            x[row] = a.clone();
            for (int j = 0; j < k; j++) {
                double[] ab = a.clone();
                ab[j] = b[j];
                x[row + 1 + j] = ab;
                if (secondOrder) {
                    double[] ba = b.clone();
                    ba[j] = a[j];
                    x[row + 1 + k + j] = ba;
                }
            }
            x[row + block - 1] = b.clone();
        }
        return x;
    }

    /**
     * Checks that rows follow the scheme: in every block, {@code AB_j} equals {@code A} except in column j and
     * {@code BA_j} equals {@code B} except in column j. Values that coincide (a whole-number parameter rounded to
     * the same value) are accepted.
     *
     * @return the 0-based first row that breaks the scheme, or -1 if none does
     */
    public static int firstOffendingRow(double[][] x, boolean secondOrder) {
        if (x.length == 0) {
            return -1;
        }
        int k = x[0].length;
        int block = blockSize(k, secondOrder);
        if (x.length % block != 0) {
            return x.length - x.length % block;
        }
        for (int row = 0; row < x.length; row += block) {
            double[] a = x[row];
            double[] b = x[row + block - 1];
            for (int j = 0; j < k; j++) {
                if (!matchesExcept(x[row + 1 + j], a, j)) {
                    return row + 1 + j;
                }
                if (secondOrder && !matchesExcept(x[row + 1 + k + j], b, j)) {
                    return row + 1 + k + j;
                }
            }
        }
        return -1;
    }

    private static boolean matchesExcept(double[] row, double[] ref, int column) {
        for (int i = 0; i < ref.length; i++) {
            if (i != column && row[i] != ref[i]) {
                return false;
            }
        }
        return true;
    }
}
