package org.pnyx.rules;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Hegselmann-Krause bounded confidence (Hegselmann &amp; Krause 2002): every attendee moves toward
 * the mean opinion of all attendees within the confidence radius (themselves included), all at once:
 * {@code x_i' = x_i + reason_i * (mean{x_j : |x_j - x_i| <= eps} - x_i)}. With reason 1 this is the
 * published model. The neighbourhoods are found on sorted opinions with prefix sums, O(n log n).
 */
public final class HegselmannKrause implements Deliberation {

    private final double confidence;
    private double[] next = new double[0];
    private double[] sorted = new double[0];
    private double[] prefix = new double[1];

    /** @param confidence radius eps in (0, 1] */
    public HegselmannKrause(double confidence) {
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], but was " + confidence);
        }
        this.confidence = confidence;
    }

    @Override
    public void round(double[] opinions, double[] reason, int count, MersenneTwisterFast random) {
        if (count < 2) {
            return;
        }
        ensure(count);
        for (int k = 0; k < count; k++) {
            sorted[k] = opinions[k];
        }
        Arrays.sort(sorted, 0, count);
        prefix[0] = 0;
        for (int k = 0; k < count; k++) {
            prefix[k + 1] = prefix[k] + sorted[k];
        }
        for (int k = 0; k < count; k++) {
            double x = opinions[k];
            int lo = lowerBound(sorted, count, x - confidence - 1e-12);
            int hi = upperBound(sorted, count, x + confidence + 1e-12);
            double mean = (prefix[hi] - prefix[lo]) / (hi - lo);
            next[k] = x + reason[k] * (mean - x);
        }
        System.arraycopy(next, 0, opinions, 0, count);
    }

    private void ensure(int count) {
        if (sorted.length < count) {
            sorted = new double[count];
            next = new double[count];
            prefix = new double[count + 1];
        }
    }

    private static int lowerBound(double[] a, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, int n, double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
