package org.pnyx.metrics;

/**
 * How one metric behaved over the final window of a run.
 *
 * @param finalValue   value at the last step
 * @param mean         mean over the window (NaN values skipped)
 * @param sd           sample standard deviation over the window
 * @param cv           coefficient of variation, sd / |mean| (NaN when the mean is 0)
 * @param trendPerYear least-squares slope over the window, per 52 weeks
 * @param stable       whether the fitted drift across the window is under 5% of the mean's magnitude
 *                     (or under 0.005 in absolute terms for metrics near zero); false with fewer than
 *                     two values, whose sd, cv and trend are NaN
 */
public record StabilitySnapshot(double finalValue, double mean, double sd, double cv, double trendPerYear,
                                boolean stable) {
}
