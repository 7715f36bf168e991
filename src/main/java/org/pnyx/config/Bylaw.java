package org.pnyx.config;

import java.util.List;
import java.util.Locale;

/**
 * The procedural bylaws an assembly may amend (Biehl 1998, "Assemblies at Work": the assembly draws up "procedural
 * bylaws specifying how it will conduct its proceedings", its offices and how it holds them to account), each
 * with the one step an amendment moves it: a number up or down by a fixed step (the quorum by a quarter of its
 * value), a choice to the next or previous of its declared choices. Each is a declared, changeable parameter;
 * an adopted amendment changes it through {@code model.TownRules#change}. Pnyx design: amendments move one step at a
 * time, so a bylaw travels far only by repeated votes.
 */
public enum Bylaw {
    QUORUM(BylawConfig.QUORUM, Step.SCALE, 0.25),
    DECISION_RULE(BylawConfig.DECISION_RULE, Step.CHOICE, 1),
    SUPERMAJORITY(BylawConfig.SUPERMAJORITY, Step.ADD, 0.05),
    CONSENSUS_ROUNDS(BylawConfig.CONSENSUS_ROUNDS, Step.ADD, 1),
    FALLBACK_RULE(BylawConfig.FALLBACK_RULE, Step.CHOICE, 1),
    MEETING_INTERVAL(BylawConfig.MEETING_INTERVAL, Step.ADD, 1),
    MEETING_HOURS(BylawConfig.MEETING_HOURS, Step.ADD, 0.5),
    PROPOSALS_PER_MEETING(BylawConfig.PROPOSALS_PER_MEETING, Step.ADD, 1),
    RECONSIDERATION_DELAY(BylawConfig.RECONSIDERATION_DELAY, Step.ADD, 1),
    OFFICE_SELECTION(BylawConfig.OFFICE_SELECTION, Step.CHOICE, 1),
    TERM_LENGTH(BylawConfig.TERM_LENGTH, Step.ADD, 1),
    TERM_LIMIT(BylawConfig.TERM_LIMIT, Step.ADD, 1),
    RECALL_THRESHOLD(BylawConfig.RECALL_THRESHOLD, Step.ADD, 0.05),
    MONITORING(SanctionConfig.MONITORING, Step.ADD, 0.2),
    SANCTION_FINE(SanctionConfig.SANCTION_FINE, Step.ADD, 0.25),
    AMENDMENT_MAJORITY(AmendmentConfig.AMENDMENT_MAJORITY, Step.ADD, 0.05);

    /** How an amendment moves a bylaw. */
    private enum Step { ADD, SCALE, CHOICE }

    /** Number of amendable bylaws. */
    public static final int COUNT = values().length;

    private final Param param;
    private final Step step;
    private final double size;

    Bylaw(Param param, Step step, double size) {
        this.param = param;
        this.step = step;
        this.size = size;
    }

    /** The declared parameter. */
    public Param param() {
        return param;
    }

    /** The name used in outputs: the parameter's key without its section, as in the scenario file. */
    public String key() {
        return param.spec().leaf();
    }

    /** The column of {@code municipalities.csv} that records the bylaw in force. */
    public String column() {
        return "bylaw_" + key().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** The columns of every amendable bylaw, in order. */
    public static List<String> columns() {
        return java.util.Arrays.stream(values()).map(Bylaw::column).toList();
    }

    /** The value of this bylaw in a run's resolved values, as written in a scenario file. */
    public String cell(ParameterValues values) {
        return format(values.asMap().get(param.path()));
    }

    /**
     * The value one step up ({@code direction} 1) or down (-1) from {@code current}, within the declared
     * range; null when the bylaw is already at that end (no amendment can move it further).
     */
    public Object next(Object current, int direction) {
        ParameterSpec s = param.spec();
        switch (step) {
            case CHOICE -> {
                List<String> choices = s.choices();
                int at = choices.indexOf(String.valueOf(current)) + direction;
                return at < 0 || at >= choices.size() ? null : choices.get(at);
            }
            case SCALE, ADD -> {
                double x = ((Number) current).doubleValue();
                double y = step == Step.SCALE ? (direction > 0 ? x * (1 + size) : x / (1 + size)) : x + direction * size;
                y = Math.round(y * 10_000) / 10_000.0;
                double lo = s.minExclusive() ? s.min() + 1e-4 : s.min();
                y = Math.max(lo, Math.min(s.max(), y));
                if (s.type() == ParameterSpec.Type.INT) {
                    int v = (int) Math.round(y);
                    return v == ((Number) current).intValue() ? null : Integer.valueOf(v);
                }
                return Math.abs(y - x) < 1e-9 ? null : Double.valueOf(y);
            }
            default -> throw new IllegalStateException(step.name());
        }
    }

    /** A value as written in a scenario file and in the outputs. */
    public static String format(Object v) {
        if (v instanceof Double d) {
            return trim(d);
        }
        return String.valueOf(v);
    }

    private static String trim(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
