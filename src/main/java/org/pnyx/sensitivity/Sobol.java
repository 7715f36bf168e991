package org.pnyx.sensitivity;

/**
 * Sobol' variance-based indices from a {@link Saltelli} design, with the estimators SALib's
 * {@code sobol.analyze} uses. The output is first standardised, {@code y ← (y − ȳ) / sd(y)} over all rows;
 * {@code V} is the variance (n, not n − 1) of the {@code A} and {@code B} rows together.
 *
 * <ul>
 * <li>First order (Saltelli et al. 2010, table 2): {@code S1_j = mean(B · (AB_j − A)) / V}.</li>
 * <li>Total (Jansen 1999; Saltelli et al. 2010, table 2): {@code ST_j = mean((A − AB_j)²) / (2V)}.</li>
 * <li>Second order (Saltelli 2002): {@code S2_jk = mean(BA_j · AB_k − A · B) / V − S1_j − S1_k}.</li>
 * </ul>
 *
 * <p>Intervals come from resampling the {@code N} base points with replacement (the same resamples for every
 * index), as {@code value ± z · sd}.
 */
public final class Sobol {

    private Sobol() {
    }

    /**
     * The indices of one output.
     *
     * @param s1 first-order index per parameter
     * @param st total index per parameter
     * @param s2 second-order index {@code s2[j][k]} for {@code j < k}, null entries elsewhere; null without
     *           second order
     * @param n  base samples N
     */
    public record Indices(Estimate[] s1, Estimate[] st, Estimate[][] s2, int n) {
    }

    /**
     * Sobol' indices of one output.
     *
     * @param y           outputs in the design's row order ({@code N (k + 2)} or {@code N (2k + 2)} of them)
     * @param parameters  k
     * @param secondOrder whether the design has the {@code BA_j} rows
     * @param resamples   bootstrap resamples (SALib: 100 by default; 1000 is steadier)
     * @param confidence  confidence level of the intervals, e.g. 0.95
     * @param seed        seed of the bootstrap
     * @throws IllegalArgumentException if the row count does not fit, or the output does not vary
     */
    public static Indices analyze(double[] y, int parameters, boolean secondOrder, int resamples, double confidence,
                                  long seed) {
        Bootstrap.check(resamples, confidence);
        int k = parameters;
        int block = Saltelli.blockSize(k, secondOrder);
        if (y.length == 0 || y.length % block != 0) {
            throw new IllegalArgumentException("a Saltelli design of " + k + " parameters" + (secondOrder
                    ? " with second order" : "") + " has a multiple of " + block + " rows, but this one has "
                    + y.length);
        }
        int n = y.length / block;
        if (n < 2) {
            throw new IllegalArgumentException("Sobol' indices need at least 2 base samples, but there is 1");
        }
        double mean = Morris.mean(y);
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / y.length);
        if (!(sd > 0)) {
            throw new IllegalArgumentException("the output is the same in every run, so it has no variance to "
                    + "apportion");
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] ab = new double[k][n];
        double[][] ba = secondOrder ? new double[k][n] : null;
        for (int i = 0; i < n; i++) {
            int row = i * block;
            a[i] = (y[row] - mean) / sd;
            b[i] = (y[row + block - 1] - mean) / sd;
            for (int j = 0; j < k; j++) {
                ab[j][i] = (y[row + 1 + j] - mean) / sd;
                if (secondOrder) {
                    ba[j][i] = (y[row + 1 + k + j] - mean) / sd;
                }
            }
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[][] idx = Bootstrap.indices(n, resamples, seed);
        Estimate[] s1 = new Estimate[k];
        Estimate[] st = new Estimate[k];
        double[] rep1 = new double[resamples];
        double[] repT = new double[resamples];
        for (int j = 0; j < k; j++) {
            for (int r = 0; r < resamples; r++) {
                double v = variance(a, b, idx[r]);
                rep1[r] = first(a, ab[j], b, idx[r]) / v;
                repT[r] = total(a, ab[j], idx[r]) / v;
            }
            double v = variance(a, b, all);
            s1[j] = Bootstrap.interval(first(a, ab[j], b, all) / v, rep1, confidence);
            st[j] = Bootstrap.interval(total(a, ab[j], all) / v, repT, confidence);
        }
        Estimate[][] s2 = null;
        if (secondOrder) {
            s2 = new Estimate[k][k];
            double[] rep2 = new double[resamples];
            for (int j = 0; j < k; j++) {
                for (int l = j + 1; l < k; l++) {
                    for (int r = 0; r < resamples; r++) {
                        rep2[r] = second(a, ab[j], ab[l], ba[j], b, idx[r]);
                    }
                    s2[j][l] = Bootstrap.interval(second(a, ab[j], ab[l], ba[j], b, all), rep2, confidence);
                }
            }
        }
        return new Indices(s1, st, s2, n);
    }

    /** mean(B · (AB_j − A)) over the chosen base points. */
    private static double first(double[] a, double[] abj, double[] b, int[] idx) {
        double s = 0;
        for (int i : idx) {
            s += b[i] * (abj[i] - a[i]);
        }
        return s / idx.length;
    }

    /** mean((A − AB_j)²) / 2 over the chosen base points. */
    private static double total(double[] a, double[] abj, int[] idx) {
        double s = 0;
        for (int i : idx) {
            double d = a[i] - abj[i];
            s += d * d;
        }
        return s / idx.length / 2;
    }

    private static double second(double[] a, double[] abj, double[] abk, double[] baj, double[] b, int[] idx) {
        double v = variance(a, b, idx);
        double s = 0;
        for (int i : idx) {
            s += baj[i] * abk[i] - a[i] * b[i];
        }
        return s / idx.length / v - first(a, abj, b, idx) / v - first(a, abk, b, idx) / v;
    }

    /** Variance (divided by the count) of the chosen A and B values pooled. */
    private static double variance(double[] a, double[] b, int[] idx) {
        double s = 0;
        for (int i : idx) {
            s += a[i] + b[i];
        }
        double m = s / (2.0 * idx.length);
        double ss = 0;
        for (int i : idx) {
            ss += (a[i] - m) * (a[i] - m) + (b[i] - m) * (b[i] - m);
        }
        return ss / (2.0 * idx.length);
    }
}
