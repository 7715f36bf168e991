package org.pnyx.metrics;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/** Trend and variability of a metric over a run's final window. */
public final class Stability {

    /** Relative drift across the window below which an outcome counts as stable. */
    public static final double DRIFT_TOLERANCE = 0.05;

    /** Absolute drift tolerance for metrics whose mean is near zero. */
    public static final double ABSOLUTE_TOLERANCE = 0.005;

    private Stability() {
    }

    /**
     * Measures the window {@code values[0..n)}, one value per week, oldest first. NaN values are skipped;
     * a window with no numbers gives NaN figures and {@code stable = false}.
     */
    public static StabilitySnapshot of(double[] values, int n) {
        SummaryStatistics stats = new SummaryStatistics();
        SimpleRegression fit = new SimpleRegression();
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(values[k])) {
                stats.addValue(values[k]);
                fit.addData(k, values[k]);
            }
        }
        double last = n == 0 ? Double.NaN : values[n - 1];
        if (stats.getN() == 0) {
            return new StabilitySnapshot(last, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double mean = stats.getMean();
        if (stats.getN() < 2) {
            // One value has no spread or trend to judge.
            return new StabilitySnapshot(last, mean, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double sd = stats.getStandardDeviation();
        double slope = fit.getSlope();
        if (Double.isNaN(slope)) {
            slope = 0;
        }
        double drift = Math.abs(slope * Math.max(0, n - 1));
        boolean stable = drift <= Math.max(ABSOLUTE_TOLERANCE, DRIFT_TOLERANCE * Math.abs(mean));
        double cv = mean == 0 ? Double.NaN : sd / Math.abs(mean);
        return new StabilitySnapshot(last, mean, sd, cv, slope * 52, stable);
    }
}
