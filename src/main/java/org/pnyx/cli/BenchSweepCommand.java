package org.pnyx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pnyx.batch.Experiment;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.ExperimentLoader;
import org.pnyx.batch.Sweep;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.metrics.RunObserver;
import org.pnyx.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pnyx bench-sweep}: runs per second of a sweep of the baseline (quorum over ten levels,
 * replicated), against the same simulations run bare in a loop, at each thread count; and the heap
 * after garbage collection as the sweep proceeds, which stays flat when results are streamed.
 */
@Command(name = "bench-sweep", mixinStandardHelpOptions = true,
        description = "Measure sweep speed (runs/s at each thread count, overhead over bare simulations, "
                + "parallel speed-up) and memory as the runs accumulate.")
final class BenchSweepCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE", description = "Base scenario (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/baseline.yaml")
    private Path scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per sweep, a multiple of 10 "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "200")
    private int runs;

    @Option(names = "--threads", split = ",", paramLabel = "N,...", description = "Thread counts "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "1,2")
    private List<Integer> threads;

    @Option(names = "--skip-bare", description = "Skip simulating the same runs bare, in a loop on one thread "
            + "(the reference for the sweep's per-run overhead).")
    private boolean skipBare;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 10 || runs % 10 != 0) {
            err.println("error: --runs must be a positive multiple of 10, but was " + runs);
            return ScenarioOptions.INVALID;
        }
        Path tmp = Files.createTempDirectory("pnyx-bench-sweep");
        try {
            Experiment e;
            try {
                String yaml = String.format(Locale.ROOT, """
                        name: bench-sweep
                        scenario: '%s'
                        seed: 1
                        replications: %d
                        vary:
                          bylaws.quorum: {from: 0.02, to: 0.2, step: 0.02}
                        """, scenario.toAbsolutePath().toString().replace("'", "''"), runs / 10);
                e = ExperimentLoader.parse(tmp.resolve("bench-sweep.yaml"), yaml, null);
            } catch (ExperimentException ex) {
                return SweepCommand.report(err, ex, "nothing was run.");
            }
            out.printf(Locale.ROOT, "Sweep of %s: %d runs (10 quorum levels x %d replications), %d cores.%n",
                    scenario, e.runs(), e.replications(), Runtime.getRuntime().availableProcessors());
            out.flush();
            warmUp(e);
            double bareSeconds = Double.NaN;
            if (!skipBare) {
                int n = (int) e.runs();
                long start = System.nanoTime();
                for (int r = 0; r < n; r++) {
                    Simulation.run(ScenarioLoader.parse("bench", e.scenarioText(), e.overrides(e.run(r))),
                            (week, overall, towns) -> { });
                }
                bareSeconds = (System.nanoTime() - start) / 1e9 / n;
                out.printf(Locale.ROOT, "  bare simulation, 1 thread:   %.3f s/run (%.2f runs/s) over %d runs%n",
                        bareSeconds, 1 / bareSeconds, n);
                out.flush();
            }
            double first = Double.NaN;
            for (int t : threads) {
                Path dir = tmp.resolve("t" + t);
                HeapProbe probe = new HeapProbe(e.runs());
                double load = loadAverage();
                Sweep.Result r = Sweep.run(e, Sweep.Options.of(dir, t), probe);
                double perRun = r.seconds() / r.ran();
                if (Double.isNaN(first)) {
                    first = r.runsPerSecond();
                }
                out.printf(Locale.ROOT, "  sweep, %d thread%s: %8.2f runs/s, %.3f s/run, speed-up %.2fx over %d "
                        + "thread%s", t, t == 1 ? " " : "s", r.runsPerSecond(), perRun,
                        r.runsPerSecond() / first, threads.get(0), threads.get(0) == 1 ? "" : "s");
                if (t == 1 && !Double.isNaN(bareSeconds)) {
                    out.printf(Locale.ROOT, ", overhead %+.1f%% over bare", 100 * (perRun / bareSeconds - 1));
                }
                out.println();
                out.printf(Locale.ROOT, "    worker CPU %.3f s/run; load average %.1f before, %.1f after; heap after GC "
                        + "at each quarter of the runs: %s MB%n", probe.cpuSeconds() / r.ran(), load, loadAverage(),
                        probe.report());
                out.flush();
            }
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Runs a few simulations so that the JIT has compiled the hot loops before anything is timed. */
    private static void warmUp(Experiment e) throws Exception {
        RunObserver none = (week, overall, towns) -> { };
        for (int r = 0; r < 3; r++) {
            Simulation.run(ScenarioLoader.parse("warm-up", e.scenarioText(), e.overrides(e.run(r))), none);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Measures the heap after a full collection at each quarter of the runs, and the CPU time of the
     * worker threads (which shows whether runs slow each other down, whatever else loads the machine).
     */
    private static final class HeapProbe implements Sweep.Listener {
        private final long total;
        private final List<String> samples = new ArrayList<>();
        private final Map<Long, Long> cpu = new TreeMap<>();
        private long done;

        HeapProbe(long total) {
            this.total = total;
        }

        @Override
        public synchronized void finished(Experiment.Run run) {
            done++;
            cpu.put(Thread.currentThread().getId(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            if (done * 4 % total == 0 || done == total) {
                Runtime rt = Runtime.getRuntime();
                System.gc();
                samples.add(String.format(Locale.ROOT, "%.1f", (rt.totalMemory() - rt.freeMemory()) / 1e6));
            }
        }

        synchronized double cpuSeconds() {
            return cpu.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        }

        synchronized String report() {
            return String.join(" / ", samples);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
