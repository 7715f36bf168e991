package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counter-group worked by hand on a town of ten whose member i has wealth i + 1, solidarity (10 - i) / 10 and the
 * interested view i / 10 on the need level; the richest fifth (members 8 and 9) form the interest group.
 */
class CounterGroupTest {

    private static MeetingFixture town(double counterShare) throws Exception {
        MeetingFixture f = new MeetingFixture(new double[10]);
        for (int id = 0; id < 10; id++) {
            f.citizens.set(id, 0, (10 - id) / 10.0, 0.5, 12, 1, 1, id + 1, 0.5);
        }
        f.meeting.organizedShare = 0.2;
        f.meeting.counterShare = counterShare;
        f.meeting.open(f.town, f.citizens);
        for (int k = 0; k < 10; k++) {
            for (Issue issue : Issue.values()) {
                f.meeting.views[k * Issue.COUNT + issue.ordinal()] = issue == Issue.NEED_LEVEL ? k / 10f : Float.NaN;
            }
        }
        InterestGroup.organize(f.meeting);
        CounterGroup.organize(f.meeting);
        return f;
    }

    @Test
    void theMostSolidaryOutsideTheInterestFormTheCounterGroupAndItsLineIsTheirMeanView() throws Exception {
        MeetingFixture f = town(0.2);
        // Outside the group (members 0..7) the two of highest solidarity are members 0 (1.0) and 1 (0.9).
        assertTrue(f.meeting.counter(0));
        assertTrue(f.meeting.counter(1));
        assertFalse(f.meeting.counter(2));
        assertFalse(f.meeting.counter(9), "an interest-group member is not in the counter-group");
        assertEquals(0.05, f.meeting.counterLine[Issue.NEED_LEVEL.ordinal()], 1e-6);
    }

    @Test
    void itTurnsOutWhereTheInterestsLineIsAtStakeAndNotWhenKnockedOut() throws Exception {
        MeetingFixture f = town(0.2);
        List<Proposal> agenda = List.of(new Proposal(Issue.NEED_LEVEL, 0.6, 0, false, 1));
        // The interest's line 0.85 differs from the level in force 0.5 by more than the block margin 0.05.
        assertTrue(CounterGroup.turnsOut(f.meeting, agenda));
        assertFalse(CounterGroup.turnsOut(f.meeting, List.of(new Proposal(Issue.HARVEST_CAP, 0.6, 0, false, 1))));
        f.meeting.counterOrganizing = false;
        assertFalse(CounterGroup.turnsOut(f.meeting, agenda));
        assertFalse(town(0).meeting.counter(0), "share 0: no counter-group");
    }

    @Test
    void itArguesItsLineAsAMoverPresentsAMotion() throws Exception {
        MeetingFixture f = town(0.2);
        double[] opinions = {0.0, 0.1, 0.2, 0.5, 0.5, 0.5, 0.5, 0.5, 0.85, 0.85};
        double[] reasons = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        Proposal motion = new Proposal(Issue.NEED_LEVEL, 0.85, 9, false, 1);
        CounterGroup.argue(f.meeting, motion, opinions, reasons, 10);
        // Speaker: member 0 (standing 1, first on ties); pull 0.3 * 1/2 = 0.15; weight 1 - 0.5 * (1 - 0.5) = 0.75.
        // Within the confidence radius 0.2 of the line 0.05: members 0, 1 and 2.
        assertEquals(0.0 + 0.75 * 0.15 * 0.05, opinions[0], 1e-7);
        assertEquals(0.1 + 0.75 * 0.15 * -0.05, opinions[1], 1e-7);
        assertEquals(0.2 + 0.75 * 0.15 * -0.15, opinions[2], 1e-7);
        assertEquals(0.5, opinions[3], 0, "beyond the radius");
        assertEquals(0.85, opinions[9], 0);
        double[] knocked = {0.2};
        f.meeting.counterOrganizing = false;
        CounterGroup.argue(f.meeting, motion, knocked, reasons, 1);
        assertEquals(0.2, knocked[0], 0, "knocked out: nobody argues the line");
    }
}
