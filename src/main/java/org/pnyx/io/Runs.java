package org.pnyx.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.StabilitySnapshot;
import org.pnyx.sim.PnyxSim;
import org.pnyx.sim.Simulation;

/** Runs a scenario into a run folder: the one path by which {@code run} (and batch runs) produce outputs. */
public final class Runs {

    private Runs() {
    }

    /**
     * What a finished run produced.
     *
     * @param dir            the run folder
     * @param population     citizens simulated
     * @param municipalities municipalities simulated
     * @param wallSeconds    wall-clock time of the simulation and writing
     * @param stability      final-window figures per metric column
     */
    public record Result(Path dir, int population, int municipalities, double wallSeconds,
                         Map<String, StabilitySnapshot> stability) {
    }

    /** The default run folder: {@code results/<name>/seed-<seed>}. */
    public static Path defaultDir(ScenarioConfig scenario) {
        return defaultDir(Path.of("results"), scenario);
    }

    /** The default run folder under a results folder: {@code <results>/<name>/seed-<seed>}; the name follows {@link SafeNames}. */
    public static Path defaultDir(Path results, ScenarioConfig scenario) {
        return SafeNames.child(results, scenario.name()).resolve("seed-" + scenario.seed());
    }

    /**
     * Runs the scenario and writes all outputs into {@code dir}.
     *
     * @param scenarioFile the file the scenario came from, for the manifest (may be null)
     * @param overrides    the {@code --set} overrides applied, for the manifest
     */
    public static Result run(ScenarioConfig scenario, Path dir, String scenarioFile, List<String> overrides)
            throws IOException {
        return run(scenario, dir, scenarioFile, overrides, null);
    }

    /**
     * Runs the scenario and writes all outputs into {@code dir}, recording the run's label in the manifest.
     *
     * @param label the run's label ({@link RunLabels}), or null for a plain run: the manifest then has no label
     *              entry, so plain runs write what they wrote before labels existed
     */
    public static Result run(ScenarioConfig scenario, Path dir, String scenarioFile, List<String> overrides,
                             String label) throws IOException {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("scenario_file", scenarioFile);
        extras.put("overrides", List.copyOf(overrides));
        if (label != null) {
            extras.put("label", label);
        }
        return run(scenario, dir, extras);
    }

    /**
     * Runs the scenario into a fresh staging folder beside {@code dir} and, when every file is written,
     * puts it in place of {@code dir} in one step ({@link RunFolder}).
     *
     * @param extras manifest entries after the version (scenario file, overrides, ...), in order
     */
    public static Result run(ScenarioConfig scenario, Path dir, Map<String, Object> extras) throws IOException {
        Path staging = RunFolder.stage(dir);
        RunWriter writer = new RunWriter(staging, scenario, extras);
        long start = System.nanoTime();
        PnyxSim sim;
        try {
            sim = Simulation.run(scenario, writer);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writer.writeManifest(seconds);
        RunFolder.commit(staging, dir);
        return new Result(dir, sim.society().citizens().size(), sim.society().municipalities().size(), seconds,
                writer.stability());
    }
}
