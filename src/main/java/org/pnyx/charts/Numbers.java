package org.pnyx.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for captions and tables: {@link Locale#ROOT}, three significant digits. */
final class Numbers {

    private Numbers() {
    }

    /** A number in plain notation with at most three significant digits; {@code –} for NaN. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3));
        if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
