package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.config.CivicConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/**
 * Patterns of citizens who grow by taking part (issue 14): the moral channel from solidarity to effort and
 * survival, civic formation in empowered assemblies, and the virtuous circle of participation and the
 * economy. Their tolerances are Pnyx design targets: the seed states the direction, no publication the size.
 */
final class CivicPatterns {

    private CivicPatterns() {
    }

    /**
     * Two towns of the crisis mix: 60% free riders, 30% conditional and 10% unconditional cooperators among
     * citizens of reference solidarity (the type thresholds, {@code model.TypeBands}), no monitoring, imitation on.
     */
    private static final String CRISIS = """
            name: civic
            municipalities:
              list:
                - {name: a, population: 200}
                - {name: b, population: 200}
            citizens:
              solidarity: {dist: beta, mean: SOLIDARITY, sd: 0.1}
            economy: {regime: municipalized, conditionalShare: 0.3, freeRiderShare: 0.6, humpShare: 0}
            bylaws: {monitoring: 0}
            """;

    /** The moral channel whole: no duty, and types by rank in each town rather than by solidarity. */
    private static final Knockout MORAL = new Knockout("moral-channel",
            set(EconomyConfig.DUTY_WEIGHT, 0) + ", " + set(EconomyConfig.MORAL_TYPES, false) + " (duty and types alike)",
            List.of(set(EconomyConfig.DUTY_WEIGHT, 0), set(EconomyConfig.MORAL_TYPES, false)));

    private static String crisis(double solidarity) {
        return CRISIS.replace("SOLIDARITY", Double.toString(solidarity));
    }

    static List<Pattern> all() {
        String seed = "Biehl (1998), The Formation of Citizenship";
        return List.of(
                new Pattern("solidarity-effort", "Higher solidarity raises effort: citizens give what they hold"
                        + " due", seed + "; Andreoni (1990)",
                        "mean effort over the last half year of 3 years, solidarity 0.9 minus solidarity 0.2 (60% free"
                                + " riders at reference solidarity, no sanctions)",
                        new Tolerance(0.05, 1, "Pnyx design target: a clearly higher effort where solidarity is high"),
                        MORAL, null, 0, 10,
                        t -> t.run(crisis(0.9), set(ScenarioConfig.STEPS, 156)).tail(Metric.MEAN_EFFORT, 26)
                                - t.run(crisis(0.2), set(ScenarioConfig.STEPS, 156)).tail(Metric.MEAN_EFFORT, 26)),
                new Pattern("solidarity-collapse", "Higher solidarity lowers collapse: mutual aid survives where"
                        + " citizens hold their duties", seed + "; the Libertarian Socialism guide (mutual aid)",
                        "share of towns collapsed after 3 years at solidarity 0.2 minus at 0.9 (60% free riders at"
                                + " reference solidarity, no sanctions)",
                        new Tolerance(0.5, 1, "Pnyx design target: most towns that collapse at low solidarity survive"
                                + " at high"),
                        MORAL, null, 0, 10,
                        t -> t.run(crisis(0.2), set(ScenarioConfig.STEPS, 156)).last(Metric.COLLAPSED)
                                - t.run(crisis(0.9), set(ScenarioConfig.STEPS, 156)).last(Metric.COLLAPSED)),
                new Pattern("civic-formation", "Civic virtue grows in empowered assemblies and erodes in powerless"
                        + " ones",
                        seed + "; Pateman (1970); Mansbridge (1980)",
                        "rise of mean solidarity over 3 years in self-governing towns minus under a state council"
                                + " (state-socialist regime)",
                        new Tolerance(0.05, 1, "Pnyx design target: participation educates where it decides"
                                + " (Pateman 1970)"),
                        Knockout.of("civic-formation"), null, 0, 10,
                        t -> rise(t, "municipalized") - rise(t, "state_socialist")),
                new Pattern("virtuous-circle", "A town near the collapse line recovers when participation is high"
                        + " and slides when it is low", seed + " (the civilizing process); Pateman (1970)",
                        "share of towns collapsed after 5 years with low participation (attendance intercept -6)"
                                + " minus with high (-2), the crisis mix (60% free riders at reference solidarity), mean"
                                + " solidarity 0.6 (about 28% free riders, 56% conditional), no sanctions",
                        new Tolerance(0.3, 1, "Pnyx design target: participation makes the difference between"
                                + " recovery and collapse"),
                        new Knockout("civic-formation", set(CivicConfig.FORMATION, false) + ", "
                                + set(EconomyConfig.TRUST_RATE, 0) + " (formation and trust alike)", List.of(set(CivicConfig.FORMATION, false),
                                set(EconomyConfig.TRUST_RATE, 0))), null, 0, 10,
                        t -> circle(t, -6) - circle(t, -2)));
    }

    private static double rise(Trial t, String regime) throws Exception {
        Trial.EngineRun r = t.run(crisis(0.5), set(ScenarioConfig.STEPS, 156), set(EconomyConfig.REGIME, regime),
                set(EconomyConfig.CONDITIONAL_SHARE, 0.5), set(EconomyConfig.FREE_RIDER_SHARE, 0.3));
        return r.last(Metric.MEAN_SOLIDARITY) - r.at(0, Metric.MEAN_SOLIDARITY);
    }

    private static double circle(Trial t, double base) throws Exception {
        return t.run(crisis(0.6), set(ScenarioConfig.STEPS, 260), set(AttendanceConfig.BASE, base))
                .last(Metric.COLLAPSED);
    }
}
