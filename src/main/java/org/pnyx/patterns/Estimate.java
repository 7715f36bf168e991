package org.pnyx.patterns;

import java.util.Locale;

/**
 * The mean of a figure over replications and the half-width of its 95% confidence interval, Student's t with
 * {@code n - 1} degrees of freedom (0 for a single replication or identical values).
 *
 * @param mean      mean over replications
 * @param halfWidth half-width of the 95% interval
 * @param n         replications
 */
public record Estimate(double mean, double halfWidth, int n) {

    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** The estimate from the replications' figures. */
    public static Estimate of(double[] xs) {
        int n = xs.length;
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= n;
        if (n < 2) {
            return new Estimate(mean, 0, n);
        }
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = n - 1 <= T95.length ? T95[n - 2] : 1.96;
        return new Estimate(mean, t * se, n);
    }

    /** The mean and the interval, e.g. {@code 0.498 ± 0.004}. */
    public String text() {
        return number(mean) + " ± " + number(halfWidth);
    }

    /** A number with three significant decimals, in the root locale. */
    static String number(double x) {
        if (x == 0 || Math.abs(x) >= 0.01 && Math.abs(x) < 1e5) {
            return String.format(Locale.ROOT, "%.3f", x);
        }
        return String.format(Locale.ROOT, "%.2e", x);
    }
}
