package org.pnyx.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --metrics} option of {@code chart}, {@code report} and {@code compare}: which metrics to draw. */
public final class ChartMetricsOption {

    @Option(names = "--metrics", paramLabel = "NAME[,NAME...]", split = ",",
            description = "Only these metrics (timeseries.csv columns), in this order: a run's panels, a sweep's "
                    + "charts, a comparison's charts.")
    List<String> metrics;

    /** The metrics chosen, in order without repeats; empty when the option was not given. */
    List<String> chosen() {
        List<String> out = new ArrayList<>();
        if (metrics == null) {
            return out;
        }
        for (String m : metrics) {
            String t = m.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("--metrics: an empty name; allowed: metric names separated by "
                        + "commas (see 'pnyx describe')");
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
