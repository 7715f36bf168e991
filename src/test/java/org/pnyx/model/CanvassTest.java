package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The minority persuades between meetings, worked by hand: a town of four at 0.3 on the common share (status
 * quo 0.5, motion 0.3 adopted), reason 0.5 for all, confidence 0.2, convergence 0.3; one attendee ended the
 * meeting at 0.45 and voted no.
 */
class CanvassTest {

    private static MeetingFixture town(double attendee) throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.3, 0.3, 0.3, 0.3});
        f.meeting.present = 1;
        f.meeting.attendees[0] = 0;
        f.meeting.opinions[0] = attendee;
        f.meeting.canvass = 1;
        return f;
    }

    @Test
    void aDissenterMovesTheMemberTheySeekOut() throws Exception {
        MeetingFixture f = town(0.45);
        Decision.canvass(f.meeting, Issue.COMMON_SHARE.ordinal(), 0.3, 0.5, new MersenneTwisterFast(5));
        int sought = f.town.member(new MersenneTwisterFast(5).nextInt(4));
        // Gap 0.15 within 0.2: moves 0.3 x (1 - 0.5 x 0.5) x 0.15 = 0.03375.
        for (int id = 0; id < 4; id++) {
            assertEquals(id == sought ? 0.33375 : 0.3, f.citizens.opinion(id, Issue.COMMON_SHARE), 1e-6, "member " + id);
        }
    }

    @Test
    void whoVotedYesDoesNotCanvassNorDoesOneBeyondTheRadius() throws Exception {
        MeetingFixture yes = town(0.3);
        Decision.canvass(yes.meeting, Issue.COMMON_SHARE.ordinal(), 0.3, 0.5, new MersenneTwisterFast(5));
        MeetingFixture far = town(0.55);
        Decision.canvass(far.meeting, Issue.COMMON_SHARE.ordinal(), 0.3, 0.5, new MersenneTwisterFast(5));
        for (int id = 0; id < 4; id++) {
            assertEquals(0.3, yes.citizens.opinion(id, Issue.COMMON_SHARE), 1e-6);
            assertEquals(0.3, far.citizens.opinion(id, Issue.COMMON_SHARE), 1e-6, "gap 0.25 beyond the radius 0.2");
        }
    }
}
