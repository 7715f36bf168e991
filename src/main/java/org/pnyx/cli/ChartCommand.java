package org.pnyx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.charts.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx chart RESULT_DIR}: draws a finished run's charts from its output files. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw the charts of a finished run into RESULT_DIR/charts/ as PNG and SVG.")
public final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run folder (with timeseries.csv).")
    Path dir;

    @Mixin
    ChartSizeOptions size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ChartVerbs.run(spec, out -> {
            List<Path> files = Charts.renderRun(dir, size.options());
            out.println("wrote " + files.size() + " chart files to " + dir.resolve(Charts.CHARTS_DIR));
            return 0;
        });
    }
}
