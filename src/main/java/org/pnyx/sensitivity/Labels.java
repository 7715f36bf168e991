package org.pnyx.sensitivity;

import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.metrics.Metric;

/**
 * The plain-language label of a scenario parameter or a metric, for chart titles and reports, read from
 * its declaration. Every label shown by the sensitivity tools goes through this class.
 */
public final class Labels {

    private Labels() {
    }

    /** The declared label of the parameter at {@code path}; a key that is not declared is shown as it is. */
    public static String of(String path) {
        ParameterSpec p = Parameters.catalog().get(path);
        return p == null ? path : p.label();
    }

    /** The declared label of a metric column; a column that is not declared is shown as it is. */
    public static String metric(String column) {
        Metric m = Metric.of(column);
        return m == null ? column : m.label();
    }
}
