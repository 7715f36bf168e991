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
}
