package org.pnyx.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVPrinter;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.AtomicFiles;
import org.pnyx.io.ResolvedScenario;
import org.pnyx.io.RunBudget;
import org.pnyx.io.RunFolder;
import org.pnyx.io.RunWriter;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.io.Version;
import org.pnyx.metrics.FinalState;
import org.pnyx.metrics.RunObserver;
import org.pnyx.sim.Simulation;

/**
 * Runs an experiment's runs (or one shard of them) on local threads into an output folder:
 * {@code experiment.json} and {@code design.csv} first, then each finished run's row appended
 * durably to {@code runs.csv} as it completes (see {@link RunJournal}), and at the end
 * {@code runs.csv} rewritten in run order and {@code summary.csv} computed from it. Each run is a
 * fresh simulation in one worker thread with its derived seed, so the files are the same whatever
 * the thread count, the order of completion, or how often the sweep was interrupted and resumed.
 */
public final class Sweep {

    /** Files of a sweep folder. */
    public static final String EXPERIMENT = "experiment.json";
    public static final String DESIGN = "design.csv";
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String RUN_FOLDERS = "runs";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Execution settings (model parameters live in the experiment).
     *
     * @param out     output folder
     * @param threads worker threads, at least 1
     * @param shard   the slice of runs to do
     * @param resume  continue a sweep already begun in {@code out} (or start one if there is none)
     * @param limit   stop after this many new runs (Long.MAX_VALUE: no limit); resume later
     */
    public record Options(Path out, int threads, Shard shard, boolean resume, long limit) {

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
            }
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be at least 0, but was " + limit);
            }
        }

        public static Options of(Path out, int threads) {
            return new Options(out, threads, Shard.ALL, false, Long.MAX_VALUE);
        }
    }

    /** Hears of progress; called from worker threads. */
    public interface Listener {

        /** Before the first run: runs in this shard, and how many were already done. */
        default void started(long total, long alreadyDone) {
        }

        /** After a run's row is durably written. */
        default void finished(Experiment.Run run) {
        }

        /** Something worth a line in the log (a stale lock taken over). */
        default void note(String message) {
        }
    }

    /**
     * What a sweep did.
     *
     * @param total    runs in the shard
     * @param skipped  runs already done before this invocation
     * @param ran      runs done by this invocation
     * @param seconds  wall-clock seconds of this invocation's runs
     * @param complete whether every run of the shard is done (and summary.csv written)
     */
    public record Result(long total, long skipped, long ran, double seconds, boolean complete) {

        /** Runs per second in this invocation. */
        public double runsPerSecond() {
            return seconds > 0 ? ran / seconds : Double.NaN;
        }
    }

    /** A run that failed; names the run and what was run. */
    public static final class RunFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        RunFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Sweep() {
    }

    /**
     * Runs the experiment's (shard's) runs not yet in {@code runs.csv}.
     *
     * @throws ExperimentException when the folder holds another experiment, or a sweep and no resume was asked
     * @throws RunFailedException  when a simulation throws; finished runs stay recorded
     */
    public static Result run(Experiment e, Options o, Listener listener)
            throws IOException, ExperimentException, RunFailedException {
        try (SweepLock lock = SweepLock.acquire(o.out(), "pnyx sweep " + e.file())) {
            lock.notes().forEach(listener::note);
            return runLocked(e, o, listener);
        }
    }

    private static Result runLocked(Experiment e, Options o, Listener listener)
            throws IOException, ExperimentException, RunFailedException {
        Path out = o.out();
        Path runs = out.resolve(RUNS);
        Path meta = out.resolve(EXPERIMENT);
        boolean begun = Files.exists(runs) || Files.exists(meta);
        if (begun && !o.resume()) {
            throw new ExperimentException(out + ": already holds a sweep; add --resume to continue it, or choose "
                    + "another --out (or delete the folder to start over)");
        }
        if (begun) {
            checkSame(e, o.shard(), meta);
        }
        Files.createDirectories(out);
        writeMeta(e, o.shard(), meta);
        writeDesign(e, out.resolve(DESIGN));

        RunsCsv.Index index = new RunsCsv.Index(e);
        long complete = Files.exists(runs) ? index.add(runs, o.shard()) : 0;
        long total = o.shard().size(e.runs());
        long skipped = index.found();
        listener.started(total, skipped);
        long start = System.nanoTime();
        long ran;
        try (RunJournal journal = RunJournal.open(runs, complete, RunsCsv.headerLine(e))) {
            ran = work(e, o, index, journal, listener);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean done = skipped + ran == total;
        if (done) {
            finish(e, out);
        }
        return new Result(total, skipped, ran, seconds, done);
    }

    /** Rewrites runs.csv in run order and computes summary.csv from it. */
    static void finish(Experiment e, Path out) throws IOException, ExperimentException {
        Path runs = out.resolve(RUNS);
        RunsCsv.Index index = new RunsCsv.Index(e);
        index.add(runs, Shard.ALL);
        index.writeSorted(runs);
        Summary.write(e, runs, out.resolve(SUMMARY));
    }

    private static long work(Experiment e, Options o, RunsCsv.Index index, RunJournal journal, Listener listener)
            throws IOException, RunFailedException {
        AtomicLong cursor = new AtomicLong(o.shard().index() - 1);
        AtomicLong started = new AtomicLong();
        AtomicLong ran = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int step = o.shard().count();
        Runnable worker = () -> {
            while (!stop.get()) {
                long r = next(cursor, step, e.runs(), index);
                if (r < 0) {
                    return;
                }
                if (started.incrementAndGet() > o.limit()) {
                    return;
                }
                Experiment.Run run = e.run(r);
                try {
                    journal.append(runOne(e, run, o.out()));
                    ran.incrementAndGet();
                    listener.finished(run);
                } catch (Exception ex) {
                    stop.set(true);
                    failure.compareAndSet(null, describe(e, run, ex));
                    return;
                } catch (OutOfMemoryError oom) {
                    stop.set(true);
                    failure.compareAndSet(null, new RunFailedException("run " + run.folder() + " (design point "
                            + run.point() + ", replication " + run.replication() + ") ran " + RunBudget
                            .outOfMemoryAdvice() + ". Finished runs are saved; continue with --resume", null));
                    return;
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < o.threads(); t++) {
            Thread th = new Thread(worker, "pnyx-sweep-" + (t + 1));
            th.start();
            threads.add(th);
        }
        try {
            for (Thread th : threads) {
                th.join();
            }
        } catch (InterruptedException ex) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted; finished runs are saved, continue with --resume", ex);
        }
        Exception f = failure.get();
        if (f instanceof IOException io) {
            throw io;
        }
        if (f != null) {
            throw (RunFailedException) f;
        }
        return ran.get();
    }

    /** The next run index of the shard not yet done, or -1. Claims it. */
    private static long next(AtomicLong cursor, int step, long runs, RunsCsv.Index index) {
        while (true) {
            long r = cursor.getAndAdd(step);
            if (r >= runs) {
                return -1;
            }
            if (!index.has(r)) {
                return r;
            }
        }
    }

    private static Exception describe(Experiment e, Experiment.Run run, Exception ex) {
        if (ex instanceof IOException io) {
            return io;
        }
        if (ex instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return new RunFailedException("run " + run.folder() + " (design point " + run.point() + ", replication "
                + run.replication() + ") failed: " + ex + "; it ran with " + String.join(" ", e.overrides(run))
                + ". Finished runs are saved; fix the cause and continue with --resume", ex);
    }

    /** Simulates one run and returns its runs.csv row; writes its full outputs if the experiment asks. */
    static String runOne(Experiment e, Experiment.Run run, Path out) throws IOException, ScenarioException {
        List<String> overrides = e.overrides(run);
        ScenarioConfig scenario = ScenarioLoader.parse(e.scenarioFile().toString(), e.scenarioText(), overrides);
        RunRecorder recorder = RunRecorder.of(e.metrics(), Math.min(scenario.finalWindow(), scenario.steps()));
        if (!e.timeseries()) {
            Simulation.run(scenario, recorder);
            return RunsCsv.row(e, run, recorder);
        }
        Path dir = out.resolve(RUN_FOLDERS).resolve(run.folder());
        Path staging = RunFolder.stage(dir);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("scenario_file", e.scenarioFile().toString());
        extras.put("overrides", overrides);
        extras.put("experiment", e.name());
        extras.put("design_point", run.point());
        extras.put("replication", run.replication());
        RunWriter writer = new RunWriter(staging, scenario, extras);
        long start = System.nanoTime();
        Simulation.run(scenario, both(writer, recorder));
        writer.writeManifest((System.nanoTime() - start) / 1e9);
        RunFolder.commit(staging, dir);
        return RunsCsv.row(e, run, recorder);
    }

    private static RunObserver both(RunObserver a, RunObserver b) {
        return new RunObserver() {
            @Override
            public void begin(List<String> names) {
                a.begin(names);
                b.begin(names);
            }

            @Override
            public void week(long week, double[] overall, double[][] perMunicipality) {
                a.week(week, overall, perMunicipality);
                b.week(week, overall, perMunicipality);
            }

            @Override
            public void end(FinalState finalState) {
                a.end(finalState);
                b.end(finalState);
            }
        };
    }

    /** The experiment record written beside the results; never holds timestamps or thread counts. */
    static Map<String, Object> meta(Experiment e, Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", e.name());
        m.put("experiment_file", e.file().toString());
        m.put("scenario_file", e.scenarioFile().toString());
        m.put("fingerprint", e.fingerprint());
        m.put("shard", shard.count() == 1 ? null : shard.toString());
        m.put("design", e.design());
        m.put("parameters", e.parameters());
        m.put("points", e.points().size());
        m.put("replications", e.replications());
        m.put("runs", e.runs());
        m.put("seed", e.baseSeed());
        m.put("common_random_numbers", e.commonSeeds());
        m.put("seed_derivation", e.commonSeeds() ? "Seeds.of(seed, 0, replication)"
                : "Seeds.of(seed, point, replication)");
        m.put("timeseries", e.timeseries());
        m.put("metrics", e.metrics());
        m.put("fixed", e.fixed());
        if (!e.commandLineSet().isEmpty()) {
            m.put("command_line_set", e.commandLineSet());
        }
        m.put("pnyx_version", Version.get());
        try {
            List<String> fixed = new ArrayList<>();
            e.fixed().forEach((k, v) -> fixed.add(k + "=" + v));
            ScenarioConfig base = ScenarioLoader.parse(e.scenarioFile().toString(), e.scenarioText(), fixed);
            m.put("base_scenario", ResolvedScenario.of(base));
        } catch (ScenarioException ex) {
            throw new IllegalStateException("the base scenario was checked when the experiment was loaded", ex);
        }
        return m;
    }

    private static void writeMeta(Experiment e, Shard shard, Path meta) throws IOException {
        AtomicFiles.write(meta, JSON.writeValueAsString(meta(e, shard)) + "\n");
    }

    private static void writeDesign(Experiment e, Path target) throws IOException {
        try (CSVPrinter p = new CSVPrinter(AtomicFiles.open(target), RunsCsv.CSV)) {
            List<String> header = new ArrayList<>();
            header.add("point");
            header.addAll(e.parameters());
            header.add("seed_replication_0");
            p.printRecord(header);
            for (int k = 0; k < e.points().size(); k++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(k));
                row.addAll(e.points().get(k));
                row.add(Long.toString(e.run((long) k * e.replications()).seed()));
                p.printRecord(row);
            }
        }
        AtomicFiles.commit(target);
    }

    /** Reads a sweep folder's experiment.json, refusing one that is cut off or not a JSON object. */
    static JsonNode readMeta(Path meta) throws ExperimentException {
        try {
            JsonNode node = JSON.readTree(meta.toFile());
            if (node != null && node.isObject() && node.path("fingerprint").isTextual()) {
                return node;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new ExperimentException(meta + ": not an experiment record written by 'pnyx sweep' (not valid JSON, "
                + "or no fingerprint); the file is cut off or damaged");
    }

    /** Refuses to add to a folder that holds another experiment or another shard. */
    static void checkSame(Experiment e, Shard shard, Path meta) throws IOException, ExperimentException {
        if (!Files.exists(meta)) {
            throw new ExperimentException(meta.getParent() + ": holds runs.csv but no " + EXPERIMENT
                    + "; it was not written by 'pnyx sweep' (choose another --out)");
        }
        JsonNode node = readMeta(meta);
        String was = node.path("fingerprint").asText();
        if (!was.equals(e.fingerprint())) {
            throw new ExperimentException(meta + ": the sweep in this folder was begun with a different experiment "
                    + "(its base scenario, fixed values, design, replications, seed or recorded metrics differ); "
                    + "resume it with the same files, or choose another --out");
        }
        String shardWas = node.path("shard").isNull() ? Shard.ALL.toString() : node.path("shard").asText();
        if (!shardWas.equals(shard.toString())) {
            throw new ExperimentException(meta + ": the sweep in this folder is shard " + shardWas
                    + ", not " + shard);
        }
    }
}
