package org.pnyx.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A distribution from which a citizen trait or a town size is drawn.
 *
 * <p>{@code normal} and {@code lognormal} are truncated to [min, max] by redrawing;
 * {@code beta} is the beta law with the given mean and sd rescaled onto [min, max];
 * {@code uniform} spans [min, max]; {@code constant} always gives the mean.
 *
 * @param kind family
 * @param mean mean, in the trait's unit
 * @param sd   standard deviation, in the trait's unit
 * @param min  lowest value
 * @param max  highest value
 */
public record Distribution(Kind kind, double mean, double sd, double min, double max) {

    /** Distribution families. */
    public enum Kind {
        CONSTANT, UNIFORM, NORMAL, LOGNORMAL, BETA;

        /** Lower-case names as written in scenario files. */
        public static List<String> names() {
            return Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        }

        /** Parses a lower-case name. */
        public static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public Distribution {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min must be at most max, but min was " + min + " and max " + max);
        }
        if (sd < 0) {
            throw new IllegalArgumentException("sd must be at least 0, but was " + sd);
        }
        if (kind != Kind.UNIFORM && (mean < min || mean > max)) {
            throw new IllegalArgumentException("mean must be in [min, max] = [" + min + ", " + max + "], but was " + mean);
        }
        if (kind == Kind.BETA && sd > 0 && max > min) {
            double m = (mean - min) / (max - min);
            double s = sd / (max - min);
            if (m <= 0 || m >= 1 || s * s >= m * (1 - m)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "beta needs sd^2 < (mean-min)(max-mean) with min < mean < max; sd must be below %.4g, but was %s",
                        Math.sqrt(Math.max(0, (mean - min) * (max - mean))), sd));
            }
        }
        if (kind == Kind.LOGNORMAL && mean <= 0) {
            throw new IllegalArgumentException("lognormal needs mean > 0, but was " + mean);
        }
    }

    /** A distribution that always yields {@code value}. */
    public static Distribution constant(double value) {
        return new Distribution(Kind.CONSTANT, value, 0, value, value);
    }
}
