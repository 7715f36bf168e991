package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.metrics.Metric;

/** Whole runs of one or two small towns: the published shapes each mechanism must reproduce. */
class EconomyRunTest {

    private static String yaml(int steps, String economy, String bylaws, String citizens) {
        return """
                name: t
                seed: 3
                steps: %d
                municipalities:
                  list:
                    - {name: a, population: 150}
                    - {name: b, population: 120}
                citizens:
                  wealth: {dist: constant, mean: 0, min: 0, max: 1000000}
                %s
                economy:
                  imitationRate: 0.0
                %s
                bylaws:
                  monitoring: 0.0
                %s
                """.formatted(steps, citizens, economy, bylaws);
    }

    private static double at(List<double[]> rows, int week, Metric m) {
        return rows.get(week)[m.ordinal()];
    }

    @Test
    void distributionByNeedGivesEqualConsumptionWhenOutputSuffices() {
        String equalNeeds = "  need: {dist: constant, mean: 1, min: 0.1, max: 10}";
        String cooperators = "  conditionalShare: 0.0\n  freeRiderShare: 0.0\n  humpShare: 0.0";
        // One town: its assembly's need level, which deliberation and votes set, is the same for everyone.
        List<double[]> byNeed = Fixtures.rows(Fixtures.scenario(
                yaml(150, cooperators + "\n  regime: municipalized", "", equalNeeds)
                        .replace("    - {name: b, population: 120}\n", "")));
        List<double[]> byOutput = Fixtures.rows(Fixtures.scenario(
                yaml(150, cooperators + "\n  regime: syndicalist", "", equalNeeds)));
        assertEquals(1, at(byNeed, 149, Metric.NEED_SATISFACTION), 1e-12, "output suffices: every need met");
        // Within a town consumption is equal.
        assertEquals(0, at(byNeed, 149, Metric.GINI_CONSUMPTION), 0.02, "need-based consumption Gini near 0");
        assertTrue(at(byOutput, 149, Metric.GINI_CONSUMPTION) > 0.1,
                "by contribution consumption follows ability: " + at(byOutput, 149, Metric.GINI_CONSUMPTION));
    }

    @Test
    void capitalistProfitCompoundsIntoRisingWealthInequality() {
        String equalWealth = "  wealth: {dist: constant, mean: 10, min: 0, max: 1000000}";
        // Everyone cooperates, so the comparison isolates ownership from free riding.
        String capitalist = yaml(300, "  conditionalShare: 0.0\n  freeRiderShare: 0.0\n  regime: capitalist", "", "")
                .replace(
                "  wealth: {dist: constant, mean: 0, min: 0, max: 1000000}", equalWealth);
        String commune = capitalist.replace("regime: capitalist", "regime: municipalized");
        List<double[]> cap = Fixtures.rows(Fixtures.scenario(capitalist));
        List<double[]> mun = Fixtures.rows(Fixtures.scenario(commune));
        double first = at(cap, 0, Metric.GINI_WEALTH);
        double early = at(cap, 10, Metric.GINI_WEALTH);
        double late = at(cap, 299, Metric.GINI_WEALTH);
        // Owners' consumption of 2% of wealth a week bounds their fortunes, so the Gini saturates.
        assertTrue(early > first && late > early + 0.1 && late > first + 0.4,
                "capitalist wealth Gini rises from equal wealth: " + first + " -> " + early + " -> " + late);
        assertTrue(late > at(mun, 299, Metric.GINI_WEALTH) + 0.2,
                "and ends well above the municipalized one (" + at(mun, 299, Metric.GINI_WEALTH) + ")");
    }

    @Test
    void conditionalCooperatorsDecayWithoutSanctionsAndHoldWithThem() {
        String allConditional = "  conditionalShare: 1.0\n  freeRiderShare: 0.0\n  humpShare: 0.0\n  dutyWeight: 0.0\n"
                + "  trustRate: 0.0\n  regime: municipalized";
        double[] free = Fixtures.series(Fixtures.scenario(yaml(60, allConditional, "", "")), Metric.MEAN_EFFORT);
        double[] sanctioned = Fixtures.series(Fixtures.scenario(yaml(60, allConditional,
                "  sanctionsByAssembly: false\n", "").replace("monitoring: 0.0", "monitoring: 0.5")),
                Metric.MEAN_EFFORT);
        assertEquals(0.4, free[0], 0.02, "first week: 0.8 x one's own solidarity (mean 0.5), near half");
        for (int t = 1; t < 20; t++) {
            assertTrue(free[t] < free[t - 1], "without sanctions effort falls every week, week " + t);
        }
        assertTrue(free[30] < 0.01, "and decays toward zero: " + free[30]);
        assertTrue(sanctioned[59] >= 0.75, "with monitoring and graduated sanctions it holds: " + sanctioned[59]);
    }

    @Test
    void manyFreeRidersCollapseWithoutSanctionsAndHoldWithGraduatedSanctions() {
        String many = "  conditionalShare: 0.3\n  freeRiderShare: 0.6\n  humpShare: 0.0\n  imitationRate: 0.02\n  regime: municipalized";
        String crisis = yaml(156, many, "", "").replace("  imitationRate: 0.0\n", "");
        String remedy = crisis.replace("monitoring: 0.0", "monitoring: 0.4\n  sanctionsByAssembly: false");
        double[] fell = Fixtures.series(Fixtures.scenario(crisis), Metric.COLLAPSED);
        double[] held = Fixtures.series(Fixtures.scenario(remedy), Metric.COLLAPSED);
        assertEquals(1, fell[155], 0, "every town collapses without sanctions");
        assertEquals(0, held[155], 0, "no town collapses with graduated sanctions");
    }
}
