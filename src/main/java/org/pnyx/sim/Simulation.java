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
        PnyxSim sim = new PnyxSim(scenario, observer);
        sim.start();
        int steps = scenario.steps();
        for (int s = 0; s < steps; s++) {
            sim.schedule.step(sim);
        }
        observer.end(sim.metrics().finalState());
        sim.finish();
        return sim;
    }
}
