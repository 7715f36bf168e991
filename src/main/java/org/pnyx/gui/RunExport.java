package org.pnyx.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.RunFolder;
import org.pnyx.io.RunWriter;

/**
 * Writes a finished live run's folder: what the run measured, week by week as the page saw it, through the same
 * writer as {@code pnyx run} ({@link RunWriter}), under the saved scenario. Its files are those that
 * {@code pnyx run} of the saved scenario writes, byte for byte (the manifest's wall time and file aside).
 */
final class RunExport {

    private RunExport() {
    }

    static void write(LiveSeries series, ScenarioConfig saved, Path dir, String scenarioFile, double seconds) {
        try {
            Path staging = RunFolder.stage(dir);
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("scenario_file", scenarioFile);
            extras.put("overrides", List.of());
            extras.put("run_by", "pnyx studio");
            RunWriter writer = new RunWriter(staging, saved, extras);
            series.replay(writer);
            writer.writeManifest(seconds);
            RunFolder.commit(staging, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the run folder of a scenario by running it, as {@code pnyx run} does (the same stepping, the same
     * writer): for a live run under way, its scenario as run so far with as many weeks as were run.
     */
    static void run(ScenarioConfig scenario, Path dir, String scenarioFile) {
        try {
            Path staging = RunFolder.stage(dir);
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("scenario_file", scenarioFile);
            extras.put("overrides", List.of());
            extras.put("run_by", "pnyx studio");
            RunWriter writer = new RunWriter(staging, scenario, extras);
            long start = System.nanoTime();
            org.pnyx.sim.SteppedRun run = new org.pnyx.sim.SteppedRun(scenario, writer);
            while (!run.finished()) {
                run.step();
            }
            writer.writeManifest((System.nanoTime() - start) / 1e9);
            RunFolder.commit(staging, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
