package org.pnyx.config;

import java.util.Objects;

/**
 * One intervention: at the start of a week, before any step, a rule in force is set to a value, in one
 * town or in all of them (or, for a confederal rule, in the confederal layer), as if the assembly had
 * adopted it; the assembly may amend it again later. Written in a scenario's {@code interventions:} list
 * or with {@code --intervene WEEK[:TOWN]:KEY=VALUE}, the canonical text form ({@link #toString()}).
 *
 * @param week         the week (0-based) at whose start it takes effect; within the run, {@code [0, steps)}
 * @param municipality the town's name, or null for every town (always null for a confederal rule)
 * @param param        the parameter, one declared changeable during a run
 * @param value        the new value, already parsed and checked by the declaration ({@link ParameterSpec#parse})
 */
public record Intervention(int week, String municipality, Param param, Object value) {

    /**
     * The last column of {@code municipalities.csv} when a scenario has interventions: the changes of the town's
     * rules that took effect at the start of the row's week ({@code key=value; ...}), empty in other rows. A
     * scenario without interventions has no such column.
     */
    public static final String COLUMN = "intervention";

    public Intervention {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(value, "value");
        if (week < 0) {
            throw new IllegalArgumentException("week must be 0 or more, but was " + week);
        }
        if (!param.spec().changeable()) {
            throw new IllegalArgumentException(param.path() + " is fixed for the run and cannot change during it");
        }
        if (municipality != null && municipality.isBlank()) {
            throw new IllegalArgumentException("municipality must be a name or null, but was blank");
        }
    }

    /** The dotted key. */
    public String key() {
        return param.path();
    }

    /** The value as a scenario file would write it: {@code 0.2}, {@code 1}, {@code consensus}. */
    public String valueText() {
        return value instanceof Double d ? ParameterSpec.fmt(d) : String.valueOf(value);
    }

    /** {@code key=value}, as shown in {@code municipalities.csv} and on the charts. */
    public String assignment() {
        return key() + "=" + valueText();
    }

    /** The flag form: {@code 260:Riverside:bylaws.decisionRule=consensus}, or {@code 260:bylaws.quorum=0.1}. */
    @Override
    public String toString() {
        return week + ":" + (municipality == null ? "" : municipality + ":") + assignment();
    }
}
