package org.pnyx.charts;

import java.util.Locale;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;

/**
 * Scenario parameters in plain words for chart axes, titles and legends, from their declarations
 * ({@link ParameterSpec#label()}, unit and choices): {@code bylaws.quorum} is "Quorum", its axis
 * "Quorum (share of citizens)", and {@code bylaws.decisionRule = supermajority} reads
 * "Decision rule = supermajority". A key that is not declared is shown by its last part.
 */
public final class ParamLabels {

    private ParamLabels() {
    }

    private static ParameterSpec spec(String path) {
        return path == null ? null : Parameters.catalog().get(path);
    }

    /** The declared label ({@code Quorum}), else the key's last part. */
    public static String label(String path) {
        ParameterSpec s = spec(path);
        if (s != null) {
            return s.label();
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The label with its unit, for an axis: {@code Quorum (share of citizens)}. */
    public static String axisLabel(String path) {
        ParameterSpec s = spec(path);
        return s == null ? label(path) : s.axisLabel();
    }

    /** A label in running text, lower-cased unless it starts with an acronym or a name: {@code quorum}. */
    public static String inText(String path) {
        String l = label(path);
        if (l.length() > 1 && Character.isUpperCase(l.charAt(0)) && Character.isLowerCase(l.charAt(1))) {
            return Character.toLowerCase(l.charAt(0)) + l.substring(1);
        }
        return l;
    }

    /** A value in words: a choice with its underscores as spaces, a switch as yes or no, a number as written. */
    public static String value(String path, String value) {
        ParameterSpec s = spec(path);
        if (s == null) {
            return value;
        }
        return switch (s.type()) {
            case BOOLEAN -> Boolean.parseBoolean(value.trim()) ? "yes" : "no";
            case CHOICE -> value.replace('_', ' ').toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    /** {@code Decision rule = supermajority}. */
    public static String assignment(String path, String value) {
        return label(path) + " = " + value(path, value);
    }
}
