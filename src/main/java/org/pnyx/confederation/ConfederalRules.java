package org.pnyx.confederation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ParameterValues;

/**
 * The confederal rules in force (the vote rule and interval, delegates' fidelity, enforcement,
 * migration and transition rates), set up from the scenario and changed during the run only by
 * {@link #change}. The confederal mechanisms read them from here every week. The structure of the
 * confederal layer (whether it is on, the regions, the goods) is fixed for the run.
 */
public final class ConfederalRules {

    private final Map<String, Object> values;
    private ConfederationConfig config;

    /** Rules from the scenario's values. */
    public ConfederalRules(ParameterValues values) {
        this.values = new LinkedHashMap<>(values.asMap());
        this.config = ConfederationConfig.from(values);
    }

    /** Rules given as a record (fixtures); they cannot be changed during the run. */
    public ConfederalRules(ConfederationConfig config) {
        this.values = null;
        this.config = config;
    }

    /** The rules in force. */
    public ConfederationConfig config() {
        return config;
    }

    /** Whether the parameter is a confederal rule ({@code confederation.*}, {@code migration.*}, {@code transition.*}). */
    public static boolean governs(ParameterSpec p) {
        return p.section().equals("confederation") || p.section().equals("migration")
                || p.section().equals("transition") || p.section().equals("interdependence");
    }

    /**
     * Changes one confederal rule, from the next step that reads it on.
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public void change(Param p, Object value) {
        ParameterSpec s = p.spec();
        if (!governs(s)) {
            throw new IllegalArgumentException(s.path() + " is not a confederal rule");
        }
        if (!s.changeable()) {
            throw new IllegalArgumentException(s.path() + " is fixed for the run and cannot change during it");
        }
        if (values == null) {
            throw new IllegalStateException("these rules were given as a record and have no parameter values to change");
        }
        Object parsed = s.parse(String.valueOf(value));
        Object old = values.put(s.path(), parsed);
        try {
            config = ConfederationConfig.from(new ParameterValues(values));
        } catch (IllegalArgumentException e) {
            values.put(s.path(), old);
            throw new IllegalArgumentException(s.path() + ": " + e.getMessage(), e);
        }
    }
}
