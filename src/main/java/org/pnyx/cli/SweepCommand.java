package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pnyx.batch.Experiment;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.ExperimentLoader;
import org.pnyx.batch.Shard;
import org.pnyx.batch.SlurmScript;
import org.pnyx.batch.Sweep;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.RunBudget;
import org.pnyx.io.RunFolder;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx sweep EXPERIMENT}: runs a batch experiment on local cores, resumably. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a batch experiment (design points x replications) on local cores and write "
                + "runs.csv (one row per run) and summary.csv (statistics per design point) to results/<experiment>/.",
                "Each finished run is saved as it completes; an interrupted sweep continues with --resume.",
                "See docs/BATCH.md for the experiment file format."})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file, e.g. "
            + "scenarios/experiments/quorum-rule.yaml.")
    private Path experiment;

    @Option(names = "--design", paramLabel = "FILE.csv", description = "Design points from a CSV file (a header of "
            + "scenario key paths, one row per point), replacing the experiment's vary and design.")
    private Path design;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter of the experiment's base "
            + "scenario in every run, e.g. --set bylaws.quorum=0.2 (repeatable; replaces the experiment's set: value of "
            + "the key; not a varied key, not the seed; recorded in experiment.json).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Runs in parallel (default: all cores, here "
            + "${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<experiment>/, or "
            + "results/<experiment>/shard-i-of-n/ with --shard).")
    private Path out;

    @Option(names = "--resume", description = "Continue the sweep begun in the output folder, skipping finished runs "
            + "(starts it if there is none).")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "i/n", description = "Run only the i-th of n disjoint slices of the runs "
            + "(i from 1); combine the slices with 'pnyx merge'.")
    private String shard;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N runs; continue later with --resume.")
    private Long limit;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar: plain log lines, for batch jobs and logs.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, but was " + threads);
            }
            if (limit != null && limit < 0) {
                throw new IllegalArgumentException("--limit must be at least 0, but was " + limit);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ScenarioOptions.INVALID;
        }
        Experiment e;
        try {
            e = ExperimentLoader.load(experiment, design, sets);
        } catch (ExperimentException ex) {
            return report(err, ex, "nothing was run.");
        }
        Path dir = out != null ? out : slice.count() == 1 ? Path.of("results", e.name())
                : SlurmScript.shardDir(Path.of("results", e.name()), slice.index(), slice.count());
        try {
            budget(e, dir, slice, err);
        } catch (RunBudget.OverBudgetException | RunFolder.RunFolderException ex) {
            err.println("error: " + Pnyx.clean(ex.getMessage()));
            err.println("nothing was run.");
            return ScenarioOptions.INVALID;
        }
        Sweep.Options options = new Sweep.Options(dir, threads, slice, resume, limit == null ? Long.MAX_VALUE : limit);
        String what = String.format(Locale.ROOT, "'%s': %d design points x %d replications = %d runs%s", e.name(),
                e.points().size(), e.replications(), e.runs(),
                slice.count() == 1 ? "" : ", shard " + slice + " (" + slice.size(e.runs()) + " runs)");
        err.println("pnyx sweep " + what + ", " + threads + (threads == 1 ? " thread" : " threads") + ", into "
                + dir + "/");
        err.flush();
        SweepProgress progress = new SweepProgress(err, !quiet && System.console() != null);
        Thread hook = new Thread(() -> {
            progress.close();
            err.println("pnyx sweep: interrupted; finished runs are saved in " + dir.resolve(Sweep.RUNS)
                    + ". Continue with: pnyx sweep " + experiment + (design == null ? "" : " --design " + design)
                    + (shard == null ? "" : " --shard " + slice) + (out == null ? "" : " --out " + out)
                    + sets.stream().map(x -> " --set " + x).reduce("", String::concat) + " --resume");
            err.flush();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Sweep.Result r;
        try {
            r = Sweep.run(e, options, progress);
        } catch (ExperimentException ex) {
            progress.close();
            return report(err, ex, "nothing was run.");
        } catch (Sweep.RunFailedException ex) {
            progress.close();
            err.println("error: " + ex.getMessage());
            return 1;
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        progress.close();
        String rate = r.ran() == 0 ? "" : String.format(Locale.ROOT, " in %.1f s (%.2f runs/s)", r.seconds(),
                r.runsPerSecond());
        if (!r.complete()) {
            o.printf(Locale.ROOT, "Stopped after %d runs%s: %d of %d done. Continue with --resume.%n", r.ran(), rate,
                    r.skipped() + r.ran(), r.total());
            return 0;
        }
        o.printf(Locale.ROOT, "Done: %d runs%s%s.%n", r.total(), r.skipped() > 0 ? " (" + r.skipped()
                + " from before)" : "", rate);
        if (!quiet) {
            o.println("Outputs in " + dir + "/:");
            o.println("  runs.csv         one row per run: point, replication, seed, parameters, <metric>_final, "
                    + "<metric>_mean, collapsed, time_to_collapse");
            o.println("  summary.csv      per design point and metric: n, mean, sd, ci95_low, ci95_high, min, max, cv, "
                    + "collapsed_share");
            o.println("  design.csv       the design points;  experiment.json  what was run");
            if (e.timeseries()) {
                o.println("  runs/<point>-<replication>/  each run's timeseries.csv and other outputs");
            }
        }
        return 0;
    }

    /**
     * Refuses a sweep whose simulations (one per thread) do not fit in the heap or whose files do not fit on
     * the disk, judged from the base scenario with the experiment's fixed values (design points may differ).
     */
    private void budget(Experiment e, Path dir, Shard slice, PrintWriter err)
            throws RunBudget.OverBudgetException, RunFolder.RunFolderException {
        if (dir.toString().isEmpty()) {
            throw new RunFolder.RunFolderException("--out: the output folder is empty text; allowed: a folder path");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RunFolder.RunFolderException(dir + ": exists and is not a folder; allowed: a new folder, or the "
                    + "folder of a sweep to resume");
        }
        List<String> fixed = new ArrayList<>();
        e.fixed().forEach((k, v) -> fixed.add(k + "=" + v));
        ScenarioConfig base;
        try {
            base = ScenarioLoader.parse(e.scenarioFile().toString(), e.scenarioText(), fixed);
        } catch (ScenarioException ex) {
            return;
        }
        long runs = slice.size(e.runs());
        RunBudget.checkMemory(base, (int) Math.min(threads, Math.max(1, runs)));
        long perRun = 16L * (6 + e.parameters().size() + 2L * e.metrics().size())
                + (e.timeseries() ? RunBudget.output(base) : 0);
        String warning = RunBudget.checkDisk(dir, perRun * runs, "this sweep");
        if (warning != null) {
            err.println(warning);
            err.flush();
        }
    }

    static int report(PrintWriter err, ExperimentException ex, String consequence) {
        for (String p : ex.problems()) {
            err.println("error: " + Pnyx.clean(p));
        }
        err.println((ex.problems().size() == 1 ? "1 problem; " : ex.problems().size() + " problems; ") + consequence);
        err.flush();
        return ScenarioOptions.INVALID;
    }
}
