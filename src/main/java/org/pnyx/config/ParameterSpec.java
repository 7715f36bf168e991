package org.pnyx.config;

import java.util.List;
import java.util.Locale;

/**
 * One scenario parameter: its dotted key path, type, default, allowed values and meaning.
 *
 * @param path    dotted key path, e.g. {@code bylaws.quorum}
 * @param type    value type
 * @param defaultValue default, already of the Java type the parameter resolves to
 * @param min     lower bound for numbers (inclusive unless {@code minExclusive})
 * @param minExclusive whether {@code min} itself is excluded
 * @param max     upper bound for numbers (inclusive)
 * @param choices allowed words for {@link Type#CHOICE}
 * @param unit    unit in plain words ("weeks", "share of citizens", ...)
 * @param meaning one sentence
 * @param source  where the rule or value comes from (citation or "Pnyx design")
 * @param label   a few plain words for forms and chart axes ("Quorum", "Meeting length")
 * @param changeable whether the value may change during a run (an assembly's amendment, an intervention);
 *                   structural settings (the seed, the size of a town's population) may not
 */
public record ParameterSpec(String path, Type type, Object defaultValue, double min, boolean minExclusive,
                            double max, List<String> choices, String unit, String meaning, String source,
                            String label, boolean changeable) {

    /** Value types of parameters. */
    public enum Type { INT, LONG, DOUBLE, BOOLEAN, CHOICE, TEXT }

    public ParameterSpec {
        choices = List.copyOf(choices);
        if (type == Type.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(path + ": default " + defaultValue + " not among " + choices);
        }
    }

    /** The section the key belongs to: its first word ({@code bylaws}), or {@code run} for top-level keys. */
    public String section() {
        int dot = path.indexOf('.');
        return dot < 0 ? "run" : path.substring(0, dot);
    }

    /** The last word of the key ({@code quorum} for {@code bylaws.quorum}). */
    public String leaf() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The label with the unit, for a chart axis: {@code Quorum (share of citizens)}. */
    public String axisLabel() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /**
     * Checks a value a record is built from against this declaration, for code that builds records
     * directly rather than from a scenario: {@code quorum must be in [0, 1], but was 1.3}.
     *
     * @throws IllegalArgumentException naming the key's last word, the allowed values and the value
     */
    public void check(double v) {
        boolean low = minExclusive ? v <= min : v < min;
        if (low || v > max || Double.isNaN(v)) {
            String range = (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + "]";
            throw new IllegalArgumentException(leaf() + " must be in " + range + ", but was "
                    + (type == Type.DOUBLE ? String.valueOf(v) : fmt(v)));
        }
    }

    /** Checks a word against the choices, as {@link #check(double)} does for numbers. */
    public void check(String word) {
        if (!choices.contains(word)) {
            throw new IllegalArgumentException(leaf() + " must be one of " + String.join(", ", choices)
                    + ", but was " + word);
        }
    }

    /** Plain words for what this parameter accepts, used in error messages and {@code describe}. */
    public String allowed() {
        return switch (type) {
            case INT, LONG -> "a whole number in [" + fmt(min) + ", " + fmt(max) + "]";
            case DOUBLE -> "a number in " + (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + "]";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    /**
     * Parses and checks a scalar written in a scenario file or on the command line.
     *
     * @return the value as Integer, Long, Double, Boolean or String
     * @throws IllegalArgumentException with a message naming the value and what is allowed
     */
    public Object parse(String raw) {
        String s = raw.trim();
        try {
            switch (type) {
                case INT, LONG -> {
                    long v = Long.parseLong(s);
                    checkRange(v, s);
                    return type == Type.INT ? (Object) (int) v : (Object) v;
                }
                case DOUBLE -> {
                    double v = Double.parseDouble(s);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    checkRange(v, s);
                    return v;
                }
                case BOOLEAN -> {
                    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(s);
                    }
                    throw new IllegalArgumentException(bad(s));
                }
                case CHOICE -> {
                    String w = s.toLowerCase(Locale.ROOT);
                    if (choices.contains(w)) {
                        return w;
                    }
                    throw new IllegalArgumentException(bad(s) + Suggestions.nearest(w, choices)
                            .map(c -> "; did you mean '" + c + "'?").orElse(""));
                }
                default -> {
                    if (s.isEmpty()) {
                        throw new IllegalArgumentException("value is empty; allowed: non-empty text");
                    }
                    return s;
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad(s), e);
        }
    }

    private void checkRange(double v, String s) {
        boolean low = minExclusive ? v <= min : v < min;
        if (low || v > max) {
            throw new IllegalArgumentException(bad(s));
        }
    }

    private String bad(String s) {
        return "value '" + s + "' is not allowed; allowed: " + allowed();
    }

    /** Formats a bound or default for people: integers without a decimal point. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (v >= Long.MAX_VALUE) {
            return Long.toString(Long.MAX_VALUE);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    /** The default as a scenario file would write it. */
    public String defaultText() {
        return defaultValue instanceof Double d ? fmt(d) : String.valueOf(defaultValue);
    }
}
