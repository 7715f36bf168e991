package org.pnyx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.metrics.RunObserver;
import org.pnyx.sim.PnyxSim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pnyx bench}: citizen-steps per second and bytes per citizen at several population sizes,
 * one thread, towns of 1,000 citizens, metrics measured every week, no files written; with
 * {@code --confederation} the confederal layer runs too.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure simulation speed (citizen-steps per second, one core) and memory per citizen.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", description = "Population sizes (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000,100000,1000000")
    private List<Integer> sizes;

    @Option(names = "--weeks", description = "Weeks measured per size (default: ${DEFAULT-VALUE}).",
            defaultValue = "104")
    private int weeks;

    @Option(names = "--warmup", description = "Warm-up weeks before measuring, at least enough for 5 million "
            + "citizen-steps so the JIT has compiled the loops (default: ${DEFAULT-VALUE}).",
            defaultValue = "26")
    private int warmup;

    @Option(names = "--town-size", description = "Citizens per municipality (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    private int townSize;

    @Option(names = "--confederation", description = "Also run the confederal layer: regions of ten towns, "
            + "four kinds of goods, migration on.")
    private boolean confederation;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%12s %14s %20s %18s%n", "citizens", "weeks", "citizen-steps/s", "bytes/citizen");
        for (int size : sizes) {
            int towns = Math.max(1, size / townSize);
            String yaml = String.format(Locale.ROOT, """
                    name: bench
                    seed: 1
                    steps: %d
                    municipalities:
                      count: %d
                      size: {dist: constant, mean: %d, min: 2, max: 10000000}
                    """, warmupWeeks(size) + weeks, towns, townSize)
                    + (confederation ? String.format(Locale.ROOT, """
                    confederation: {enabled: true, regions: %d, voteInterval: 13}
                    interdependence: {goods: 4, goodsPerTown: 2}
                    migration: {enabled: true}
                    """, Math.max(1, towns / 10)) : "");
            ScenarioConfig scenario = ScenarioLoader.parse("bench", yaml, List.of());
            RunObserver none = (week, overall, perTown) -> { };
            long before = usedAfterGc();
            PnyxSim sim = new PnyxSim(scenario, none);
            sim.start();
            long bytes = usedAfterGc() - before;
            int citizens = sim.society().citizens().size();
            for (int w = 0; w < warmupWeeks(size); w++) {
                sim.schedule.step(sim);
            }
            long start = System.nanoTime();
            for (int w = 0; w < weeks; w++) {
                sim.schedule.step(sim);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%,12d %14d %,20.0f %,18.0f%n", citizens, weeks,
                    (double) citizens * weeks / seconds, (double) bytes / citizens);
            out.flush();
            sim.finish();
        }
        return 0;
    }

    private int warmupWeeks(int citizens) {
        return Math.max(warmup, (int) Math.ceil(5e6 / Math.max(1, citizens)));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
