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
 */
public record ParameterSpec(String path, Type type, Object defaultValue, double min, boolean minExclusive,
                            double max, List<String> choices, String unit, String meaning, String source) {

    /** Value types of parameters. */
    public enum Type { INT, LONG, DOUBLE, BOOLEAN, CHOICE, TEXT }

    public ParameterSpec {
        choices = List.copyOf(choices);
        if (type == Type.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(path + ": default " + defaultValue + " not among " + choices);
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
