package org.pnyx.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One section of the parameter catalogue ({@code bylaws}, {@code economy}, ...) and the builder by
 * which each of its parameters is declared, once: key, label, default, range or choices, unit,
 * meaning, source, and whether it may change during a run. The {@link Parameters} catalogue lists
 * the sections in documentation order; a section lists its parameters in declaration order.
 *
 * <pre>{@code
 * static final Section S = new Section("bylaws", true);
 * public static final Param.Dbl QUORUM = S.number("quorum", "Quorum", 0.05).in(0, 1)
 *         .unit("share of citizens").means("Share of the citizens who must be present for any decision.");
 * }</pre>
 */
public final class Section {

    private final String prefix;
    private final boolean changeable;
    private final List<ParameterSpec> specs = new ArrayList<>();
    private final List<Param> handles = new ArrayList<>();
    private final List<Param.Dist> distributions = new ArrayList<>();

    /**
     * @param name       the section's key prefix ({@code bylaws}), or empty for top-level keys
     * @param changeable whether its parameters may change during a run unless declared otherwise
     */
    public Section(String name, boolean changeable) {
        this.prefix = name.isEmpty() ? "" : name + ".";
        this.changeable = changeable;
    }

    /** The declarations, in order. */
    public List<ParameterSpec> specs() {
        return Collections.unmodifiableList(specs);
    }

    /** The handles, in the order of {@link #specs()}. */
    List<Param> handles() {
        return Collections.unmodifiableList(handles);
    }

    /** The distributions declared, in order. */
    public List<Param.Dist> distributions() {
        return Collections.unmodifiableList(distributions);
    }

    /** Declares a real number. */
    public Builder<Param.Dbl> number(String key, String label, double byDefault) {
        return new Builder<>(key, label, ParameterSpec.Type.DOUBLE, byDefault, Param.Dbl::new);
    }

    /** Declares a whole number. */
    public Builder<Param.Int> whole(String key, String label, int byDefault) {
        return new Builder<>(key, label, ParameterSpec.Type.INT, byDefault, Param.Int::new);
    }

    /** Declares a 64-bit whole number. */
    public Builder<Param.Lng> wholeLong(String key, String label, long byDefault) {
        return new Builder<>(key, label, ParameterSpec.Type.LONG, byDefault, Param.Lng::new);
    }

    /** Declares a switch. */
    public Builder<Param.Bool> flag(String key, String label, boolean byDefault) {
        return new Builder<>(key, label, ParameterSpec.Type.BOOLEAN, byDefault, Param.Bool::new);
    }

    /** Declares a choice among words. */
    public Builder<Param.Choice> choice(String key, String label, String byDefault, List<String> choices) {
        Builder<Param.Choice> b = new Builder<>(key, label, ParameterSpec.Type.CHOICE, byDefault, Param.Choice::new);
        b.choices = choices;
        return b;
    }

    /** Declares free text. */
    public Builder<Param.Text> text(String key, String label, String byDefault) {
        return new Builder<>(key, label, ParameterSpec.Type.TEXT, byDefault, Param.Text::new);
    }

    /**
     * Declares a distribution: a family and its mean, sd, min and max, each bounded by [min, max]
     * (the sd by their difference). Distributions are drawn when the society is built and do not change.
     */
    public Param.Dist distribution(String key, String label, String family, double mean, double sd, double min,
                                   double max, String unit, String meaning, String source) {
        Param.Choice f = choice(key + ".dist", label + ": distribution", family, Distribution.Kind.names())
                .fixed().source(source).means("Distribution family. " + meaning);
        Param.Dbl m = number(key + ".mean", label + ": mean", mean).in(min, max).unit(unit).fixed()
                .means("Mean (constant: the value).");
        Param.Dbl s = number(key + ".sd", label + ": spread", sd).in(0, max - min).unit(unit).fixed()
                .means("Standard deviation (ignored for constant and uniform).");
        Param.Dbl lo = number(key + ".min", label + ": lowest", min).in(min, max).unit(unit).fixed()
                .means("Lowest value drawn (normal draws are truncated here).");
        Param.Dbl hi = number(key + ".max", label + ": highest", max).in(min, max).unit(unit).fixed()
                .means("Highest value drawn.");
        Param.Dist d = new Param.Dist(prefix + key, f, m, s, lo, hi);
        distributions.add(d);
        return d;
    }

    /**
     * The rest of one declaration; {@link #means} ends it and returns the handle.
     *
     * @param <P> the handle's type
     */
    public final class Builder<P> {
        private final String key;
        private final String label;
        private final ParameterSpec.Type type;
        private final Object byDefault;
        private final Function<ParameterSpec, P> handle;
        private double min;
        private boolean minExclusive;
        private double max;
        private List<String> choices = List.of();
        private String unit = "";
        private String source = "Pnyx design";
        private boolean live = changeable;

        private Builder(String key, String label, ParameterSpec.Type type, Object byDefault,
                        Function<ParameterSpec, P> handle) {
            this.key = key;
            this.label = label;
            this.type = type;
            this.byDefault = byDefault;
            this.handle = handle;
        }

        /** Allowed values: from {@code min} to {@code max}, both included. */
        public Builder<P> in(double min, double max) {
            this.min = min;
            this.max = max;
            return this;
        }

        /** Allowed values: above {@code min} (excluded) up to {@code max} (included). */
        public Builder<P> above(double min, double max) {
            in(min, max);
            this.minExclusive = true;
            return this;
        }

        /** The unit, in plain words ("weeks", "share of citizens"). */
        public Builder<P> unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Where the rule or value comes from: a seed passage, a published model, or "Pnyx design". */
        public Builder<P> source(String source) {
            this.source = source;
            return this;
        }

        /** The value is set at the start and may not change during the run. */
        public Builder<P> fixed() {
            this.live = false;
            return this;
        }

        /** The value may change during the run (an amendment, an intervention). */
        public Builder<P> changeable() {
            this.live = true;
            return this;
        }

        /** Ends the declaration with one sentence of meaning, enters it in its section and returns the handle. */
        public P means(String meaning) {
            ParameterSpec spec = new ParameterSpec(prefix + key, type, byDefault, min, minExclusive, max, choices, unit,
                    meaning, source, label, live);
            specs.add(spec);
            P h = handle.apply(spec);
            handles.add((Param) h);
            return h;
        }
    }
}
