package org.pnyx.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolved values of catalogue parameters keyed by path, defaults included, in catalogue order.
 * A municipality's bylaw overrides are a second instance holding only {@code bylaws.*} keys.
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

    public double d(String path) {
        return ((Number) require(path)).doubleValue();
    }

    public int i(String path) {
        return ((Number) require(path)).intValue();
    }

    public long l(String path) {
        return ((Number) require(path)).longValue();
    }

    public boolean b(String path) {
        return (Boolean) require(path);
    }

    public String s(String path) {
        return (String) require(path);
    }

    /** The distribution whose five keys sit under {@code path}. */
    public Distribution distribution(String path) {
        return new Distribution(Distribution.Kind.of(s(path + ".dist")), d(path + ".mean"), d(path + ".sd"),
                d(path + ".min"), d(path + ".max"));
    }

    private Object require(String path) {
        Object v = values.get(path);
        if (v == null) {
            throw new IllegalStateException("no value for " + path);
        }
        return v;
    }
}
