package org.pnyx.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Regime;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.model.Citizens;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;

/** The week is an ordered list of steps; per-town steps touch only their town; rules change by one call. */
class WeekTest {

    private static final String TWO_TOWNS = """
            name: two
            seed: 7
            steps: 40
            municipalities:
              staggerMeetings: false
              list:
                - {name: a, population: 60}
                - {name: b, population: 50, regime: syndicalist}
            bylaws: {meetingInterval: 2}
            economy: {imitationRate: 0.2, exchangeRate: 0.1}
            """;

    private static PnyxSim started(String yaml) throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("two", yaml, List.of());
        PnyxSim sim = new PnyxSim(s, (week, overall, perTown) -> { });
        sim.start();
        return sim;
    }

    @Test
    void theWeekListsItsStepsInOrderWithTheirScope() throws Exception {
        PnyxSim sim = started(TWO_TOWNS);
        List<String> steps = sim.steps().stream().map(s -> s.name() + ":" + s.scope()).toList();
        assertEquals(List.of("start:PER_TOWN", "economy:PER_TOWN", "shared-commons:COUPLING", "assembly:PER_TOWN",
                "transition:COUPLING", "sanction-expiry:COUPLING", "confederal-sums:COUPLING",
                "confederal-pooling-and-vote:COUPLING", "migration:COUPLING", "interdependence:COUPLING",
                "measure:COUPLING"), steps);
    }

    @Test
    void aPerTownStepLeavesTheOtherTownUnchanged() throws Exception {
        PnyxSim sim = started(TWO_TOWNS);
        for (int w = 0; w < 10; w++) {
            sim.schedule.step(sim);
        }
        Municipality a = sim.society().municipalities().get(0);
        Municipality b = sim.society().municipalities().get(1);
        long week = 10;
        assertTrue(a.meetsInWeek(week), "the fixture's towns meet in the week tested");
        int perTown = 0;
        for (Step step : sim.steps()) {
            if (step.scope() != Step.Scope.PER_TOWN) {
                continue;
            }
            perTown++;
            Map<String, String> before = snapshot(sim, b);
            Map<String, String> ownBefore = snapshot(sim, a);
            step.perTown().run(a, week);
            assertEquals(List.of(), differences(before, snapshot(sim, b)), step.name() + " run on town a changed town b");
            if (!step.name().equals("start")) {
                assertNotEquals(ownBefore, snapshot(sim, a), step.name() + " changed nothing in its own town");
            }
        }
        assertEquals(3, perTown);
    }

    private static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                out.add(e.getKey() + ": " + before.get(e.getKey()) + " -> " + e.getValue());
            }
        }
        return out;
    }

    /** Every field of the town, its ledger, agenda, office and minutes, and every per-citizen array at the town's members' ids. */
    private static Map<String, String> snapshot(PnyxSim sim, Municipality m) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        fields("town.", m, out);
        fields("ledger.", m.ledger(), out);
        fields("agenda.", m.agenda(), out);
        fields("offices.", m.offices(), out);
        fields("minutes.", m.minutes(), out);
        Citizens c = sim.society().citizens();
        for (Field f : Citizens.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
                continue;
            }
            f.setAccessible(true);
            Object arr = f.get(c);
            int stride = Array.getLength(arr) / c.size();
            for (int k = 0; k < m.population(); k++) {
                int id = m.member(k);
                List<Object> v = new ArrayList<>();
                for (int j = 0; j < stride; j++) {
                    v.add(Array.get(arr, id * stride + j));
                }
                out.put("citizen." + id + "." + f.getName(), v.toString());
            }
        }
        return out;
    }

    private static void fields(String prefix, Object o, Map<String, String> out) throws Exception {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            String text;
            if (v != null && v.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int j = 0; j < Array.getLength(v); j++) {
                    items.add(Array.get(v, j));
                }
                text = items.toString();
            } else {
                text = String.valueOf(v);
            }
            if (!text.contains("@")) { // skip objects without a value text (compared on their own)
                out.put(prefix + f.getName(), text);
            }
        }
    }

    @Test
    void aRuleChangedDuringTheRunTakesEffectFromTheNextStep() throws Exception {
        PnyxSim sim = started(TWO_TOWNS);
        Municipality a = sim.society().municipalities().get(0);
        for (int w = 0; w < 10; w++) {
            sim.schedule.step(sim);
        }
        assertTrue(a.minutes().lastMeeting().quorumMet(), "meetings reach the default quorum");
        sim.change(BylawConfig.QUORUM, 1.0, "a");
        assertEquals(1.0, a.bylaws().quorum());
        assertEquals(0.05, sim.society().municipalities().get(1).bylaws().quorum(), "only town a changed");
        for (int w = 0; w < 4; w++) {
            sim.schedule.step(sim);
        }
        assertTrue(!a.minutes().lastMeeting().quorumMet(), "nobody can gather every citizen: no meeting reaches quorum");

        sim.change(BylawConfig.DECISION_RULE, "consensus", null);
        assertEquals(BylawConfig.DecisionRule.CONSENSUS, a.bylaws().decisionRule());
        sim.change(EconomyConfig.REGIME, "capitalist", "b");
        assertEquals(Regime.CAPITALIST, sim.society().municipalities().get(1).economy().regime());
        sim.change(ScenarioConfig.POLICY_COMMON_SHARE, 0.4, "a");
        assertEquals(0.4, a.policy(Issue.COMMON_SHARE));
        sim.change(ConfederationConfig.COMPLAINTS, false, null);
        assertFalse(sim.confederal().rules().config().complaints());
    }

    @Test
    void aChangeThatIsNotAllowedIsRefusedAndChangesNothing() throws Exception {
        PnyxSim sim = started(TWO_TOWNS.replace("regime: syndicalist", "regime: syndicalist, bylaws: {quorum: 0.1}")
                .replace("economy: {", "economy: {distribution: need, "));
        Municipality b = sim.society().municipalities().get(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.change(ScenarioConfig.SEED, 3L, null));
        assertEquals("seed is fixed for the run and cannot change during it", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sim.change(BylawConfig.QUORUM, 1.5, "a"));
        assertEquals("value '1.5' is not allowed; allowed: a number in [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sim.change(EconomyConfig.REGIME, "capitalist", "b"));
        assertTrue(e.getMessage().startsWith("economy.regime: distribution must be one the capitalist regime permits"),
                e.getMessage());
        assertEquals(Regime.SYNDICALIST, b.economy().regime(), "a refused change leaves the rules as they were");
        assertEquals(0.1, b.bylaws().quorum(), "the town's own bylaw overrides are kept");
        e = assertThrows(IllegalArgumentException.class, () -> sim.change(ConfederationConfig.SHARE, 0.2, "a"));
        assertEquals("confederation.share is a confederal rule, not one town's", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sim.change(BylawConfig.QUORUM, 0.2, "nowhere"));
        assertEquals("no municipality is named 'nowhere'", e.getMessage());
    }
}
