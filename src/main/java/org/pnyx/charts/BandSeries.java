package org.pnyx.charts;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.jfree.data.xy.YIntervalSeries;

/**
 * A line with a band around it: the mean of replications with the lower and upper bounds
 * of its confidence interval, or any value with a range (e.g. min–max across
 * municipalities). All arrays have one entry per time point; {@code NaN} leaves a gap.
 *
 * @param name the series name shown in the legend
 * @param x the time of each point, in years
 * @param mean the line
 * @param lower the lower edge of the band
 * @param upper the upper edge of the band
 */
public record BandSeries(String name, double[] x, double[] mean, double[] lower, double[] upper) {

    public BandSeries {
        Objects.requireNonNull(name, "name");
        int n = x.length;
        if (mean.length != n || lower.length != n || upper.length != n) {
            throw new IllegalArgumentException("x, mean, lower and upper must have the same length, but had "
                    + n + ", " + mean.length + ", " + lower.length + ", " + upper.length);
        }
        x = x.clone();
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /**
     * The mean over replications with a 95% confidence interval of the mean.
     *
     * @param replications {@code replications[r][i]}: replication r at time point i
     */
    public static BandSeries ofReplications(String name, double[] x, double[][] replications) {
        return ofReplications(name, x, replications, 0.95);
    }

    /**
     * The mean over replications with a Student-t confidence interval of the mean,
     * {@code mean ± t(1 - (1 - confidence) / 2, n - 1) · sd / sqrt(n)}, where n counts the
     * replications with a finite value at that time point. With one replication the band
     * collapses onto the line; with none the point is {@code NaN}.
     *
     * @param replications {@code replications[r][i]}: replication r at time point i
     * @param confidence the confidence level, in (0, 1)
     */
    public static BandSeries ofReplications(String name, double[] x, double[][] replications, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
        int n = x.length;
        for (int r = 0; r < replications.length; r++) {
            if (replications[r].length != n) {
                throw new IllegalArgumentException("replication " + r + " has " + replications[r].length
                        + " points, but x has " + n);
            }
        }
        double[] mean = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            int k = 0;
            double sum = 0;
            for (double[] rep : replications) {
                if (Double.isFinite(rep[i])) {
                    sum += rep[i];
                    k++;
                }
            }
            if (k == 0) {
                mean[i] = lo[i] = hi[i] = Double.NaN;
                continue;
            }
            double m = sum / k;
            double half = 0;
            if (k > 1) {
                double ss = 0;
                for (double[] rep : replications) {
                    if (Double.isFinite(rep[i])) {
                        ss += (rep[i] - m) * (rep[i] - m);
                    }
                }
                double sd = Math.sqrt(ss / (k - 1));
                double t = new TDistribution(null, k - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
                half = t * sd / Math.sqrt(k);
            }
            mean[i] = m;
            lo[i] = m - half;
            hi[i] = m + half;
        }
        return new BandSeries(name, x, mean, lo, hi);
    }

    /** The series for JFreeChart's {@code DeviationRenderer}. */
    public YIntervalSeries toSeries() {
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(mean[i])) {
                double l = Double.isFinite(lower[i]) ? lower[i] : mean[i];
                double u = Double.isFinite(upper[i]) ? upper[i] : mean[i];
                s.add(x[i], mean[i], l, u);
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BandSeries b && name.equals(b.name) && Arrays.equals(x, b.x)
                && Arrays.equals(mean, b.mean) && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(mean), Arrays.hashCode(lower),
                Arrays.hashCode(upper));
    }

    @Override
    public String toString() {
        return "BandSeries[" + name + ", " + x.length + " points]";
    }
}
