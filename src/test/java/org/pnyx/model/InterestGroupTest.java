package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organized interest and wealth that buys time, worked by hand on a town of ten whose member i has wealth
 * i + 1 (mean 5.5) and the interested view i / 10 on the need level.
 */
class InterestGroupTest {

    private static MeetingFixture town(double share) throws Exception {
        MeetingFixture f = new MeetingFixture(new double[10]);
        for (int id = 0; id < 10; id++) {
            f.citizens.set(id, 0, 0.5, 0.5, 12, 1, 1, id + 1, 0.5);
        }
        f.meeting.organizedShare = share;
        f.meeting.timeWeight = 1;
        f.meeting.open(f.town, f.citizens);
        for (int k = 0; k < 10; k++) {
            for (Issue issue : Issue.values()) {
                f.meeting.views[k * Issue.COUNT + issue.ordinal()] = issue == Issue.NEED_LEVEL ? k / 10f : Float.NaN;
            }
        }
        InterestGroup.organize(f.meeting);
        return f;
    }

    @Test
    void theRichestShareFormTheGroupAndItsLineIsTheirMeanView() throws Exception {
        MeetingFixture f = town(0.2);
        // The richest fifth of ten: wealth 9 and 10 (members 8 and 9), views 0.8 and 0.9.
        assertTrue(f.meeting.organized(8));
        assertTrue(f.meeting.organized(9));
        assertFalse(f.meeting.organized(7));
        assertEquals(0.85, f.meeting.line[Issue.NEED_LEVEL.ordinal()], 1e-6);
        assertTrue(Double.isNaN(f.meeting.line[Issue.HARVEST_CAP.ordinal()]), "no views, no line");
    }

    @Test
    void noShareNoGroup() throws Exception {
        MeetingFixture f = town(0);
        assertFalse(f.meeting.organized(9));
    }

    @Test
    void theGroupTurnsOutWhereItsLineDiffersFromPolicyByMoreThanTheMargin() throws Exception {
        MeetingFixture f = town(0.2);
        // Need level in force 0.5; the line 0.85 differs by 0.35 > the block margin.
        List<Proposal> agenda = List.of(new Proposal(Issue.NEED_LEVEL, 0.6, 0, false, 1));
        assertTrue(InterestGroup.atStake(f.meeting, agenda));
        assertFalse(InterestGroup.atStake(f.meeting, List.of(new Proposal(Issue.HARVEST_CAP, 0.6, 0, false, 1))),
                "no line on the harvest cap");
        f.meeting.organizing = false;
        assertFalse(InterestGroup.atStake(f.meeting, agenda), "knocked out: members act each on their own");
    }

    @Test
    void wealthBuysTimeInProportionToRelativeWealth() throws Exception {
        MeetingFixture f = town(0);
        // Mean wealth 5.5: member 0 (wealth 1) has 1/5.5 of the time's worth, member 9 (wealth 10) 10/5.5.
        assertEquals(1 / 5.5, f.meeting.timeClout(0), 1e-9);
        assertEquals(10 / 5.5, f.meeting.timeClout(9), 1e-9);
        f.meeting.timeWeight = 0;
        assertEquals(1, f.meeting.timeClout(9), 0, "weight 0: wealth buys no time");
    }
}
