package org.pnyx.io;

/**
 * Number formatting for output files: independent of locale, fast, and the same on every machine.
 * Whole counts are written as integers; other values rounded to 6 decimals with trailing zeros
 * dropped; NaN as {@code NaN}.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Formats a value; {@code count} values are written as whole numbers. */
    public static String format(double v, boolean count) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (count) {
            return Long.toString(Math.round(v));
        }
        if (Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        long scaled = Math.round(v * 1_000_000);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(24);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 1_000_000);
        long frac = scaled % 1_000_000;
        if (frac != 0) {
            String digits = Long.toString(1_000_000 + frac).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }

    /** Rounds to 6 decimals for JSON, keeping NaN as null. */
    public static Double json(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Math.round(v * 1e6) / 1e6;
    }
}
