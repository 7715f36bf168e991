package org.pnyx.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.charts.Charts;
import org.pnyx.charts.NotARunFolderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx chart RESULT_DIR}: draws a finished run's or sweep's charts from its output files. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw the charts of a finished run or sweep into RESULT_DIR/charts/ as PNG and SVG; "
                + "a sweep also gets RESULT_DIR/sweep.html.")
public final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR",
            description = "A run folder (with timeseries.csv) or a sweep folder (with summary.csv and runs.csv).")
    Path dir;

    @Option(names = "--metric", paramLabel = "NAME",
            description = "Sweeps only: the metric mapped over two numeric parameters (default: attendance_rate).")
    String metric;

    @Option(names = "--by", paramLabel = "KEY",
            description = "Sweeps only: group replicated time series and outcomes by this varied parameter "
                    + "(default: the one with the largest effect).")
    String by;

    @Mixin
    ChartSizeOptions size;

    @Mixin
    ChartMetricsOption metrics;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ChartVerbs.run(spec, out -> {
            if (Charts.isSweepFolder(dir)) {
                List<Path> files = Charts.renderSweep(dir, metric, size.options().withMetrics(metrics.chosen()).withBy(by));
                out.println("wrote " + (files.size() - 1) + " chart files to " + dir.resolve(Charts.CHARTS_DIR)
                        + " and " + files.get(files.size() - 1));
                return 0;
            }
            if (!Files.isRegularFile(dir.resolve("timeseries.csv"))) {
                throw NotARunFolderException.neitherRunNorSweep(dir);
            }
            if (by != null) {
                throw new IllegalArgumentException("--by applies to sweep folders only; " + dir + " is a run folder");
            }
            if (metric != null) {
                throw new IllegalArgumentException("--metric applies to sweep folders only; " + dir
                        + " is a run folder");
            }
            List<Path> files = Charts.renderRun(dir, size.options().withMetrics(metrics.chosen()));
            out.println("wrote " + files.size() + " chart files to " + dir.resolve(Charts.CHARTS_DIR));
            return 0;
        });
    }
}
