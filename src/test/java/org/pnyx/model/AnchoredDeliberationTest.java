package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.pnyx.rules.Tally;

/**
 * Interests that hold in deliberation (Friedkin &amp; Johnsen 1990), worked by hand: ten attendees at 0.35 on the
 * common share (status quo 0.5), seven whose situation gives the view 0.2 and three whose gives 0.8; everyone
 * within everyone's confidence, reason 0.5 (so every weight is alike and a Hegselmann-Krause round moves all to
 * the mean), three rounds, no persuasion by the mover; the motion is 0.3.
 */
class AnchoredDeliberationTest {

    private static Tally vote(double anchor, MeetingFixture f) {
        f.meeting.persuasion = 0;
        f.meeting.anchor = anchor;
        for (int k = 0; k < 10; k++) {
            f.meeting.views[k * Issue.COUNT + Issue.COMMON_SHARE.ordinal()] = k < 7 ? 0.2f : 0.8f;
        }
        Decision.take(f.meeting, new Proposal(Issue.COMMON_SHARE, 0.3, 0, false, 1), new MersenneTwisterFast(1));
        return f.meeting.lastTally;
    }

    private static MeetingFixture town() throws Exception {
        double[] opinions = new double[10];
        java.util.Arrays.fill(opinions, 0.35);
        return new MeetingFixture(opinions, "bylaws.confidence=1", "bylaws.deliberationRounds=3");
    }

    @Test
    void aMinorityWhoseSituationDiffersPersistsAndVotesNo() throws Exception {
        MeetingFixture f = town();
        Tally t = vote(0.3, f);
        // Round by round, mean m then x = m + 0.3 (view - m): 0.305/0.485, 0.3113/0.4913, 0.31571/0.49571.
        assertEquals(0.31571, f.citizens.opinion(0, Issue.COMMON_SHARE), 1e-5);
        assertEquals(0.49571, f.citizens.opinion(9, Issue.COMMON_SHARE), 1e-5);
        assertEquals(7, t.yes());
        assertEquals(3, t.no(), "0.49571 is nearer the status quo 0.5 than the motion 0.3");
    }

    @Test
    void withoutTheAnchorTheMeetingConvergesAndNobodyDissents() throws Exception {
        MeetingFixture f = town();
        Tally t = vote(0, f);
        assertEquals(0.35, f.citizens.opinion(9, Issue.COMMON_SHARE), 1e-6);
        assertEquals(10, t.yes());
        assertEquals(0, t.no());
    }
}
