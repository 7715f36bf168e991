package org.pnyx.sensitivity.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.batch.Seeds;
import org.pnyx.config.ParameterSpec;
import org.pnyx.io.Numbers;
import org.pnyx.sensitivity.Morris;
import org.pnyx.sensitivity.ParameterRanges;
import org.pnyx.sensitivity.Saltelli;

/**
 * A sensitivity design as an experiment file declares it: the method, its sizes, and each varied
 * parameter's range.
 *
 * @param file         the experiment file
 * @param name         the experiment's name (names {@code results/<name>/})
 * @param seed         the experiment's base seed
 * @param method       Morris screening or Sobol' indices
 * @param factors      the varied parameters, in file order
 * @param trajectories Morris: trajectories r (0 for Sobol')
 * @param levels       Morris: grid levels p (0 for Sobol')
 * @param samples      Sobol': base samples N (0 for Morris)
 * @param secondOrder  Sobol': whether second-order indices are sampled
 */
public record SensitivityPlan(Path file, String name, long seed, Method method, List<Factor> factors,
                              int trajectories, int levels, int samples, boolean secondOrder) {

    /** The two methods, by the word used in experiment files. */
    public enum Method {
        MORRIS("morris"), SOBOL("sobol");

        private final String word;

        Method(String word) {
            this.word = word;
        }

        /** The word in experiment files and outputs. */
        public String word() {
            return word;
        }
    }

    /**
     * A varied parameter.
     *
     * @param path  the scenario key path
     * @param spec  its declaration
     * @param lower lower end of the range
     * @param upper upper end of the range
     * @param line  line of the experiment file where the range is given
     */
    public record Factor(String path, ParameterSpec spec, double lower, double upper, int line) {

        /** Whether the parameter takes whole numbers. */
        public boolean whole() {
            return spec.type() != ParameterSpec.Type.DOUBLE;
        }
    }

    public SensitivityPlan {
        factors = List.copyOf(factors);
    }

    /** The varied key paths, in order. */
    public List<String> parameters() {
        return factors.stream().map(Factor::path).toList();
    }

    /** Rows of the design: {@code r (k + 1)} for Morris, {@code N (k + 2)} or {@code N (2k + 2)} for Sobol'. */
    public long rows() {
        int k = factors.size();
        return method == Method.MORRIS ? (long) trajectories * (k + 1) : Saltelli.rows(k, samples, secondOrder);
    }

    /** The seed of the Morris design's draws: a point index no run uses, so it is apart from every run's seed. */
    public long designSeed() {
        return Seeds.of(seed, Long.MAX_VALUE, 0);
    }

    /** The seed of the bootstrap resamples, apart from the design's and the runs' seeds. */
    public long bootstrapSeed() {
        return Seeds.of(seed, Long.MAX_VALUE, 1);
    }

    /** The design in the unit cube. */
    public double[][] unitDesign() {
        int k = factors.size();
        return method == Method.MORRIS ? Morris.sample(k, trajectories, levels, designSeed())
                : Saltelli.sample(k, samples, secondOrder);
    }

    /** Lower ends of the ranges. */
    public double[] lower() {
        return factors.stream().mapToDouble(Factor::lower).toArray();
    }

    /** Upper ends of the ranges. */
    public double[] upper() {
        return factors.stream().mapToDouble(Factor::upper).toArray();
    }

    /**
     * The design as the values run, one list per row. Numbers are rounded to 6 decimals, the precision of
     * every output file, so the value run is the value recorded. Whole-number parameters: Morris levels are
     * rounded to the nearest whole number; Sobol' values take each whole number of the range with equal
     * probability ({@code floor(lower + u (upper − lower + 1))}).
     */
    public List<List<String>> design() {
        double[][] unit = unitDesign();
        double[][] scaled = ParameterRanges.scale(unit, lower(), upper());
        List<List<String>> rows = new ArrayList<>(unit.length);
        for (int r = 0; r < unit.length; r++) {
            List<String> row = new ArrayList<>(factors.size());
            for (int i = 0; i < factors.size(); i++) {
                Factor f = factors.get(i);
                if (f.whole()) {
                    long v = method == Method.MORRIS ? Math.round(scaled[r][i])
                            : (long) Math.floor(f.lower() + unit[r][i] * (f.upper() - f.lower() + 1));
                    row.add(Long.toString(Math.min((long) f.upper(), Math.max((long) f.lower(), v))));
                } else {
                    row.add(Numbers.format(Math.min(f.upper(), Math.max(f.lower(), scaled[r][i])), false));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** One line on the design, e.g. {@code morris: 10 trajectories over 4 levels, 5 parameters, 60 rows}. */
    public String summary() {
        int k = factors.size();
        String size = method == Method.MORRIS
                ? trajectories + " trajectories over " + levels + " levels"
                : samples + " base samples" + (secondOrder ? " with second order" : "");
        return method.word() + ": " + size + ", " + k + (k == 1 ? " parameter, " : " parameters, ") + rows() + " rows";
    }
}
