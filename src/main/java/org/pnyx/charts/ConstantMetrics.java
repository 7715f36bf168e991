package org.pnyx.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metrics that never change are left out of the charts, with a note saying which and at what value: a panel of
 * a flat line at 0 with an axis of twenty "0" ticks tells a reader nothing.
 */
final class ConstantMetrics {

    private ConstantMetrics() {
    }

    /** The single finite value every finite entry has, NaN if there is none, null if the values differ. */
    static Double constantValue(double[] y) {
        double first = Double.NaN;
        for (double v : y) {
            if (!Double.isFinite(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (Math.abs(v - first) > 1e-12) {
                return null;
            }
        }
        return first;
    }

    /** Whether a series is constant throughout (or has no number at all). */
    static boolean constant(double[] y) {
        return constantValue(y) != null;
    }

    /**
     * The note listing metrics left out, {@code Left out, constant throughout: Sanctions (0), Transfers (0)}, or
     * empty text when none were.
     *
     * @param leftOut each metric left out with its value (NaN: no value at all)
     */
    static String note(Map<String, Double> leftOut) {
        if (leftOut.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        leftOut.forEach((k, v) -> parts.add(MetricStyle.of(k).label() + " ("
                + (v == null || Double.isNaN(v) ? "no value" : Numbers.format(v)) + ")"));
        return "Left out, constant throughout: " + String.join(", ", parts);
    }
}
