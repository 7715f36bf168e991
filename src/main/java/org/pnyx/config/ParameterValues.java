package org.pnyx.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolved values of catalogue parameters keyed by path, defaults included, in catalogue order.
 * Values are read only through the declared handles ({@link Param}), so every key read is a key declared.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    /** Wraps checked values; every value must already be of its parameter's Java type. */
    public ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** All values by path, in insertion (catalogue) order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The value of a real-number parameter. */
    public double get(Param.Dbl p) {
        return ((Number) require(p.path())).doubleValue();
    }

    /** The value of a whole-number parameter. */
    public int get(Param.Int p) {
        return ((Number) require(p.path())).intValue();
    }

    /** The value of a 64-bit whole-number parameter. */
    public long get(Param.Lng p) {
        return ((Number) require(p.path())).longValue();
    }

    /** The value of a switch. */
    public boolean get(Param.Bool p) {
        return (Boolean) require(p.path());
    }

    /** The word chosen. */
    public String get(Param.Choice p) {
        return (String) require(p.path());
    }

    /** The text given. */
    public String get(Param.Text p) {
        return (String) require(p.path());
    }

    /** The distribution whose five keys sit under the handle's path. */
    public Distribution get(Param.Dist p) {
        return new Distribution(Distribution.Kind.of(get(p.family)), get(p.mean), get(p.sd), get(p.min), get(p.max));
    }

    private Object require(String path) {
        Object v = values.get(path);
        if (v == null) {
            throw new IllegalStateException("no value for " + path);
        }
        return v;
    }
}
