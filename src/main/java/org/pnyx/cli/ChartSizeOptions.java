package org.pnyx.cli;

import org.pnyx.charts.ChartOptions;
import picocli.CommandLine.Option;

/** The {@code --width} and {@code --height} options shared by the chart verbs. */
public final class ChartSizeOptions {

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "1600",
            description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PIXELS", defaultValue = "900",
            description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    /** The options; throws {@link IllegalArgumentException} naming the bad value. */
    ChartOptions options() {
        return new ChartOptions(width, height);
    }
}
