package org.pnyx.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pnyx.charts.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx report RESULT_DIR}: writes a run's self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write RESULT_DIR/report.html: parameters, headline figures and every chart on one "
                + "self-contained page (also redraws RESULT_DIR/charts/).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run folder (with timeseries.csv).")
    Path dir;

    @Mixin
    ChartSizeOptions size;

    @Mixin
    ChartMetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ChartVerbs.run(spec, out -> {
            out.println("wrote " + Charts.report(dir, size.options().withMetrics(metrics.chosen())));
            return 0;
        });
    }
}
