package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.pnyx.config.CivicConfig;

/** Civic formation, hand-worked on a town of four (solidarity and reason 0.5 each). */
class CivicFormationTest {

    private static final CivicConfig RATES = new CivicConfig(true, 0.1, 0.02, true);

    private static MeetingFixture town() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5, 0.5});
        f.citizens.attended[2] = false;
        f.citizens.attended[3] = false;
        f.citizens.setExcludedWeeks(1, 3);
        return f;
    }

    @Test
    void attendeesOfAnEmpoweredMeetingGrowAndTheOthersErode() throws Exception {
        MeetingFixture f = town();
        f.citizens.heard[0] = true;
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.55, f.citizens.solidarity(0), 1e-6, "attended and heard: 0.5 + 0.1 x (1 - 0.5)");
        assertEquals(0.55, f.citizens.reason(0), 1e-6, "reason grows alike");
        assertEquals(0.49, f.citizens.solidarity(1), 1e-6, "attended but excluded from work: 0.5 x (1 - 0.02)");
        assertEquals(0.49, f.citizens.solidarity(2), 1e-6, "absent: 0.5 x (1 - 0.02)");
    }

    @Test
    void anAttendeeWhoIsNotHeardGrowsHalfAsMuchAndTheChairTwice() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5}, "bylaws.officeSelection=rotation");
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        f.citizens.heard[1] = true;
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.6, f.citizens.reason(0), 1e-6, "the facilitator (rotation from nobody: citizen 0): 0.5 + 0.2 x 0.5");
        assertEquals(0.55, f.citizens.solidarity(1), 1e-6, "heard: 0.5 + 0.1 x 0.5");
        assertEquals(0.525, f.citizens.solidarity(2), 1e-6, "listened and voted: 0.5 + 0.05 x 0.5");
    }

    @Test
    void aPowerlessMeetingErodesEveryone() throws Exception {
        MeetingFixture f = town();
        f.town.setSelfGoverning(false);
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.49, f.citizens.solidarity(0), 1e-6, "a state council decides: attending is powerless");
        MeetingFixture g = town();
        new CivicFormation(RATES).form(g.meeting, false);
        assertEquals(0.49, g.citizens.solidarity(0), 1e-6, "an inquorate meeting decides nothing");
    }

    @Test
    void knockedOutVirtueStaysAsDrawn() throws Exception {
        MeetingFixture f = town();
        new CivicFormation(new CivicConfig(false, 0.1, 0.02, true)).form(f.meeting, true);
        for (int id = 0; id < 4; id++) {
            assertEquals(0.5, f.citizens.solidarity(id), 0, "citizen " + id);
            assertEquals(0.5, f.citizens.reason(id), 0, "citizen " + id);
        }
    }

    /** Half free riders and half conditional cooperators at reference solidarity: one threshold, at its median 0.5. */
    private static MeetingFixture halves() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5}, "economy.freeRiderShare=0.5",
                "economy.humpShare=0", "economy.conditionalShare=0.5");
        f.citizens.set(0, 0, 0.48, 0.5, 12, 1, 1, 10, 0.5);
        f.citizens.setStrategy(0, Strategy.FREE_RIDER);
        f.citizens.set(1, 0, 0.505, 0.5, 12, 1, 1, 10, 0.5);
        f.citizens.setStrategy(1, Strategy.CONDITIONAL);
        f.citizens.attended[1] = false;
        f.citizens.set(2, 0, 0.48, 0.5, 12, 1, 1, 10, 0.5);
        f.citizens.setStrategy(2, Strategy.FREE_RIDER);
        f.citizens.attended[2] = false;
        return f;
    }

    @Test
    void aCitizenWhoseSolidarityCrossesAThresholdChangesType() throws Exception {
        MeetingFixture f = halves();
        f.citizens.heard[0] = true;
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.532, f.citizens.solidarity(0), 1e-6, "heard: 0.48 + 0.1 x 0.52, past the median 0.5");
        assertEquals(Strategy.CONDITIONAL, f.citizens.strategy(0), "rose into the conditional band");
        assertEquals(0.4949, f.citizens.solidarity(1), 1e-6, "absent: 0.505 x 0.98, below the median");
        assertEquals(Strategy.FREE_RIDER, f.citizens.strategy(1), "fell into the free riders' band");
        assertEquals(Strategy.FREE_RIDER, f.citizens.strategy(2), "absent and already below: no crossing");
    }

    @Test
    void withTypesByRankACrossingChangesNothing() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5}, "economy.freeRiderShare=0.5", "economy.humpShare=0",
                "economy.conditionalShare=0.5", "economy.moralTypes=false");
        f.citizens.set(0, 0, 0.48, 0.5, 12, 1, 1, 10, 0.5);
        f.citizens.setStrategy(0, Strategy.FREE_RIDER);
        f.citizens.heard[0] = true;
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.532, f.citizens.solidarity(0), 1e-6);
        assertEquals(Strategy.FREE_RIDER, f.citizens.strategy(0), "types follow rank at set-up, then imitation only");
    }

    @Test
    void deliberatingInAnEmpoweredMeetingRaisesTrust() throws Exception {
        MeetingFixture f = halves();
        for (int id = 0; id < 3; id++) {
            f.citizens.setTrust(id, 0.5);
        }
        new CivicFormation(RATES).form(f.meeting, true);
        assertEquals(0.6, f.citizens.trust(0), 1e-6, "attended: 0.5 + trustRate 0.2 x (1 - 0.5)");
        assertEquals(0.5, f.citizens.trust(1), 1e-6, "absent: unchanged");
        MeetingFixture g = halves();
        g.citizens.setTrust(0, 0.5);
        g.town.setSelfGoverning(false);
        new CivicFormation(RATES).form(g.meeting, true);
        assertEquals(0.5, g.citizens.trust(0), 1e-6, "a powerless meeting: no pledge that binds");
        MeetingFixture h = new MeetingFixture(new double[] {0.5}, "economy.trustRate=0");
        h.citizens.setTrust(0, 0.5);
        new CivicFormation(new CivicConfig(false, 0.1, 0.02, true)).form(h.meeting, true);
        assertEquals(0.5, h.citizens.trust(0), 0, "trust knocked out: unchanged, with or without civic formation");
    }
}
