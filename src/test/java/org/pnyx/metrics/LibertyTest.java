package org.pnyx.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.LibertyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalCounters;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

class LibertyTest {

    /** One citizen's history, worked by hand. */
    @Test
    void componentsOfAHandWorkedHistory() {
        Citizens c = new Citizens(1);
        // 4 binding decisions: attended 3 (all the assembly's), 1 a plan's override.
        c.recordBinding(0, true, false);
        c.recordBinding(0, true, false);
        c.recordBinding(0, true, false);
        c.recordBinding(0, false, true);
        // 5 weeks of work: 2 under the assembly without sanction, 3 set by owners.
        c.recordWork(0, true);
        c.recordWork(0, true);
        c.recordWork(0, false);
        c.recordWork(0, false);
        c.recordWork(0, false);
        // Wished to leave in 2 weeks, barred in 1.
        c.recordExitWish(0, true);
        c.recordExitWish(0, false);
        // 1 of 10 weeks in shortfall.
        c.recordInsecure(0);
        double[] x = Liberty.of(c, 0, 10);
        assertEquals(0.75, x[0], 1e-12, "voice 3/4");
        assertEquals(0.75, x[1], 1e-12, "non-domination 1 - 1/4");
        assertEquals(0.4, x[2], 1e-12, "work 2/5");
        assertEquals(0.5, x[3], 1e-12, "exit 1 - 1/2");
        assertEquals(0.9, x[4], 1e-12, "security 1 - 1/10");
        assertEquals((0.75 + 0.75 + 0.4 + 0.5 + 0.9) / 5, Liberty.index(x, LibertyConfig.equal()), 1e-12);
        // Weights: voice counted twice, security not at all.
        assertEquals((2 * 0.75 + 0.75 + 0.4 + 0.5) / 5, Liberty.index(x, new LibertyConfig(2, 1, 1, 1, 0)), 1e-12);
    }

    /** A component without events is NaN and left out of the index, the others' weights renormalized. */
    @Test
    void aComponentWithoutEventsIsLeftOut() {
        Citizens c = new Citizens(1);
        c.recordBinding(0, false, true);
        double[] x = Liberty.of(c, 0, 4);
        assertEquals(0, x[0], 1e-12, "no voice in an imposed decision");
        assertEquals(0, x[1], 1e-12, "imposed");
        assertTrue(Double.isNaN(x[2]), "no one recorded as setting work terms: " + x[2]);
        assertTrue(Double.isNaN(x[3]), "never wished to leave: " + x[3]);
        assertEquals(1, x[4], 1e-12, "never in shortfall");
        assertEquals(1.0 / 3, Liberty.index(x, LibertyConfig.equal()), 1e-12, "(0 + 0 + 1) / 3");
        assertTrue(Double.isNaN(Liberty.index(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN}, LibertyConfig.equal())), "nothing happened: no index");
    }

    /**
     * No regime branch: citizens of a capitalist and a state-socialist town given identical histories score the
     * same in every liberty column of their towns' rows, though the towns differ in regime, exit and self-rule.
     */
    @Test
    void identicalHistoriesInDifferentRegimesScoreTheSame() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("test", """
                name: two-regimes
                municipalities:
                  list:
                    - {name: a, population: 6, regime: capitalist}
                    - {name: b, population: 6, regime: state_socialist}
                citizens:
                  wealth: {dist: constant, mean: 10, min: 0, max: 100}
                """, List.of());
        Society society = Society.build(s, new MersenneTwisterFast(1));
        Municipality a = society.municipalities().get(0);
        Municipality b = society.municipalities().get(1);
        assertNotEquals(a.selfGoverning(), b.selfGoverning(), "the towns differ in who governs");
        assertNotEquals(a.exitAllowed(), b.exitAllowed(), "and in exit");
        Citizens c = society.citizens();
        for (int k = 0; k < 6; k++) {
            for (int id : new int[] {a.member(k), b.member(k)}) {
                for (int j = 0; j <= k; j++) {
                    c.recordBinding(id, j % 2 == 0, j % 3 == 0);
                    c.recordWork(id, j % 2 == 1);
                }
                c.recordExitWish(id, k % 2 == 0);
                if (k > 3) {
                    c.recordInsecure(id);
                }
            }
        }
        MetricsCollector collector = new MetricsCollector(society, NO_CONFEDERATION);
        collector.measure();
        collector.measure();
        double[] rowA = collector.perMunicipality()[0];
        double[] rowB = collector.perMunicipality()[1];
        List<Metric> liberty = List.of(Metric.LIBERTY_INDEX, Metric.LIBERTY_VOICE, Metric.LIBERTY_NON_DOMINATION,
                Metric.LIBERTY_WORK, Metric.LIBERTY_EXIT, Metric.LIBERTY_SECURITY, Metric.LIBERTY_Q1,
                Metric.LIBERTY_Q5);
        for (Metric m : liberty) {
            assertEquals(rowA[m.ordinal()], rowB[m.ordinal()], 1e-12, m.column());
            assertTrue(!Double.isNaN(rowA[m.ordinal()]), m.column() + " defined");
        }
        // Hand-worked: 21 decisions each town, 12 attended (j even), 9 imposed (j divisible by 3); 9 of 21 work
        // weeks with say; 3 of 6 wishes barred; 2 citizens in shortfall 1 of 2 weeks each.
        assertEquals(12.0 / 21, rowA[Metric.LIBERTY_VOICE.ordinal()], 1e-12);
        assertEquals(1 - 9.0 / 21, rowA[Metric.LIBERTY_NON_DOMINATION.ordinal()], 1e-12);
        assertEquals(9.0 / 21, rowA[Metric.LIBERTY_WORK.ordinal()], 1e-12);
        assertEquals(0.5, rowA[Metric.LIBERTY_EXIT.ordinal()], 1e-12);
        assertEquals(1 - 2.0 / 12, rowA[Metric.LIBERTY_SECURITY.ordinal()], 1e-12);
        assertEquals(rowA[Metric.LIBERTY_INDEX.ordinal()], collector.overall()[Metric.LIBERTY_INDEX.ordinal()], 1e-12,
                "two identical towns: the overall index is theirs");
    }

    /**
     * Liberty by wealth fifth: ten citizens of one town with wealth 0..9; the two richest took part in every
     * decision, the others in none. The richest fifth's voice is 1, the others' 0, so its index is higher.
     */
    @Test
    void quintilesFollowWealth() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("test", """
                name: fifths
                municipalities:
                  list:
                    - {name: a, population: 10}
                """, List.of());
        Society society = Society.build(s, new MersenneTwisterFast(1));
        Citizens c = society.citizens();
        Municipality a = society.municipalities().get(0);
        for (int k = 0; k < 10; k++) {
            int id = a.member(k);
            c.setWealth(id, 9 - k);
            c.recordBinding(id, k < 2, false);
        }
        MetricsCollector collector = new MetricsCollector(society, NO_CONFEDERATION,
                new LibertyConfig(1, 0, 0, 0, 0));
        collector.measure();
        double[] all = collector.overall();
        assertEquals(1, all[Metric.LIBERTY_Q5.ordinal()], 1e-12, "richest fifth: members 0 and 1");
        for (Metric q : List.of(Metric.LIBERTY_Q1, Metric.LIBERTY_Q2, Metric.LIBERTY_Q3, Metric.LIBERTY_Q4)) {
            assertEquals(0, all[q.ordinal()], 1e-12, q.column());
        }
        assertEquals(0.2, all[Metric.LIBERTY_INDEX.ordinal()], 1e-12, "voice 2 of 10");
        // Quintiles are measured every 13th week and carried between: a change in week 1 shows only in week 13.
        c.recordBinding(a.member(9), true, false);
        collector.measure();
        assertEquals(0, collector.overall()[Metric.LIBERTY_Q1.ordinal()], 1e-12, "carried from week 0");
        for (int w = 2; w < MetricsCollector.QUINTILE_INTERVAL; w++) {
            collector.measure();
        }
        collector.measure();
        // The poorest fifth, members 8 and 9: 3 decisions between them, 1 taken part in (a ratio of sums).
        assertEquals(1.0 / 3, collector.overall()[Metric.LIBERTY_Q1.ordinal()], 1e-12, "measured again in week 13");
        assertEquals(1.0 / 3, collector.perMunicipality()[0][Metric.LIBERTY_Q1.ordinal()], 1e-12, "the town's fifth");
        assertEquals(1.0 / 3, collector.perMunicipality()[0][Metric.LIBERTY_VOICE_Q1.ordinal()], 1e-12,
                "the town's poorest fifth's voice");
    }

    /**
     * Voice by wealth fifth is voice alone, whatever the index's weights: the same ten citizens, the two richest
     * heard on each of their two decisions, the two poorest on one of their two, the rest on none of theirs; the
     * index with equal weights also counts security (every week secure), so it differs from voice.
     */
    @Test
    void voiceByFifthIsVoiceAlone() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("test", """
                name: fifths
                municipalities:
                  list:
                    - {name: a, population: 10}
                """, List.of());
        Society society = Society.build(s, new MersenneTwisterFast(1));
        Citizens c = society.citizens();
        Municipality a = society.municipalities().get(0);
        for (int k = 0; k < 10; k++) {
            int id = a.member(k);
            c.setWealth(id, 9 - k);
            c.recordBinding(id, k < 2 || k == 8, false);
            c.recordBinding(id, k < 2 || k == 9, false);
        }
        MetricsCollector collector = new MetricsCollector(society, NO_CONFEDERATION);
        collector.measure();
        double[] town = collector.perMunicipality()[0];
        double[] all = collector.overall();
        assertEquals(1, town[Metric.LIBERTY_VOICE_Q5.ordinal()], 1e-12, "richest: 4 of 4");
        assertEquals(0.5, town[Metric.LIBERTY_VOICE_Q1.ordinal()], 1e-12, "poorest: 2 of 4");
        for (Metric q : List.of(Metric.LIBERTY_VOICE_Q2, Metric.LIBERTY_VOICE_Q3, Metric.LIBERTY_VOICE_Q4)) {
            assertEquals(0, town[q.ordinal()], 1e-12, q.column());
            assertEquals(0, all[q.ordinal()], 1e-12, q.column());
        }
        assertEquals(0.5, all[Metric.LIBERTY_VOICE_Q1.ordinal()], 1e-12, "one town: overall fifths are the town's");
        // Index of the poorest fifth: voice 0.5, non-domination 1, security 1 (work and exit have no event).
        assertEquals((0.5 + 1 + 1) / 3, town[Metric.LIBERTY_Q1.ordinal()], 1e-12);
    }

    /**
     * Each component by fifth, in a town of ten whose richest two (ids by wealth 9..0) are dominated on one of two
     * decisions, set their own terms of work in one week of one, wished to leave twice and were barred once; the
     * poorest two had an insecure week. After one week measured: non-domination 1/2, work 1, exit 1/2 for the richest
     * fifth; security 0 for the poorest (each lived one week, in shortfall); NaN where a fifth has no such event.
     */
    @Test
    void everyComponentIsReportedByFifth() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("test", """
                name: fifths
                municipalities:
                  list:
                    - {name: a, population: 10}
                """, List.of());
        Society society = Society.build(s, new MersenneTwisterFast(1));
        Citizens c = society.citizens();
        Municipality a = society.municipalities().get(0);
        for (int k = 0; k < 10; k++) {
            int id = a.member(k);
            c.setWealth(id, 9 - k);
            c.recordBinding(id, false, k < 2);
            c.recordBinding(id, false, false);
            if (k < 2) {
                c.recordWork(id, true);
                c.recordExitWish(id, true);
                c.recordExitWish(id, false);
            }
            if (k >= 8) {
                c.recordInsecure(id);
            }
        }
        MetricsCollector collector = new MetricsCollector(society, NO_CONFEDERATION);
        collector.measure();
        double[] town = collector.perMunicipality()[0];
        assertEquals(0.5, town[Metric.LIBERTY_NON_DOMINATION_Q5.ordinal()], 1e-12, "richest: 2 of 4 imposed");
        assertEquals(1, town[Metric.LIBERTY_NON_DOMINATION_Q1.ordinal()], 1e-12, "poorest: none imposed");
        assertEquals(1, town[Metric.LIBERTY_WORK_Q5.ordinal()], 1e-12, "richest: their own terms");
        assertTrue(Double.isNaN(town[Metric.LIBERTY_WORK_Q1.ordinal()]), "poorest: no work event");
        assertEquals(0.5, town[Metric.LIBERTY_EXIT_Q5.ordinal()], 1e-12, "richest: 1 of 2 wishes barred");
        assertEquals(0, town[Metric.LIBERTY_SECURITY_Q1.ordinal()], 1e-12, "poorest: their one week insecure");
        assertEquals(1, town[Metric.LIBERTY_SECURITY_Q3.ordinal()], 1e-12, "middle: secure");
    }

    private static final ConfederalCounters NO_CONFEDERATION = new ConfederalCounters() {
        public int deviations(int town) {
            return 0;
        }

        public int delegateRecalls(int town) {
            return 0;
        }

        public int confederalVotes(int town) {
            return 0;
        }

        public int ruleDisagreements(int town) {
            return 0;
        }

        public double netReceived(int town) {
            return 0;
        }

        public double fidelity(int town) {
            return Double.NaN;
        }

        public double fidelity() {
            return Double.NaN;
        }

        public int votesThisWeek() {
            return 0;
        }

        public int disagreementsThisWeek() {
            return 0;
        }

        public int paradoxes(int town) {
            return 0;
        }

        public double confederalTurnout(int town) {
            return Double.NaN;
        }

        public int paradoxesThisWeek() {
            return 0;
        }

        public double confederalTurnout() {
            return Double.NaN;
        }

        public int sanctionsThisWeek() {
            return 0;
        }

        public double transfersThisWeek() {
            return 0;
        }

        public int sanctionsAdopted(int town) {
            return 0;
        }

        public int departures(int town) {
            return 0;
        }

        public int migrationsThisWeek() {
            return 0;
        }
    };
}
