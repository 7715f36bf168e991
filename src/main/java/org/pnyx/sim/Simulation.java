package org.pnyx.sim;

import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.RunObserver;

/** Runs a scenario from start to end in the calling thread; a fresh {@link PnyxSim} each time. */
public final class Simulation {

    private Simulation() {
    }

    /**
     * Runs every week of the scenario, reporting each to the observer.
     *
     * @return the finished simulation, for inspection
     */
    public static PnyxSim run(ScenarioConfig scenario, RunObserver observer) {
        SteppedRun run = new SteppedRun(scenario, observer);
        while (!run.finished()) {
            run.step();
        }
        return run.sim();
    }
}
