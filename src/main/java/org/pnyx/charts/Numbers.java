package org.pnyx.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for captions and tables: {@link Locale#ROOT}, three significant digits below 100, whole above. */
final class Numbers {

    private Numbers() {
    }

    /**
     * A number with at most three significant digits below 100 and rounded to a whole number from 100 up,
     * plain unless very large or small; {@code –} for NaN; 0 below 1e-9.
     */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        // Rounding noise (a standard deviation of 4e-17) reads as zero, not as a number to ponder.
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        if (Math.abs(v) >= 100 && Math.abs(v) < 1e12) {
            // Populations and other large figures are read whole: 3184, not 3180.
            return Long.toString(Math.round(v));
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3));
        if (Math.abs(v) >= 1e12 || Math.abs(v) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
