package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.SanctionConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/**
 * Patterns of the economy, run in the engine: public-goods effort and its decay, peer sanctions, the collapse
 * of mutual aid, and distribution by need. Unless a pattern says otherwise, the towns are municipalized, start
 * with no private wealth, and nobody imitates or is monitored, so effort follows the behavioural types alone.
 */
final class EconomyPatterns {

    private EconomyPatterns() {
    }

    private static final String TOWNS = """
            name: economy
            municipalities:
              list:
                - {name: a, population: 150}
                - {name: b, population: 120}
            citizens:
              wealth: {dist: constant, mean: 0, min: 0, max: 1000000}
            economy: {regime: municipalized, imitationRate: 0}
            bylaws: {monitoring: 0}
            """;

    private static final String EQUAL_NEEDS = TOWNS.replace("citizens:\n",
            "citizens:\n  need: {dist: constant, mean: 1, min: 0.1, max: 10}\n");

    private static final String VOTING_TOWNS = """
            name: sanctions-by-vote
            municipalities: {count: 4, size: {dist: constant, mean: 300}}
            bylaws: {sanctionsByAssembly: true, monitoring: 0.2}
            """;

    private static final String GRADUATED = set(SanctionConfig.MONITORING, 0.5);
    private static final String BY_RULE = set(SanctionConfig.SANCTIONS_BY_ASSEMBLY, false);

    static List<Pattern> all() {
        String fgf = "Fischbacher, Gaechter & Fehr (2001); Fehr & Gaechter (2000)";
        return List.of(
                new Pattern("pg-start", "Public-goods contributions start near half of the endowment", fgf,
                        "mean effort in week 1, as a share of potential (by solidarity: 30% free riders, 14%"
                                + " hump-shaped, 50% conditional cooperators, 6% unconditional)",
                        new Tolerance(0.40, 0.60, "contributions start at 40-60% of the endowment (Ledyard 1995;"
                                + " Fehr & Gaechter 2000)"),
                        Knockout.of("first-week-inclination"), null, 0, 10,
                        t -> t.run(TOWNS, set(ScenarioConfig.STEPS, 12)).at(0, Metric.MEAN_EFFORT)),
                new Pattern("pg-decay", "Without punishment contributions decay toward 10-20% by the tenth round,"
                        + " because conditional cooperators match imperfectly and lose trust", fgf
                        + "; Fischbacher & Gaechter (2010)",
                        "mean effort in week 10, as a share of potential, without sanctions",
                        new Tolerance(0.10, 0.20, "10-20% of the endowment by round 10 (Fehr & Gaechter 2000)"),
                        Knockout.of("free-riding"), null, 0, 10,
                        t -> t.run(TOWNS, set(ScenarioConfig.STEPS, 12)).at(9, Metric.MEAN_EFFORT)),
                new Pattern("pg-punishment", "With peer punishment contributions stay near full",
                        "Fehr & Gaechter (2000, 2002); Ostrom (1990) principle 5",
                        "mean effort in week 10, as a share of potential, with monitoring 0.5 and graduated sanctions",
                        new Tolerance(0.75, 1.0, "contributions rise toward full with punishment (Fehr & Gaechter"
                                + " 2000: about 80-90% of the endowment in late rounds)"),
                        Knockout.of("sanctions"), null, 0, 10,
                        t -> t.run(TOWNS, set(ScenarioConfig.STEPS, 12), GRADUATED, BY_RULE)
                                .at(9, Metric.MEAN_EFFORT)),
                new Pattern("free-rider-collapse", "Mutual aid collapses when free riders consume more than they"
                        + " contribute", "the Libertarian Socialism guide (mutual aid)",
                        "share of towns collapsed after 3 years, 60% free riders, no sanctions",
                        new Tolerance(0.5, 1.0, "mutual-aid systems collapse (the Libertarian Socialism guide): "
                                + "most towns"),
                        Knockout.of("free-riding"), null, 0, 10,
                        t -> t.run(TOWNS, set(ScenarioConfig.STEPS, 156), set(EconomyConfig.FREE_RIDER_SHARE, 0.6),
                                set(EconomyConfig.CONDITIONAL_SHARE, 0.3), set(EconomyConfig.HUMP_SHARE, 0),
                                set(EconomyConfig.IMITATION_RATE, 0.02))
                                .last(Metric.COLLAPSED)),
                new Pattern("sanctions-remedy", "Monitoring and graduated sanctions keep mutual aid from collapsing",
                        "Ostrom (1990) principles 4-5",
                        "share of towns collapsed after 3 years, 60% free riders, monitoring 0.4, graduated sanctions",
                        new Tolerance(0, 0.1, "commons governed with monitoring and graduated sanctions endure"
                                + " (Ostrom 1990): hardly any town collapses"),
                        Knockout.of("sanctions"), null, 0, 10,
                        t -> t.run(TOWNS, set(ScenarioConfig.STEPS, 156), set(EconomyConfig.FREE_RIDER_SHARE, 0.6),
                                set(EconomyConfig.CONDITIONAL_SHARE, 0.3), set(EconomyConfig.HUMP_SHARE, 0),
                                set(EconomyConfig.IMITATION_RATE, 0.02),
                                set(SanctionConfig.MONITORING, 0.4), BY_RULE).last(Metric.COLLAPSED)),
                new Pattern("free-riders-oppose-sanctions", "Free riders vote sanctions down because they would pay"
                        + " them; with no fines their opposition vanishes", "Ostrom (1990) principle 3; issue 15",
                        "sanctions policy the assemblies keep after 2 years, 60% free riders, sanctions by vote",
                        new Tolerance(0, 0.5, "sanctions voted down where free riders are the majority"),
                        new Knockout("sanction-fines", set(SanctionConfig.SANCTION_FINE, 0),
                                List.of(set(SanctionConfig.SANCTION_FINE, 0))),
                        "economy.Economy.setStrategy (a free rider's opinion on sanctions is set to 0 by type)", 15, 10,
                        t -> t.run(VOTING_TOWNS, set(ScenarioConfig.STEPS, t.scale(104, 52)),
                                set(EconomyConfig.FREE_RIDER_SHARE, 0.6), set(EconomyConfig.CONDITIONAL_SHARE, 0.3),
                                set(EconomyConfig.HUMP_SHARE, 0))
                                .tail(Metric.SANCTIONS_POLICY, 13)),
                new Pattern("need-consumption-gini", "Distribution according to need gives equal consumption to equal"
                        + " needs", "Biehl 1998 (to each according to need)",
                        "Gini of consumption after 150 weeks, equal needs, everyone cooperating",
                        new Tolerance(0, 0.05, "equal needs met equally: a consumption Gini near 0"),
                        Knockout.of("need-distribution"), EconomyConfig.DISTRIBUTION.path()
                                + " (the rule, not citizens, sets who gets what)", 0, 10,
                        t -> t.run(EQUAL_NEEDS, set(ScenarioConfig.STEPS, 150), set(EconomyConfig.CONDITIONAL_SHARE, 0),
                                set(EconomyConfig.FREE_RIDER_SHARE, 0)).last(Metric.GINI_CONSUMPTION)));
    }
}
