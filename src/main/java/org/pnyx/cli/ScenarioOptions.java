package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its command-line overrides, shared by commands that read a scenario. */
final class ScenarioOptions {

    /** Exit code for an invalid scenario. */
    static final int INVALID = 2;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/baseline.yaml.")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a parameter, e.g. --set bylaws.quorum=0.2 (repeatable; see 'pnyx describe').")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--intervene", paramLabel = "WEEK[:TOWN]:KEY=VALUE",
            description = "Change a rule at the start of a week, before any step, in one town or (without TOWN) in"
                    + " all, e.g. --intervene 260:Riverside:bylaws.decisionRule=consensus (repeatable; the key must"
                    + " be one that may change during a run, see 'pnyx describe'; applied after the file's"
                    + " interventions: list).")
    List<String> intervenes = new ArrayList<>();

    @Option(names = "--seed", description = "Shortcut for --set seed=N.")
    Long seed;

    /** All overrides, the seed shortcut last. */
    List<String> allOverrides() {
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        return all;
    }

    /** Loads the scenario, or prints every problem to {@code err} and returns null. */
    ScenarioConfig load(PrintWriter err) {
        try {
            return ScenarioLoader.load(file, allOverrides(), intervenes);
        } catch (ScenarioException e) {
            for (String p : e.problems()) {
                err.println("error: " + Pnyx.clean(p));
            }
            err.println(e.problems().size() == 1 ? "1 problem; nothing was run." : e.problems().size()
                    + " problems; nothing was run.");
            return null;
        }
    }
}
