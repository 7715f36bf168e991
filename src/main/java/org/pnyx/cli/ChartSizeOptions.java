package org.pnyx.cli;

import java.util.List;
import org.pnyx.charts.ChartOptions;
import picocli.CommandLine.Option;

/** The options shared by the verbs that draw charts: size and the projector preset. */
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

    /** The options; throws {@link IllegalArgumentException} naming the bad value. */
    ChartOptions options() {
        ChartOptions base = projector ? ChartOptions.projector() : ChartOptions.defaults();
        return new ChartOptions(width == null ? base.width() : width, height == null ? base.height() : height,
                base.typeScale(), base.maxPanels(), List.of(), null);
    }
}
