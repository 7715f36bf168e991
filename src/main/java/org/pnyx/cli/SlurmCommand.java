package org.pnyx.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.batch.Experiment;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.ExperimentLoader;
import org.pnyx.batch.SlurmScript;
import org.pnyx.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx slurm EXPERIMENT --shards n}: writes sbatch scripts for a sharded sweep. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Write a Slurm job-array script that runs an experiment as n shards (task i runs "
                + "'pnyx sweep --shard i/n --resume'), and a merge script to run after it.")
final class SlurmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file.")
    private Path experiment;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "Number of array tasks.")
    private int shards;

    @Option(names = "--design", paramLabel = "FILE.csv", description = "Design CSV replacing the experiment's design.")
    private Path design;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep output folder (default: results/<experiment>/); "
            + "the scripts go to DIR/slurm/.")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "CPUs per task, used as sweep threads "
            + "(default: ${DEFAULT-VALUE}).")
    private int threads = 1;

    @Option(names = "--jar", paramLabel = "FILE", description = "The Pnyx jar the tasks run (default: this one).")
    private Path jar;

    @Option(names = "--java-options", paramLabel = "OPTS", description = "JVM options, e.g. -Xmx2g.")
    private String javaOptions;

    @Option(names = "--time", paramLabel = "LIMIT", description = "Time limit per task, e.g. 02:00:00.")
    private String time;

    @Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition.")
    private String partition;

    @Option(names = "--mem", paramLabel = "SIZE", description = "Memory per task, e.g. 4G.")
    private String mem;

    @Option(names = "--sbatch", paramLabel = "OPTION", description = "Extra sbatch option, e.g. --sbatch "
            + "--account=myproj (repeatable).")
    private List<String> extra = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Experiment e;
        try {
            e = ExperimentLoader.load(experiment, design);
        } catch (ExperimentException ex) {
            return SweepCommand.report(err, ex, "no script was written.");
        }
        if (shards < 1 || threads < 1) {
            err.println("error: --shards and --threads must be at least 1");
            return ScenarioOptions.INVALID;
        }
        Path jarPath = jar != null ? jar : thisJar();
        if (jarPath == null) {
            err.println("error: cannot tell which jar is running; give it with --jar target/pnyx.jar");
            return ScenarioOptions.INVALID;
        }
        List<String> options = new ArrayList<>();
        if (time != null) {
            options.add("--time=" + time);
        }
        if (partition != null) {
            options.add("--partition=" + partition);
        }
        if (mem != null) {
            options.add("--mem=" + mem);
        }
        options.addAll(extra);
        Path dir = (out != null ? out : Path.of("results", e.name())).toAbsolutePath().normalize();
        SlurmScript.Settings s = new SlurmScript.Settings(experiment.toAbsolutePath().normalize(),
                design == null ? null : design.toAbsolutePath().normalize(), e.name(), e.runs(), shards, dir, threads,
                jarPath.toAbsolutePath().normalize(), javaOptions, options);
        Path slurm = dir.resolve("slurm");
        Files.createDirectories(slurm);
        Path sweep = slurm.resolve("sweep.sbatch");
        Path merge = slurm.resolve("merge.sbatch");
        AtomicFiles.write(sweep, SlurmScript.sweep(s));
        AtomicFiles.write(merge, SlurmScript.merge(s));
        for (Path p : List.of(sweep, merge)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        o.printf("Wrote %s (%d array tasks, %d runs) and %s.%n", sweep, shards, e.runs(), merge);
        o.println("Submit the array, then the merge once every task has succeeded:");
        o.println("  jid=$(sbatch --parsable " + sweep + ")");
        o.println("  sbatch --dependency=afterok:$jid " + merge);
        return 0;
    }

    private static Path thisJar() {
        try {
            Path p = Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException | NullPointerException ex) {
            return null;
        }
    }
}
