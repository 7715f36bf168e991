package org.pnyx.sim;

import java.util.List;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.confederation.ConfederalPhase;
import org.pnyx.economy.Economy;
import org.pnyx.metrics.MetricsCollector;
import org.pnyx.metrics.RunObserver;
import org.pnyx.model.Assembly;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of a scenario. A week is four phases scheduled once each, in this order:
 * <ol>
 *   <li>economy: every municipality's weekly economy, in index order, then the regrowth of any
 *       region's shared commons;</li>
 *   <li>assemblies: the assemblies whose meeting falls this week meet, in index order;</li>
 *   <li>confederation: transition, confederal pooling, votes, enforcement and migration
 *       ({@link ConfederalPhase});</li>
 *   <li>bookkeeping: metrics are measured and handed to the observer.</li>
 * </ol>
 * All randomness comes from {@link SimState#random}, seeded from the scenario.
 */
public final class PnyxSim extends SimState {

    private static final long serialVersionUID = 1L;

    private final transient ScenarioConfig scenario;
    private final transient RunObserver observer;
    private transient Society society;
    private transient Economy economy;
    private transient Assembly assembly;
    private transient MetricsCollector metrics;
    private transient ConfederalPhase confederal;

    public PnyxSim(ScenarioConfig scenario, RunObserver observer) {
        super(scenario.seed());
        this.scenario = scenario;
        this.observer = observer;
    }

    @Override
    public void start() {
        super.start();
        society = Society.build(scenario, random);
        economy = new Economy(society, scenario.commonsScope(), scenario.confederation().regions(), random);
        assembly = new Assembly(scenario.attendance(), scenario.influenceGain(), scenario.influenceRelaxation());
        confederal = new ConfederalPhase(scenario.confederation(), society, scenario.citizens().opinion(),
                scenario.attendance().efficacyMemory(), m -> m.ledger().overHarvest(m.economy().commonsGrowth()), observer::confederalVote, random);
        metrics = new MetricsCollector(society, confederal);
        observer.begin(society.municipalities().stream().map(Municipality::name).toList());
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) state -> economyPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) state -> assemblyPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) state -> confederalPhase(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, (Steppable) state -> bookkeepingPhase(), 1.0);
    }

    private long week() {
        return (long) schedule.getTime();
    }

    private void economyPhase() {
        long week = week();
        for (Municipality m : society.municipalities()) {
            m.startWeek();
            economy.week(m, society.citizens(), random, week);
        }
        economy.closeWeek();
    }

    private void assemblyPhase() {
        long week = week();
        for (Municipality m : society.municipalities()) {
            if (m.meetsInWeek(week) && m.population() > 0) {
                assembly.meet(m, society.citizens(), random);
            }
        }
    }

    private void confederalPhase() {
        confederal.week(week(), random);
    }

    private void bookkeepingPhase() {
        metrics.measure();
        observer.week(week(), metrics.overall(), metrics.perMunicipality());
    }

    /** The society being simulated (after {@link #start()}). */
    public Society society() {
        return society;
    }

    /** The confederal layer (after {@link #start()}). */
    public ConfederalPhase confederal() {
        return confederal;
    }

    /** Measurements of the final state, for the observer's {@code end}. */
    MetricsCollector metrics() {
        return metrics;
    }

    /** Municipality names, by index. */
    public List<String> municipalityNames() {
        return society.municipalities().stream().map(Municipality::name).toList();
    }
}
