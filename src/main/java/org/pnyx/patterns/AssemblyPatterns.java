package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/**
 * Patterns of the assembly, run in the engine: attendance by town size, by meeting cost and in a crisis, and office
 * rotation.
 */
final class AssemblyPatterns {

    private AssemblyPatterns() {
    }

    private static final String TWO_SIZES = """
            name: attendance-by-size
            municipalities:
              list:
                - {name: small, population: 250}
                - {name: large, population: 5000}
            """;

    private static final String FOUR_TOWNS = """
            name: assembly
            municipalities: {count: 4, size: {dist: constant, mean: 300}}
            """;

    private static final String CRISIS = """
            name: crisis-attendance
            municipalities: {count: 4, size: {dist: constant, mean: 300}}
            citizens:
              wealth: {dist: constant, mean: 0, min: 0, max: 1000000}
            """;

    static List<Pattern> all() {
        return List.of(
                new Pattern("attendance-size", "Town-meeting attendance falls as towns grow, roughly log-linearly",
                        "Bryan (2004), Real Democracy",
                        "attendance in a town of 250 over attendance in a town of 5000 (last year's mean)",
                        new Tolerance(2, 6.5, "at least twofold from a few hundred to several thousand citizens;"
                                + " Bryan's Vermont points: Belvidere (234 registered) 16.7%, Williston (6072) 3%,"
                                + " a ratio of 5.6"),
                        Knockout.of("size-experience"), null, 0, 10,
                        t -> {
                            int steps = t.scale(260, 104);
                            Trial.EngineRun r = t.run(TWO_SIZES, set(ScenarioConfig.STEPS, steps));
                            return r.townTail(0, Metric.ATTENDANCE_RATE, 52) / r.townTail(1, Metric.ATTENDANCE_RATE, 52);
                        }),
                new Pattern("turnout-cost", "Turnout stays substantial when meetings are costly: adaptive turnout is"
                        + " nearly insensitive to the cost of taking part",
                        "Bendor, Diermeier & Ting (2003); Fowler (2006); Dahl & Tufte (1973)",
                        "attendance with 6-hour meetings over attendance with 3-hour meetings (last year's mean)",
                        new Tolerance(0.75, 1.0, "doubling the cost lowers turnout by less than a quarter (a Pnyx"
                                + " design target expressing the finding that aspiration-based turnout barely moves"
                                + " with cost)"),
                        Knockout.of("size-experience"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(260, 104));
                            double costly = t.run(FOUR_TOWNS, steps, set(BylawConfig.MEETING_HOURS, 6))
                                    .tail(Metric.ATTENDANCE_RATE, 52);
                            double usual = t.run(FOUR_TOWNS, steps, set(BylawConfig.MEETING_HOURS, 3))
                                    .tail(Metric.ATTENDANCE_RATE, 52);
                            return costly / usual;
                        }),
                new Pattern("crisis-attendance", "Survival comes before politics: where shortfall is deep, citizens"
                        + " spend their free hours seeking the means of life and attendance falls",
                        "seed 001 (\"the demands of survival and personal security will overtake all other concerns\")",
                        "attendance where output covers under half of need (productivity 0.015, no savings) over"
                                + " attendance where it covers need (0.075), last year's mean",
                        new Tolerance(0, 2.0 / 3, "attendance falls by at least a third in a deep crisis (a Pnyx design"
                                + " target for the seed's claim)"),
                        Knockout.of("survival"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(156, 78));
                            double crisis = t.run(CRISIS, steps, set(EconomyConfig.PRODUCTIVITY, 0.015))
                                    .tail(Metric.ATTENDANCE_RATE, 52);
                            double normal = t.run(CRISIS, steps).tail(Metric.ATTENDANCE_RATE, 52);
                            return crisis / normal;
                        }),
                new Pattern("rotation-flattens", "Rotation of office flattens the concentration of influence that"
                        + " long-serving elected leaders build (the iron law of oligarchy and its remedy)",
                        "Michels (1911); Bonabeau, Theraulaz & Deneubourg (1995)",
                        "influence Gini under rotation over influence Gini under election (last year's mean)",
                        new Tolerance(0, 0.8, "rotation lowers concentration by at least a fifth (a Pnyx design"
                                + " target for Michels' qualitative claim)"),
                        Knockout.of("influence"), null, 16, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(260, 104));
                            double rotation = t.run(FOUR_TOWNS, steps, set(BylawConfig.OFFICE_SELECTION, "rotation"))
                                    .tail(Metric.INFLUENCE_CONCENTRATION, 52);
                            double election = t.run(FOUR_TOWNS, steps, set(BylawConfig.OFFICE_SELECTION, "election"))
                                    .tail(Metric.INFLUENCE_CONCENTRATION, 52);
                            return rotation / election;
                        }));
    }
}
