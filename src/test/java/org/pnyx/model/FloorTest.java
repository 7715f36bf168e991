package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who is heard: six attendees and a meeting with room for two turns (1 turn an hour, 2 hours), worked by hand. */
class FloorTest {

    private static MeetingFixture six(String floor) throws Exception {
        return new MeetingFixture(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, "bylaws.meetingHours=2",
                "bylaws.floor=" + floor);
    }

    private static boolean[] heard(MeetingFixture f) {
        boolean[] h = new boolean[6];
        for (int id = 0; id < 6; id++) {
            h[id] = f.citizens.heard[id];
        }
        return h;
    }

    @Test
    void turnsAreTheMeetingsHoursTimesTurnsPerHourRoundedDown() {
        assertEquals(21, Floor.turns(7, 3), "the defaults: 7 turns an hour, 3 hours");
        assertEquals(3, Floor.turns(1.5, 2.5), "3.75 rounds down");
        assertEquals(1, Floor.turns(0.1, 1), "at least one turn");
    }

    @Test
    void aSmallMeetingHearsEveryone() throws Exception {
        MeetingFixture f = six("standing");
        new Floor(3).give(f.meeting, true);
        assertArrayEquals(new boolean[] {true, true, true, true, true, true}, heard(f), "6 turns for 6 attendees");
    }

    @Test
    void standingHoldsTheFloorAndTiesFollowTheSpeakersList() throws Exception {
        MeetingFixture f = six("standing");
        f.citizens.influence[4] = 3f;
        Floor floor = new Floor(1);
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {true, false, false, false, true, false}, heard(f),
                "citizen 4 by standing; the other turn to the first on the list (all others at standing 1)");
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {false, true, false, false, true, false}, heard(f),
                "citizen 4 again by standing; the list resumes after citizen 0, the last it reached");
    }

    @Test
    void theQueueGivesEveryoneTheirTurnOverMeetings() throws Exception {
        MeetingFixture f = six("queue");
        f.citizens.influence[4] = 3f;
        Floor floor = new Floor(1);
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {true, true, false, false, false, false}, heard(f), "standing is ignored");
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {false, false, true, true, false, false}, heard(f), "the list resumes at 2");
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {false, false, false, false, true, true}, heard(f), "then 4 and 5");
        floor.give(f.meeting, true);
        assertArrayEquals(new boolean[] {true, true, false, false, false, false}, heard(f), "and wraps to 0");
    }

    @Test
    void theChairAndWealthHoldTheFloor() throws Exception {
        MeetingFixture f = six("standing");
        f.meeting.wealthWeight = 1;
        f.meeting.meanWealth = 10;
        f.citizens.wealth[5] = 40;
        f.citizens.influence[1] = 2f;
        f.citizens.influence[5] = 0.6f;
        new Floor(1).give(f.meeting, true);
        assertArrayEquals(new boolean[] {false, true, false, false, false, true}, heard(f),
                "citizen 5's standing 0.6 x wealth 40/10 = 2.4 beats citizen 1's 2 x 1, who beats the rest's 1");
    }

    @Test
    void nobodyIsHeardAtAnInquorateMeeting() throws Exception {
        MeetingFixture f = six("standing");
        Floor floor = new Floor(3);
        floor.give(f.meeting, true);
        floor.give(f.meeting, false);
        assertArrayEquals(new boolean[6], heard(f), "an inquorate meeting clears the floor");
    }
}
