package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office selection, terms and recall on a hand-built meeting where everybody attends. */
class OfficesTest {

    /**
     * Five attendees whose mean opinion distances to the facilitator (citizen 0, at 0) are 0, 0.2, 0.25,
     * 0.3 and 1: with an approval radius of 0.25 the first three approve, 3 of 5 = 0.6.
     */
    private static MeetingFixture fiveWithFacilitatorAtZero(double threshold) throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.0, 0.2, 0.25, 0.3, 1.0},
                "bylaws.recallThreshold=" + threshold, "bylaws.approvalRadius=0.25", "bylaws.officeSelection=election",
                "bylaws.termLength=2");
        f.citizens.set(0, 0, 0.5, 1.0, 12, 1, 1, 10, 0.5); // highest reason: highest standing
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertEquals(0, f.town.offices().holder(), "elected: influence 1 x reason 1 beats 1 x 0.5");
        return f;
    }

    @ParameterizedTest(name = "threshold {0}: recalled {1}")
    @CsvSource({"0.6, false", "0.61, true", "0.2, false", "0, false"})
    void recallComparesTheApprovingShareWithTheThreshold(double threshold, boolean recalled) throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(threshold);
        assertEquals(recalled, f.town.offices().recall(f.meeting), "3 of 5 approve (0.6)");
        assertEquals(recalled ? -1 : 0, f.town.offices().holder());
        assertEquals(1, f.citizens.officeMeetings(0), "the meeting counts as served either way");
    }

    @Test
    void approvalIsAMeanDistanceAtMostTheRadius() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0.6);
        boolean[] expected = {true, true, true, false, false};
        for (int id = 0; id < 5; id++) {
            assertEquals(expected[id], Offices.approves(f.citizens, id, 0, 0.25), "citizen " + id);
        }
    }

    @Test
    void aTermRunsItsMeetingsThenTheOfficeIsFilledAgain() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        f.town.offices().recall(f.meeting);
        f.citizens.set(0, 0, 0.5, 0.2, 12, 1, 1, 10, 0.5); // now citizen 0 stands lowest
        f.town.offices().fill(f.meeting, random);
        assertEquals(0, f.town.offices().holder(), "one meeting of a two-meeting term left: no election");
        f.town.offices().recall(f.meeting);
        f.town.offices().fill(f.meeting, random);
        assertEquals(1, f.town.offices().holder(), "the term is over: an attendee of highest standing (reason 0.5, lowest id) is elected");
    }

    @Test
    void aLeavingHolderVacatesTheOffice() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0);
        f.town.removeMember(0);
        assertEquals(-1, f.town.offices().holder());
        assertFalse(f.town.offices().recall(f.meeting), "a vacant office has nobody to recall");
        assertEquals(4, f.town.population());
    }
}
