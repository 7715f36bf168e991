package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.Merge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx merge DIR...}: combines the shards of a sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the output folders of a sweep's shards (pnyx sweep --shard i/n) into one runs.csv and "
                + "summary.csv, the same as a single-machine sweep would write.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard output folders, e.g. "
            + "results/quorum-rule/shard-*-of-4.")
    private List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the folder holding the "
            + "shard folders, when they share one).")
    private Path out;

    @Option(names = "--partial", description = "Write the outputs even if some runs are missing.")
    private boolean partial;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path target = out;
        if (target != null && (target.toString().isEmpty() || java.nio.file.Files.exists(target)
                && !java.nio.file.Files.isDirectory(target))) {
            err.println("error: --out " + target + ": " + (target.toString().isEmpty() ? "is empty text"
                    : "exists and is not a folder") + "; allowed: a folder path");
            return ScenarioOptions.INVALID;
        }
        if (target == null) {
            Path parent = dirs.get(0).toAbsolutePath().normalize().getParent();
            for (Path d : dirs) {
                if (!d.toAbsolutePath().normalize().getParent().equals(parent)) {
                    err.println("error: the shard folders are in different places; say where to write with --out");
                    return ScenarioOptions.INVALID;
                }
            }
            target = parent;
        }
        try {
            Merge.Result r = Merge.merge(dirs, target, partial);
            spec.commandLine().getOut().printf("Merged %d folders: %d of %d runs into %s/runs.csv and summary.csv.%n",
                    r.folders(), r.found(), r.runs(), target);
            return 0;
        } catch (ExperimentException ex) {
            return SweepCommand.report(err, ex, "nothing was written.");
        }
    }
}
