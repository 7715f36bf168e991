package org.pnyx.sensitivity;

/** Scaling between the unit cube and parameters' ranges [lower, upper], as SALib's {@code scale_samples}. */
public final class ParameterRanges {

    private ParameterRanges() {
    }

    /** {@code lower + u (upper − lower)}, column by column; a new array. */
    public static double[][] scale(double[][] unit, double[] lower, double[] upper) {
        double[][] out = new double[unit.length][];
        for (int r = 0; r < unit.length; r++) {
            out[r] = new double[unit[r].length];
            for (int i = 0; i < unit[r].length; i++) {
                out[r][i] = lower[i] + unit[r][i] * (upper[i] - lower[i]);
            }
        }
        return out;
    }
}
