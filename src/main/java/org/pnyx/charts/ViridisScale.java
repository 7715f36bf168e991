package org.pnyx.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour scale (van der Walt and Smith, matplotlib 2015): dark blue to yellow,
 * sequential, even in perceived lightness, readable in grey and under the common forms of
 * colour blindness. Linear between eleven anchors taken from matplotlib's table; values
 * outside the bounds take the end colours, {@code NaN} is light grey.
 *
 * @param lower the value drawn darkest
 * @param upper the value drawn brightest; greater than {@code lower}
 */
public record ViridisScale(double lower, double upper) implements PaintScale, Serializable {

    private static final int[] ANCHORS = {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884,
        0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725};

    /** The colour of a missing value. */
    public static final Color MISSING = new Color(0xEEEEEE);

    public ViridisScale {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && upper > lower)) {
            throw new IllegalArgumentException("scale bounds must be finite with lower < upper, but were "
                    + lower + " and " + upper);
        }
    }

    /** A scale over the finite values given; a single value or none gets a unit-wide range around it. */
    public static ViridisScale spanning(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new ViridisScale(0, 1);
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = Math.max(Math.abs(hi) * 0.05, 0.005);
            return new ViridisScale(lo - pad, hi + pad);
        }
        return new ViridisScale(lo, hi);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of a value. */
    public Color color(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (ANCHORS.length - 1);
        int i = Math.min((int) Math.floor(t), ANCHORS.length - 2);
        double f = t - i;
        int a = ANCHORS[i];
        int b = ANCHORS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }

    /** Whether text on this colour should be white (dark end) rather than black. */
    public static boolean dark(Color c) {
        double lum = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return lum < 128;
    }
}
