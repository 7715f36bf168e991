package org.pnyx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.charts.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx compare DIR_A DIR_B ...}: overlays the same metrics of several runs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Overlay the same metrics of several runs, one chart per metric, with a table of headline "
                + "figures side by side: compare.html, compare.csv and PNG/SVG charts in --out.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "RESULT_DIR", description = "Two or more run folders to compare (with timeseries.csv).")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/compare",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ChartSizeOptions size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ChartVerbs.run(spec, stdout -> {
            List<Path> files = Charts.compare(dirs, out, size.options());
            stdout.println("wrote " + files.size() + " files to " + out + " (open " + out.resolve("compare.html")
                    + ")");
            return 0;
        });
    }
}
