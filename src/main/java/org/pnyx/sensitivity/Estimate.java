package org.pnyx.sensitivity;

/**
 * A sensitivity index with its bootstrap confidence interval.
 *
 * <p>The interval is {@code value ± z · sd} of the index over bootstrap resamples, z the normal quantile of the
 * confidence level, as SALib reports it. It is not clipped: a share's interval may reach below 0.
 *
 * @param value  the estimate from the whole sample
 * @param ciLow  lower end of the interval (NaN with fewer than two resamples)
 * @param ciHigh upper end of the interval
 */
public record Estimate(double value, double ciLow, double ciHigh) {

    /** Whether {@code x} lies in the closed interval. */
    public boolean covers(double x) {
        return x >= ciLow && x <= ciHigh;
    }

    /** Half the interval's width. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
