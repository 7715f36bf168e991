package org.pnyx.batch;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Seeding;
import org.pnyx.io.Numbers;

/**
 * Experimental designs: the design points made from a list of {@link Factor}s. Sampled designs draw
 * from one MersenneTwisterFast seeded from the experiment's base seed, so a design is the same on
 * every machine.
 */
public final class Designs {

    /** Design methods accepted in experiment files. */
    public static final List<String> METHODS = List.of("full_factorial", "random", "latin_hypercube");

    private Designs() {
    }

    /**
     * Every combination of the factors' levels; the first factor varies slowest, the last fastest
     * (nested loops in file order).
     */
    public static List<List<String>> fullFactorial(List<Factor> factors) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (Factor f : factors) {
            if (f.isInterval()) {
                throw new IllegalArgumentException(f.path() + ": a full factorial design needs levels, not an interval");
            }
            List<List<String>> next = new ArrayList<>(points.size() * f.levels().size());
            for (List<String> p : points) {
                for (String level : f.levels()) {
                    List<String> q = new ArrayList<>(p);
                    q.add(level);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** {@code samples} points with each factor drawn independently and uniformly. */
    public static List<List<String>> random(List<Factor> factors, int samples, long seed) {
        MersenneTwisterFast rng = Seeding.generator(seed);
        List<List<String>> points = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            List<String> p = new ArrayList<>(factors.size());
            for (Factor f : factors) {
                p.add(value(f, rng.nextDouble()));
            }
            points.add(p);
        }
        return points;
    }

    /**
     * A Latin hypercube of {@code samples} points (McKay, Beckman &amp; Conover 1979): each factor's
     * range is cut into {@code samples} equal strata, each stratum is used exactly once, at a uniform
     * position within it, and the strata of different factors are paired by independent random
     * permutations.
     */
    public static List<List<String>> latinHypercube(List<Factor> factors, int samples, long seed) {
        MersenneTwisterFast rng = Seeding.generator(seed);
        String[][] cells = new String[samples][factors.size()];
        for (int k = 0; k < factors.size(); k++) {
            int[] perm = new int[samples];
            for (int i = 0; i < samples; i++) {
                perm[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < samples; i++) {
                cells[i][k] = value(factors.get(k), (perm[i] + rng.nextDouble()) / samples);
            }
        }
        List<List<String>> points = new ArrayList<>(samples);
        for (String[] row : cells) {
            points.add(List.of(row));
        }
        return points;
    }

    /** The factor's value at quantile {@code u} in [0, 1). */
    static String value(Factor f, double u) {
        if (!f.isInterval()) {
            int n = f.levels().size();
            return f.levels().get(Math.min(n - 1, (int) Math.floor(u * n)));
        }
        ParameterSpec.Type type = f.spec().type();
        if (type == ParameterSpec.Type.INT || type == ParameterSpec.Type.LONG) {
            long lo = (long) f.min();
            long hi = (long) f.max();
            return Long.toString(Math.min(hi, lo + (long) Math.floor(u * (hi - lo + 1))));
        }
        double v = f.min() + u * (f.max() - f.min());
        // Written with 6 decimals, like every number in the outputs, so that the value run is the value recorded.
        String rounded = Numbers.format(v, false);
        double back = Double.parseDouble(rounded);
        if (back >= f.min() && back <= f.max() && accepts(f.spec(), rounded)) {
            return rounded;
        }
        return Double.toString(v);
    }

    private static boolean accepts(ParameterSpec spec, String text) {
        try {
            spec.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Canonical text of a parsed parameter value: numbers as in the outputs, words in lower case. */
    static String text(Object value) {
        if (value instanceof Double d) {
            String s = Numbers.format(d, false);
            return Double.parseDouble(s) == d ? s : Double.toString(d);
        }
        return String.valueOf(value);
    }
}
