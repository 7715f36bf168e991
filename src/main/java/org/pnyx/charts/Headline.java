package org.pnyx.charts;

/**
 * The headline figures of one metric of one run: where it ended and how it behaved over
 * the final window. Values are in the metric's own unit; {@code NaN} when unknown.
 *
 * @param key the metric column
 * @param finalValue the value at the last step
 * @param windowMean the mean over the final window
 * @param windowSd the standard deviation over the final window
 * @param trendPerYear the least-squares slope over the final window, per year
 * @param stable the core's verdict on stability, or {@code null} when the run does not say
 */
public record Headline(String key, double finalValue, double windowMean, double windowSd, double trendPerYear,
        Boolean stable) {
}
