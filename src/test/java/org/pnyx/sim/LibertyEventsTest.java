package org.pnyx.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * The liberty events are recorded where they happen: decisions at meetings (a plan's override or the assembly's),
 * the terms of each week's work, wishes to leave. Each test runs a small scenario and reads the citizens' counters.
 */
class LibertyEventsTest {

    private static final String TOWNS = """
            name: liberty-events
            steps: 60
            municipalities:
              count: 3
              size: {dist: constant, mean: 80}
            migration: {enabled: true, tolerance: 0.1}
            """;

    private static Society run(String... sets) throws Exception {
        List<String> overrides = new ArrayList<>(List.of(sets));
        return Simulation.run(ScenarioLoader.parse("test", TOWNS, overrides), (w, a, t) -> { }).society();
    }

    @Test
    void underThePlanEveryBindingDecisionIsImposedAndNoneHeard() throws Exception {
        Citizens c = run("economy.regime=state_socialist").citizens();
        long bound = 0;
        long wishes = 0;
        for (int id = 0; id < c.size(); id++) {
            bound += c.bound(id);
            wishes += c.exitWishes(id);
            assertEquals(0, c.voiced(id), "no voice under the plan");
            assertEquals(c.bound(id), c.dominated(id), "every decision the plan's");
            assertEquals(c.exitWishes(id), c.exitBlocked(id), "every wish to leave barred");
            assertEquals(0, c.workSay(id), "the plan sets the terms of work");
            assertEquals(60, c.workWeeks(id), "every week's terms set by someone");
        }
        assertTrue(bound > 0, "decisions were taken: " + bound);
        assertTrue(wishes > 0, "some wished to leave: " + wishes);
    }

    /**
     * The plan decides at every meeting whatever the agenda or the quorum: with a quorum nobody reaches, each of
     * the 15 meetings of 60 weeks (one every 4) records one decision per binding policy (common share, need
     * level, harvest cap, sanctions), 60 in all, each imposed.
     */
    @Test
    void thePlanDecidesEveryBindingPolicyAtEachMeetingEvenWithoutQuorum() throws Exception {
        Citizens c = run("economy.regime=state_socialist", "bylaws.quorum=1", "migration.enabled=false",
                "municipalities.count=1").citizens();
        for (int id = 0; id < c.size(); id++) {
            assertEquals(60, c.bound(id), "15 meetings x 4 policies");
            assertEquals(60, c.dominated(id));
            assertEquals(0, c.voiced(id));
        }
    }

    @Test
    void withThePlansOverridesKnockedOutTheAssemblyDecidesAndAttendeesAreHeard() throws Exception {
        Society s = run("economy.regime=state_socialist", "powers.planOverrides=false", "powers.planClosesExit=false");
        Citizens c = s.citizens();
        long bound = 0;
        long voiced = 0;
        long wishes = 0;
        for (int id = 0; id < c.size(); id++) {
            bound += c.bound(id);
            voiced += c.voiced(id);
            wishes += c.exitWishes(id);
            assertEquals(0, c.dominated(id), "the assembly's own decisions");
            assertEquals(0, c.exitBlocked(id), "exit open");
            assertTrue(c.voiced(id) <= c.bound(id));
        }
        assertTrue(bound > 0 && voiced > 0 && voiced < bound, "attendees heard, absentees not: " + voiced + "/" + bound);
        assertTrue(wishes > 0, "some wished to leave");
        for (Municipality m : s.municipalities()) {
            assertTrue(m.selfGoverning() && m.exitAllowed(), m.name());
        }
    }

    @Test
    void ownersSetTheirWorkersTermsUnlessTheirControlIsKnockedOut() throws Exception {
        String quiet = "bylaws.monitoring=0";
        Citizens owned = run("economy.regime=capitalist", quiet).citizens();
        int owners = 0;
        for (int id = 0; id < owned.size(); id++) {
            assertEquals(60, owned.workWeeks(id));
            if (owned.owner(id)) {
                owners++;
                assertEquals(60, owned.workSay(id), "an owner sets their own terms");
                assertEquals(0, owned.dominated(id), "and decides the wage");
            } else {
                assertEquals(0, owned.workSay(id), "the owners set a worker's");
                assertTrue(owned.dominated(id) >= 60, "each week's wage imposed: " + owned.dominated(id));
            }
        }
        assertTrue(owners > 0, "owners chosen");
        Citizens assembly = run("economy.regime=capitalist", quiet, "powers.ownersDecide=false").citizens();
        for (int id = 0; id < assembly.size(); id++) {
            assertEquals(60, assembly.workSay(id), "the assembly sets the wage; nobody sanctioned");
            assertEquals(0, assembly.dominated(id), "no unilateral wage");
        }
    }

    @Test
    void sanctionsCountAgainstControlOverWorkAndExclusionAgainstSecurity() throws Exception {
        Citizens c = run("economy.regime=municipalized", "bylaws.monitoring=1", "economy.freeRiderShare=0.5",
                "economy.conditionalShare=0.3", "bylaws.effortNorm=1")
                .citizens();
        long lost = 0;
        for (int id = 0; id < c.size(); id++) {
            assertEquals(60, c.workWeeks(id));
            lost += c.workWeeks(id) - c.workSay(id);
        }
        assertTrue(lost > 0, "fined or excluded weeks lose say: " + lost);
    }

    @Test
    void coOpsRecordNoTermsOfWork() throws Exception {
        Citizens c = run("economy.regime=syndicalist").citizens();
        for (int id = 0; id < c.size(); id++) {
            assertEquals(0, c.workWeeks(id), "co-ops do not yet vote on their own matters: no event");
        }
    }
}
