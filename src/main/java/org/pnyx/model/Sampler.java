package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.Distribution;

/**
 * Draws values from a {@link Distribution} using the run's generator only.
 * Normal and lognormal draws outside [min, max] are redrawn (truncation), at most 1000 times,
 * after which the bound is used; beta draws use two gamma variates (Marsaglia &amp; Tsang 2000).
 */
public final class Sampler {

    private Sampler() {
    }

    /** One draw. */
    public static double draw(Distribution d, MersenneTwisterFast r) {
        return switch (d.kind()) {
            case CONSTANT -> d.mean();
            case UNIFORM -> d.min() + r.nextDouble() * (d.max() - d.min());
            case NORMAL -> truncated(d, r, false);
            case LOGNORMAL -> truncated(d, r, true);
            case BETA -> beta(d, r);
        };
    }

    private static double truncated(Distribution d, MersenneTwisterFast r, boolean log) {
        if (d.sd() == 0) {
            return d.mean();
        }
        double mu = d.mean();
        double sigma = d.sd();
        if (log) {
            double s2 = Math.log(1 + (d.sd() * d.sd()) / (d.mean() * d.mean()));
            sigma = Math.sqrt(s2);
            mu = Math.log(d.mean()) - s2 / 2;
        }
        double x = d.mean();
        for (int tries = 0; tries < 1000; tries++) {
            double z = mu + sigma * r.nextGaussian();
            x = log ? Math.exp(z) : z;
            if (x >= d.min() && x <= d.max()) {
                return x;
            }
        }
        return Math.min(d.max(), Math.max(d.min(), x));
    }

    private static double beta(Distribution d, MersenneTwisterFast r) {
        double span = d.max() - d.min();
        if (d.sd() == 0 || span == 0) {
            return d.mean();
        }
        double m = (d.mean() - d.min()) / span;
        double s = d.sd() / span;
        double common = m * (1 - m) / (s * s) - 1;
        double a = m * common;
        double b = (1 - m) * common;
        double x = gamma(a, r);
        double y = gamma(b, r);
        return d.min() + span * (x / (x + y));
    }

    private static double gamma(double shape, MersenneTwisterFast r) {
        if (shape < 1) {
            return gamma(shape + 1, r) * Math.pow(1 - r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
