package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/**
 * Hegselmann-Krause bounded confidence (Hegselmann &amp; Krause 2002): every attendee moves to the
 * weighted mean opinion of all attendees within the confidence radius (themselves included), all at once:
 * {@code x_i' = sum_j w_ij x_j / sum_j w_ij} over {@code |x_j - x_i| <= eps}, with the judgement weight
 * {@code w_ij = 1 - r_i (1 - r_j)} ({@link Deliberation#weight}). With equal reason of 0 or 1 every weight
 * is 1: the published model. Since {@code w_ij = (1 - r_i) + r_i r_j}, the sums come from prefix sums of
 * {@code x}, {@code r} and {@code r x} over the attendees sorted by opinion, O(n log n).
 */
public final class HegselmannKrause implements Deliberation {

    private final double confidence;
    private double[] next = new double[0];
    private double[] sorted = new double[0];
    private double[] prefix = new double[1];
    private double[] prefixR = new double[1];
    private double[] prefixRx = new double[1];
    private int[] order = new int[0];
    private int[] scratch = new int[0];

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
            order[k] = k;
        }
        sortByOpinion(opinions, count);
        prefix[0] = 0;
        prefixR[0] = 0;
        prefixRx[0] = 0;
        for (int k = 0; k < count; k++) {
            int i = order[k];
            double x = opinions[i];
            double r = reason[i];
            sorted[k] = x;
            prefix[k + 1] = prefix[k] + x;
            prefixR[k + 1] = prefixR[k] + r;
            prefixRx[k + 1] = prefixRx[k] + r * x;
        }
        for (int k = 0; k < count; k++) {
            double x = opinions[k];
            double r = reason[k];
            int lo = lowerBound(sorted, count, x - confidence - 1e-12);
            int hi = upperBound(sorted, count, x + confidence + 1e-12);
            double open = 1 - r;
            double num = open * (prefix[hi] - prefix[lo]) + r * (prefixRx[hi] - prefixRx[lo]);
            double den = open * (hi - lo) + r * (prefixR[hi] - prefixR[lo]);
            next[k] = den > 0 ? num / den : x;
        }
        System.arraycopy(next, 0, opinions, 0, count);
    }

    /** Sorts {@code order[0..count)} by opinion, ties by index (a stable merge sort, no allocation). */
    private void sortByOpinion(double[] x, int count) {
        for (int width = 1; width < count; width *= 2) {
            for (int lo = 0; lo < count; lo += 2 * width) {
                int mid = Math.min(lo + width, count);
                int hi = Math.min(lo + 2 * width, count);
                int a = lo;
                int b = mid;
                int k = lo;
                while (a < mid && b < hi) {
                    scratch[k++] = x[order[b]] < x[order[a]] ? order[b++] : order[a++];
                }
                while (a < mid) {
                    scratch[k++] = order[a++];
                }
                while (b < hi) {
                    scratch[k++] = order[b++];
                }
            }
            int[] t = order;
            order = scratch;
            scratch = t;
        }
    }

    private void ensure(int count) {
        if (sorted.length < count) {
            sorted = new double[count];
            next = new double[count];
            prefix = new double[count + 1];
            prefixR = new double[count + 1];
            prefixRx = new double[count + 1];
            order = new int[count];
            scratch = new int[count];
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
