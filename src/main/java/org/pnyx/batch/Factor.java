package org.pnyx.batch;

import java.util.List;
import org.pnyx.config.ParameterSpec;

/**
 * One varied parameter: either discrete levels (a list, or a range with a step) or, for sampled
 * designs only, a continuous interval {@code [min, max]} (whole numbers for integer parameters).
 *
 * @param spec   the catalogue entry of the parameter
 * @param levels the levels as canonical text, or empty for an interval
 * @param min    lower bound of an interval
 * @param max    upper bound of an interval
 * @param line   line of the factor in the experiment file, for messages
 */
public record Factor(ParameterSpec spec, List<String> levels, double min, double max, int line) {

    public Factor {
        levels = List.copyOf(levels);
    }

    /** Discrete levels. */
    public static Factor levels(ParameterSpec spec, List<String> levels, int line) {
        return new Factor(spec, levels, Double.NaN, Double.NaN, line);
    }

    /** A continuous (or whole-number) interval, for sampled designs. */
    public static Factor interval(ParameterSpec spec, double min, double max, int line) {
        return new Factor(spec, List.of(), min, max, line);
    }

    public String path() {
        return spec.path();
    }

    /** Whether the factor is an interval rather than a list of levels. */
    public boolean isInterval() {
        return levels.isEmpty();
    }
}
