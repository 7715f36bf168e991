package org.pnyx.config;

import java.util.List;

/**
 * A typed handle on one declared parameter: the only way model code reads a value
 * ({@code values.get(BylawConfig.QUORUM)}). Handles are made only by {@link Section}, which also
 * enters them into the {@link Parameters} catalogue, so a value read is always a value declared.
 */
public abstract sealed class Param permits Param.Dbl, Param.Int, Param.Lng, Param.Bool, Param.Choice, Param.Text {

    private final ParameterSpec spec;

    Param(ParameterSpec spec) {
        this.spec = spec;
    }

    /** The declaration: key, type, default, range, unit, label, meaning, source. */
    public ParameterSpec spec() {
        return spec;
    }

    /** The dotted key, e.g. {@code bylaws.quorum}. */
    public String path() {
        return spec.path();
    }

    @Override
    public String toString() {
        return spec.path();
    }

    /** A real number in a declared range. */
    public static final class Dbl extends Param {
        Dbl(ParameterSpec spec) {
            super(spec);
        }

        /** Returns {@code v} when it lies in the declared range, else throws naming the key and range. */
        public double check(double v) {
            spec().check(v);
            return v;
        }
    }

    /** A whole number in a declared range. */
    public static final class Int extends Param {
        Int(ParameterSpec spec) {
            super(spec);
        }

        /** Returns {@code v} when it lies in the declared range, else throws naming the key and range. */
        public int check(int v) {
            spec().check(v);
            return v;
        }
    }

    /** A 64-bit whole number in a declared range. */
    public static final class Lng extends Param {
        Lng(ParameterSpec spec) {
            super(spec);
        }
    }

    /** A switch. */
    public static final class Bool extends Param {
        Bool(ParameterSpec spec) {
            super(spec);
        }
    }

    /** One word of a declared list. */
    public static final class Choice extends Param {
        Choice(ParameterSpec spec) {
            super(spec);
        }

        /** The allowed words. */
        public List<String> choices() {
            return spec().choices();
        }
    }

    /** Free text. */
    public static final class Text extends Param {
        Text(ParameterSpec spec) {
            super(spec);
        }
    }

    /**
     * A distribution: five declared keys under one path ({@code .dist}, {@code .mean}, {@code .sd},
     * {@code .min}, {@code .max}).
     */
    public static final class Dist {
        private final String path;
        final Choice family;
        final Dbl mean;
        final Dbl sd;
        final Dbl min;
        final Dbl max;

        Dist(String path, Choice family, Dbl mean, Dbl sd, Dbl min, Dbl max) {
            this.path = path;
            this.family = family;
            this.mean = mean;
            this.sd = sd;
            this.min = min;
            this.max = max;
        }

        /** The path the five keys sit under, e.g. {@code citizens.solidarity}. */
        public String path() {
            return path;
        }

        /** The five declarations, in documentation order. */
        public List<ParameterSpec> specs() {
            return List.of(family.spec(), mean.spec(), sd.spec(), min.spec(), max.spec());
        }

        @Override
        public String toString() {
            return path;
        }
    }
}
