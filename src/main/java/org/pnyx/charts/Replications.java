package org.pnyx.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Statistics of outcomes across replications: the share of runs ending in an outcome with its Wilson score
 * interval, and the Kaplan–Meier estimate of survival (time to collapse), with runs that did not collapse censored
 * at their end. Pure functions; the charts in {@link OutcomeCharts} draw them.
 */
public final class Replications {

    /** The normal quantile of a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Replications() {
    }

    /**
     * A share with its interval.
     *
     * @param k runs with the outcome
     * @param n runs
     * @param share k / n (NaN when n is 0)
     * @param low lower end of the 95% Wilson interval
     * @param high upper end
     */
    public record Share(int k, int n, double share, double low, double high) {
    }

    /**
     * The share k / n with its Wilson score interval (Wilson 1927; Agresti &amp; Coull 1998):
     * (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n). Unlike the Wald interval p ± z√(p(1−p)/n) it stays within
     * [0, 1] and does not shrink to a point when no run (or every run) had the outcome: 0 of 10 gives [0, 0.278].
     *
     * @throws IllegalArgumentException unless 0 &lt;= k &lt;= n
     */
    public static Share wilson(int k, int n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, but k = " + k + " and n = " + n);
        }
        if (n == 0) {
            return new Share(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = k / (double) n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        double lo = k == 0 ? 0 : Math.max(0, centre - half);
        double hi = k == n ? 1 : Math.min(1, centre + half);
        return new Share(k, n, p, lo, hi);
    }

    /**
     * One step of a Kaplan–Meier curve.
     *
     * @param time the time of the events (weeks)
     * @param atRisk runs still going (not collapsed, not censored) just before it
     * @param events runs that collapsed at it
     * @param survival the estimated share surviving past it
     */
    public record Step(double time, int atRisk, int events, double survival) {
    }

    /**
     * The Kaplan–Meier product-limit estimate (Kaplan &amp; Meier 1958): S(t) = Π over event times tᵢ ≤ t of
     * (1 − dᵢ / nᵢ), nᵢ the runs at risk just before tᵢ and dᵢ those that collapsed at tᵢ. A run that did not
     * collapse is censored at its end: it counts as at risk up to and including that time, never as an event (a
     * run censored at the same time as an event is still at risk at it, the usual convention).
     *
     * @param times for each run, the week it collapsed, or for a censored run the week it ended
     * @param collapsed for each run, whether it collapsed (an event) or was censored
     * @return the steps at each event time, in time order; empty when no run collapsed
     */
    public static List<Step> kaplanMeier(double[] times, boolean[] collapsed) {
        if (times.length != collapsed.length) {
            throw new IllegalArgumentException("times and collapsed differ in length: " + times.length + " and "
                    + collapsed.length);
        }
        TreeMap<Double, int[]> at = new TreeMap<>();
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException("run " + i + ": time " + times[i] + " is not a number");
            }
            int[] c = at.computeIfAbsent(times[i], t -> new int[2]);
            c[collapsed[i] ? 0 : 1]++;
        }
        List<Step> out = new ArrayList<>();
        int atRisk = times.length;
        double s = 1;
        for (var e : at.entrySet()) {
            int d = e.getValue()[0];
            int censored = e.getValue()[1];
            if (d > 0) {
                s *= 1 - d / (double) atRisk;
                out.add(new Step(e.getKey(), atRisk, d, s));
            }
            atRisk -= d + censored;
        }
        return out;
    }

    /** The estimate S(t): 1 before the first event, then the survival of the last step at or before t. */
    public static double survivalAt(List<Step> steps, double t) {
        double s = 1;
        for (Step st : steps) {
            if (st.time() <= t) {
                s = st.survival();
            } else {
                break;
            }
        }
        return s;
    }

    /**
     * The median survival time: the first event time at which S(t) falls to 0.5 or below, or NaN when it never does
     * (more than half the runs survived, and the median is beyond the runs' end).
     */
    public static double median(List<Step> steps) {
        for (Step st : steps) {
            if (st.survival() <= 0.5 + 1e-12) {
                return st.time();
            }
        }
        return Double.NaN;
    }
}
