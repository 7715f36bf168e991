package org.pnyx.cli;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.charts.ChartOptions;
import picocli.CommandLine.Option;

/** The options shared by the chart verbs: size, the projector preset and the metrics to draw. */
public final class ChartSizeOptions {

    @Option(names = "--width", paramLabel = "PIXELS",
            description = "Chart width in pixels (default: 1600; 1280 with --projector).")
    Integer width;

    @Option(names = "--height", paramLabel = "PIXELS",
            description = "Chart height in pixels (default: 900; 720 with --projector).")
    Integer height;

    @Option(names = "--projector",
            description = "For a projector: 1280x720, type 1.3 times larger, at most six panels per image.")
    boolean projector;

    @Option(names = "--metrics", paramLabel = "NAME[,NAME...]", split = ",",
            description = "Only these metrics (timeseries.csv columns), in this order: a run's panels, a sweep's "
                    + "charts, a comparison's charts.")
    List<String> metrics;

    /** The options; throws {@link IllegalArgumentException} naming the bad value. */
    ChartOptions options() {
        ChartOptions base = projector ? ChartOptions.projector() : ChartOptions.defaults();
        List<String> chosen = new ArrayList<>();
        if (metrics != null) {
            for (String m : metrics) {
                String t = m.trim();
                if (t.isEmpty()) {
                    throw new IllegalArgumentException("--metrics: an empty name; allowed: metric names separated "
                            + "by commas (see 'pnyx describe')");
                }
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }
        }
        return new ChartOptions(width == null ? base.width() : width, height == null ? base.height() : height,
                base.typeScale(), base.maxPanels(), chosen, null);
    }
}
