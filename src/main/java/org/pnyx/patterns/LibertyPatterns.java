package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/**
 * Patterns of liberty judged by what happens to the individual (Individual liberty under socialism; docs/model/liberty.md): each
 * component read from events in the citizens' histories, with the mechanism that produces the event knocked out.
 * Voice counts a decision as voiced when the citizen attended and was heard ({@code model.Floor}), so wealth's
 * weight in standing (the offices-and-classes issue's {@code influence.wealthWeight}) shows in it where meetings
 * draw more attendees than their speaking turns.
 */
final class LibertyPatterns {

    private LibertyPatterns() {
    }

    /** Four towns whose citizens may move; the regime is set by each pattern. */
    private static final String TOWNS = """
            name: liberty
            municipalities:
              count: 4
              size: {dist: constant, mean: 200}
            migration: {enabled: true, tolerance: 0.1}
            """;

    /**
     * Four capitalist towns of 300 where the assembly sets the wage (so every binding decision is an assembly's,
     * none the owners' own) and wealth buys standing, so the floor: as scenarios/wealth-buys-voice.yaml.
     */
    private static final String WEALTHY = """
            name: wealth-buys-voice
            municipalities:
              count: 4
              size: {dist: constant, mean: 300}
            economy: {regime: capitalist}
            powers: {ownersDecide: false}
            influence: {wealthWeight: 1}
            """;

    /**
     * The gap in voice between the richest and the poorest wealth fifth of each town, in units of the town's
     * voice, averaged over the towns, in the last week (the fifths are measured every 13th week; the run's
     * length makes the last week one of them).
     */
    static double voiceGap(Trial.EngineRun run) {
        double[][] last = run.towns().get(run.towns().size() - 1);
        double sum = 0;
        int towns = 0;
        for (double[] row : last) {
            double voice = row[Metric.LIBERTY_VOICE.ordinal()];
            double gap = (row[Metric.LIBERTY_VOICE_Q5.ordinal()] - row[Metric.LIBERTY_VOICE_Q1.ordinal()]) / voice;
            if (!Double.isNaN(gap) && !Double.isInfinite(gap)) {
                sum += gap;
                towns++;
            }
        }
        return towns == 0 ? Double.NaN : sum / towns;
    }

    static List<Pattern> all() {
        String page = "Individual liberty under socialism (state control over work, travel and speech)";
        String design = "Pnyx design target for the qualitative claim of Individual liberty under socialism";
        return List.of(
                new Pattern("plan-voice", "Under state socialism citizens neither take part in nor consent to the"
                        + " decisions that bind them, because the plan overrides their assemblies", page,
                        "mean of voice and non-domination in state-socialist towns after two years",
                        new Tolerance(0, 0.1, "the plan holds every policy the model has (" + design + ")"),
                        Knockout.of("plan-overrides"), null, 0, 10,
                        t -> {
                            var run = t.run(TOWNS, set(EconomyConfig.REGIME, "state_socialist"),
                                    set(ScenarioConfig.STEPS, t.scale(104, 52)));
                            return (run.last(Metric.LIBERTY_VOICE) + run.last(Metric.LIBERTY_NON_DOMINATION)) / 2;
                        }),
                new Pattern("plan-exit", "Under state socialism a citizen who wishes to leave cannot", page,
                        "exit (1 minus the share of wishes to leave that were barred) in state-socialist towns after"
                                + " two years, migration on",
                        new Tolerance(0, 0.1, "the plan bars travel (" + design + ")"),
                        Knockout.of("exit-ban"), null, 0, 10,
                        t -> t.run(TOWNS, set(EconomyConfig.REGIME, "state_socialist"),
                                set(ScenarioConfig.STEPS, t.scale(104, 52))).last(Metric.LIBERTY_EXIT)),
                new Pattern("owners-work", "Capitalist workers have less control over their work than municipalized"
                        + " citizens, because owners set its terms", "Biehl 1998 (municipalized economy against"
                        + " capitalism); " + page,
                        "control over work in municipalized towns minus that in capitalist towns (owners included),"
                                + " after two years",
                        new Tolerance(0.5, 1, "those whose assembly sets the terms of work have say over most weeks,"
                                + " those whose owners set them over few (" + design + ")"),
                        Knockout.of("owners-decide"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(104, 52));
                            String still = set(ConfederationConfig.MIGRATION_ENABLED, false);
                            double municipal = t.run(TOWNS, set(EconomyConfig.REGIME, "municipalized"), steps, still)
                                    .last(Metric.LIBERTY_WORK);
                            double capitalist = t.run(TOWNS, set(EconomyConfig.REGIME, "capitalist"), steps, still)
                                    .last(Metric.LIBERTY_WORK);
                            return municipal - capitalist;
                        }),
                new Pattern("wealth-buys-voice", "Liberty is unequal by wealth where wealth buys voice"
                        + " (influence.wealthWeight > 0) and far less unequal where it does not", "Individual liberty"
                        + " under socialism (issue 19); Bookchin (Biehl 1998): without rough economic equality"
                        + " democracy gives way to oligarchy; Dahl & Tufte (1973)",
                        "voice of the richest wealth fifth minus that of the poorest, in units of the town's voice,"
                                + " mean over four capitalist towns of 300 (assembly sets the wage) after two years",
                        new Tolerance(1.5, 5, "the richest fifth is heard on more decisions than the poorest by at"
                                + " least one and a half times the town's mean voice; 5 is the most possible, when"
                                + " only the richest fifth is heard (" + design + "; set after exploratory runs,"
                                + " docs/model/liberty.md 1)"),
                        Knockout.of("wealth-buys-standing"), null, 0, 10,
                        t -> voiceGap(t.run(WEALTHY, set(ScenarioConfig.STEPS, t.scale(105, 53))))));
    }
}
