package org.pnyx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.pnyx.charts.Charts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx compare DIR_A DIR_B ...}: overlays the same metrics of several runs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Overlay the same metrics of several runs, one chart per metric, with a table of headline "
                + "figures side by side: compare.html, compare.csv and PNG/SVG charts in --out.")
public final class CompareCommand implements Callable<Integer> {

    /** A run to compare, with the name given for it or null; in command-line order. */
    record Entry(String name, Path dir) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "RESULT_DIR", parameterConsumer = Plain.class,
            description = "Run folders to compare (with timeseries.csv); two or more in all, with those given by --label.")
    List<String> dirs;

    @Option(names = "--label", paramLabel = "NAME=DIR", parameterConsumer = Labelled.class,
            description = "A run folder with the name to show for it in legends and tables, e.g. --label "
                    + "consensus=results/baseline/decisionRule-consensus/seed-42 (repeatable; mixes with plain folders, "
                    + "in command-line order).")
    List<String> labelled;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/compare",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ChartSizeOptions size;

    @Mixin
    ChartMetricsOption metrics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (entries.size() < 2) {
            spec.commandLine().getErr().println("error: compare needs two or more run folders (RESULT_DIR or --label "
                    + "NAME=DIR), but got " + entries.size());
            return ScenarioOptions.INVALID;
        }
        List<Path> paths = entries.stream().map(Entry::dir).toList();
        List<String> names = entries.stream().map(Entry::name).toList();
        return ChartVerbs.run(spec, stdout -> {
            List<Path> files = Charts.compare(paths, names, out, size.options().withMetrics(metrics.chosen()));
            stdout.println("wrote " + files.size() + " files to " + out + " (open " + out.resolve("compare.html")
                    + ")");
            return 0;
        });
    }

    private static CompareCommand of(CommandSpec spec) {
        return (CompareCommand) spec.userObject();
    }

    /** Takes one plain folder argument. */
    static final class Plain implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
            of(spec).entries.add(new Entry(null, Path.of(args.pop())));
        }
    }

    /** Takes one {@code NAME=DIR} argument of {@code --label}. */
    static final class Labelled implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
            if (args.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--label: expects NAME=DIR, e.g. --label "
                        + "consensus=results/baseline/decisionRule-consensus/seed-42");
            }
            String v = args.pop();
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1 || v.substring(0, eq).isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--label " + v + ": expects NAME=DIR "
                        + "(a name, '=', a run folder), e.g. --label consensus=results/baseline/decisionRule-consensus/"
                        + "seed-42");
            }
            of(spec).entries.add(new Entry(v.substring(0, eq), Path.of(v.substring(eq + 1))));
        }
    }
}
