package org.pnyx.sim;

import org.pnyx.config.Param;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.RunObserver;

/**
 * A run advanced one week at a time by its caller: what {@link Simulation#run} does in one go, and what a live
 * run in the studio does between its user's commands. The same scenario and the same calls of {@link #change}
 * at the same weeks give the same run, whoever steps it. Not thread-safe: one thread steps a run.
 */
public final class SteppedRun {

    private final ScenarioConfig scenario;
    private final RunObserver observer;
    private final PnyxSim sim;
    private boolean ended;

    /** Builds the society (the observer's {@code begin} is called); no week has run yet. */
    public SteppedRun(ScenarioConfig scenario, RunObserver observer) {
        this.scenario = scenario;
        this.observer = observer;
        this.sim = new PnyxSim(scenario, observer);
        sim.start();
    }

    /** Weeks run so far; the next week to run has this number (0-based). */
    public long weeksDone() {
        return sim.schedule.getSteps();
    }

    /** Whether every week of the scenario has run. */
    public boolean finished() {
        return weeksDone() >= scenario.steps();
    }

    /**
     * Runs the next week and, after the scenario's last week, ends the run (the observer's {@code end}).
     *
     * @throws IllegalStateException when the run is over
     */
    public void step() {
        if (finished()) {
            throw new IllegalStateException("the run is over: all " + scenario.steps() + " weeks have run");
        }
        sim.schedule.step(sim);
        if (finished()) {
            observer.end(sim.metrics().finalState());
            sim.finish();
            ended = true;
        }
    }

    /**
     * Changes a rule in force from the next week on, through {@link PnyxSim#change}: what an intervention at week
     * {@link #weeksDone()} does.
     *
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     * @throws IllegalStateException    when the run is over
     */
    public void change(Param p, Object value, String town) {
        if (ended) {
            throw new IllegalStateException("the run is over: all " + scenario.steps() + " weeks have run");
        }
        sim.change(p, value, town);
    }

    /** The simulation, for reading its state (towns, confederal layer). */
    public PnyxSim sim() {
        return sim;
    }

    /** The scenario being run. */
    public ScenarioConfig scenario() {
        return scenario;
    }
}
