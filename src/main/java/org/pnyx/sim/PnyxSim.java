package org.pnyx.sim;

import java.util.List;
import org.pnyx.config.CommonsScope;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.Intervention;
import org.pnyx.config.LibertyConfig;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Seeding;
import org.pnyx.confederation.ConfederalLayer;
import org.pnyx.confederation.ConfederalRules;
import org.pnyx.confederation.HarmSource;
import org.pnyx.economy.Economy;
import org.pnyx.metrics.MetricsCollector;
import org.pnyx.metrics.RunObserver;
import org.pnyx.model.AmendmentRecord;
import org.pnyx.model.Assembly;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;
import org.pnyx.model.Offices;
import org.pnyx.model.Society;
import org.pnyx.model.TownRules;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of a scenario. A week is the ordered list of steps of {@link #steps()}, run once each week by
 * one MASON {@link Steppable}. All randomness comes from {@link SimState#random}, seeded from all 64
 * bits of the scenario's seed ({@link Seeding}). The rules in force change during a run only through
 * {@link #change}; the scenario's interventions make that call at the start of their week, before the
 * week's first step.
 */
public final class PnyxSim extends SimState {

    private static final long serialVersionUID = 1L;

    private final transient ScenarioConfig scenario;
    private final transient RunObserver observer;
    private transient Society society;
    private transient Economy economy;
    private transient Assembly assembly;
    private transient MetricsCollector metrics;
    private transient ConfederalLayer confederal;
    private transient List<Step> steps;
    private transient int nextIntervention;
    private transient List<TownRules> townRules;

    public PnyxSim(ScenarioConfig scenario, RunObserver observer) {
        super(Seeding.generator(scenario.seed()));
        this.scenario = scenario;
        this.observer = observer;
    }

    @Override
    public void start() {
        super.start();
        society = Society.build(scenario, random);
        economy = new Economy(society, scenario.commonsScope(), scenario.confederation().regions(), random);
        assembly = new Assembly(scenario);
        confederal = new ConfederalLayer(new ConfederalRules(scenario.values()), society,
                scenario.citizens().opinion(), scenario.attendance().efficacyMemory(),
                // Over-harvest harms other towns only where they draw on the same stock.
                scenario.commonsScope() == CommonsScope.REGION
                        ? m -> m.ledger().overHarvest(m.economy().commonsGrowth()) : HarmSource.NONE,
                observer::confederalVote, random);
        metrics = new MetricsCollector(society, confederal, LibertyConfig.from(scenario.values()));
        townRules = society.municipalities().stream().map(Municipality::rules).toList();
        observer.begin(society.municipalities().stream().map(Municipality::name).toList());
        steps = List.of(
                Step.perTown("start", "clears the town's weekly counters", (m, week) -> m.startWeek()),
                Step.perTown("economy", "work, sanctions, harvest, distribution, consumption, exchange, imitation,"
                        + " crisis (docs/model/economy.md)", (m, week) -> economy.week(m, society.citizens(), random,
                        week)),
                Step.coupling("shared-commons", "a region's shared commons regrows once (docs/model/economy.md)",
                        week -> economy.closeWeek()),
                Step.perTown("assembly", "the assembly meets if this is its week: attendance, agenda, deliberation,"
                        + " vote, offices and recall (MODEL.md section 7)", this::meet),
                Step.coupling("transition", "the movement educates, moral power follows attendance, state councils"
                        + " cede power, if on (docs/model/confederation.md 7.8)", week -> confederal.transition()),
                Step.coupling("sanction-expiry", "confederal sanctions whose time is up are lifted with their harvest"
                        + " caps (docs/model/confederation.md 7.5)", week -> confederal.expireSanctions()),
                Step.coupling("confederal-sums", "each town's income, need and wealth are summed for pooling, votes"
                        + " and migration (docs/model/confederation.md 3)", week -> confederal.sumTowns()),
                Step.coupling("confederal-pooling-and-vote", "each confederation in turn pools and redistributes"
                        + " surplus and, on vote weeks, counts the question its member towns' meetings decided (delegates,"
                        + " the four tallies, enforcement, recall votes) and puts the next one to them"
                        + " (docs/model/confederation.md 7.1-7.5)", week -> confederal.poolAndVote(week, random)),
                Step.coupling("migration", "dissatisfied citizens leave for better-provided towns, if on"
                        + " (docs/model/confederation.md 7.6)", week -> confederal.migrate(random)),
                Step.coupling("interdependence", "productivity factors are recomputed when towns democratized or"
                        + " citizens moved (docs/model/confederation.md 7.7)", week -> confederal.interdependence()),
                Step.coupling("measure", "the week's metrics are measured and handed to the writers",
                        week -> {
                            metrics.measure();
                            List<String[]> cells = new java.util.ArrayList<>(townRules.size());
                            for (TownRules r : townRules) {
                                cells.add(r.cells());
                            }
                            observer.bylaws(week, cells);
                            observer.week(week, metrics.overall(), metrics.perMunicipality());
                        }));
        nextIntervention = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) state -> {
            long week = (long) schedule.getTime();
            intervene(week);
            for (Step step : steps) {
                step.run(society.municipalities(), week);
            }
        }, 1.0);
    }

    /** The week's interventions, in the scenario's order, before any step: each through {@link #change}. */
    private void intervene(long week) {
        List<Intervention> list = scenario.interventions();
        while (nextIntervention < list.size() && list.get(nextIntervention).week() == week) {
            Intervention i = list.get(nextIntervention++);
            change(i.param(), i.value(), i.municipality());
        }
    }

    private void meet(Municipality m, long week) {
        if (m.meetsInWeek(week) && m.population() > 0) {
            assembly.meet(m, society.citizens(), random);
            for (Offices.OfficeRecord r : m.minutes().officeEvents()) {
                observer.office(week, m.index(), r);
            }
            for (AmendmentRecord a : m.minutes().amendmentsThisWeek()) {
                observer.amendment(week, m.name(), a);
            }
        }
    }

    /** The steps of one week, in the order they run (after {@link #start()}). */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Changes a rule in force from the next step that reads it on: a bylaw or economy setting of one town
     * (or of every town when {@code town} is null), or a confederal rule (then {@code town} must be null).
     * Only parameters declared changeable may change. This is the one call that amendments and
     * interventions make (an assembly's amendment calls the town's {@link TownRules#change}, which this delegates
     * to, from within its meeting).
     *
     * @param p     the parameter
     * @param value the new value, of the parameter's type or as text
     * @param town  the town's name, or null for every town
     * @throws IllegalArgumentException naming the key, the value and what is allowed
     */
    public void change(Param p, Object value, String town) {
        ParameterSpec s = p.spec();
        if (!s.changeable()) {
            throw new IllegalArgumentException(s.path() + " is fixed for the run and cannot change during it");
        }
        if (ConfederalRules.governs(s)) {
            if (town != null) {
                throw new IllegalArgumentException(s.path() + " is a confederal rule, not one town's");
            }
            confederal.rules().change(p, value);
            if (p == ConfederationConfig.SHARE) {
                confederal.setShare(confederal.rules().config().share());
            }
            return;
        }
        List<Municipality> targets = society.municipalities().stream()
                .filter(m -> town == null || m.name().equals(town)).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no municipality is named '" + town + "'");
        }
        Issue issue = Society.policyIssue(p);
        for (Municipality m : targets) {
            if (issue != null) {
                m.setPolicy(issue, (Double) s.parse(String.valueOf(value)));
            } else if (TownRules.governs(s)) {
                m.rules().change(p, value);
            } else {
                throw new IllegalArgumentException(s.path() + " is not a rule that can change during a run");
            }
        }
    }

    /** The society being simulated (after {@link #start()}). */
    public Society society() {
        return society;
    }

    /** The confederal layer (after {@link #start()}). */
    public ConfederalLayer confederal() {
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
