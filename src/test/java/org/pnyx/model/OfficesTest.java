package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office selection, terms, recall and tenure on a hand-built meeting where everybody attends. */
class OfficesTest {

    /**
     * Five attendees whose mean opinion distances to citizen 0 (at 0) are 0, 0.2, 0.25, 0.3 and 1: with an
     * approval radius of 0.25 the first three approve, 3 of 5 = 0.6. Rotation from nobody seats citizen 0.
     */
    private static MeetingFixture fiveWithFacilitatorAtZero(double threshold, String... more) throws Exception {
        String[] sets = new String[4 + more.length];
        sets[0] = "bylaws.recallThreshold=" + threshold;
        sets[1] = "bylaws.approvalRadius=0.25";
        sets[2] = "bylaws.officeSelection=rotation";
        sets[3] = "bylaws.termLength=2";
        System.arraycopy(more, 0, sets, 4, more.length);
        MeetingFixture f = new MeetingFixture(new double[] {0.0, 0.2, 0.25, 0.3, 1.0}, sets);
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertEquals(0, f.town.offices().holder(), "rotation from nobody: the lowest id");
        return f;
    }

    @ParameterizedTest(name = "threshold {0}: moved {1}, recalled {2}")
    @CsvSource({"0.6, false, false", "0.61, true, false", "0.2, false, false", "0, false, false"})
    void aRecallIsMovedBelowTheThresholdAndDecidedByMajority(double threshold, boolean moved, boolean recalled)
            throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(threshold);
        assertEquals(recalled, f.town.offices().recall(f.meeting), "3 of 5 approve (0.6); moved, 2 to 3 fails");
        assertEquals(moved ? 1 : 0, f.town.minutes().recallsMovedThisWeek());
        assertEquals(recalled ? -1 : 0, f.town.offices().holder());
        assertEquals(1, f.citizens.officeMeetings(0), "the meeting counts as served either way");
    }

    @Test
    void aRecallCarriesWhenTheMajorityDisapproves() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.0, 0.3, 0.3, 1.0, 1.0}, "bylaws.recallThreshold=0.3",
                "bylaws.approvalRadius=0.25", "bylaws.officeSelection=rotation");
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertTrue(f.town.offices().recall(f.meeting), "1 of 5 approves; 4 to 1 carries");
        Offices.OfficeRecord r = f.town.minutes().officeEvents().get(1);
        assertEquals(new Offices.OfficeRecord(1, "recalled", "majority", -1, 0, 0, 4, 5), r);
    }

    @Test
    void standingAnswersARecall() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.0, 0.3, 0.3, 1.0, 1.0}, "bylaws.recallThreshold=0.3",
                "bylaws.approvalRadius=0.25", "bylaws.officeSelection=rotation");
        f.meeting.persuasion = 0.5;
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        f.citizens.influence[0] = 4; // the radius widens to 0.25 * 4^0.5 = 0.5: citizens 1 and 2 keep her
        assertFalse(f.town.offices().recall(f.meeting), "moved (1 of 5 approves), then defeated 2 to 3");
        assertEquals(1, f.town.minutes().recallsMovedThisWeek());
        assertEquals(new Offices.OfficeRecord(1, "recall_defeated", "majority", 0, 0, 0, 2, 5),
                f.town.minutes().officeEvents().get(1));
    }

    @Test
    void underConsensusOneVoteToKeepBlocksARecall() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.0, 1.0, 1.0, 1.0, 1.0}, "bylaws.recallThreshold=0.3",
                "bylaws.approvalRadius=0.25", "bylaws.officeSelection=rotation", "bylaws.decisionRule=consensus");
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertFalse(f.town.offices().recall(f.meeting), "the holder's own vote to stay blocks");
        assertEquals(1, f.town.minutes().recallsMovedThisWeek());
    }

    @Test
    void theRecalledAreBarredFromTheNextFillingAndRotationGoesOnFromThem() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0.61, "bylaws.decisionRule=supermajority",
                "bylaws.supermajority=0.51");
        f.meeting.persuasion = 0;
        // 3 of 5 approve (0.6 < 0.61): moved; 2 yes of 5 < 0.51: defeated. Move citizen 1 and 2 away.
        for (Issue issue : Issue.values()) {
            f.citizens.setOpinion(1, issue, 1.0);
            f.citizens.setOpinion(2, issue, 1.0);
        }
        assertTrue(f.town.offices().recall(f.meeting), "1 of 5 approves; 4 of 5 >= 0.51 carries");
        f.meeting.present = 1; // only the recalled citizen 0 attends: nobody is eligible
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertEquals(-1, f.town.offices().holder(), "the recalled holder may not be seated again at once");
        f.meeting.present = 5;
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertEquals(1, f.town.offices().holder(), "the bar has lapsed; rotation continues after citizen 0");
    }

    @Test
    void pluralityLetsANearerCandidateBeatOneOfHigherStanding() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.1, 0.1, 0.1, 0.9, 0.9});
        f.citizens.influence[3] = 4;
        int[] candidates = {0, 3};
        double[] votes = new double[2];
        f.meeting.standingWeight = 0.05; // citizen 3 is rated 0.05 ln 4 - 0.8 = -0.73 by the three at 0.1
        Offices.elect(f.meeting, candidates, 2, votes);
        assertArrayEquals(new double[] {3, 2}, votes, "three vote for the nearer candidate of standing 1");
        f.meeting.standingWeight = 1; // now 1.39 - 0.8 = 0.59 > 0: standing outweighs views
        Offices.elect(f.meeting, candidates, 2, votes);
        assertArrayEquals(new double[] {0, 5}, votes);
    }

    @Test
    void anIncumbentWhoseStandingRoseStandsAgainAndTheContestFeedsBack() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, "bylaws.termLength=1",
                "bylaws.recallThreshold=0");
        f.meeting.candidateCount = 1;
        f.meeting.gain = 0.5f;
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(4));
        int first = f.town.offices().holder();
        assertEquals(1.0, f.citizens.influence(first), 1e-6, "one candidate: uncontested, no feedback");
        f.citizens.influence[first] = 1.5f;
        for (int seed = 0; seed < 20; seed++) {
            f.town.offices().recall(f.meeting);
            f.town.offices().fill(f.meeting, new MersenneTwisterFast(seed));
            assertEquals(first, f.town.offices().holder(), "seed " + seed + ": standing 1.5 > 1, she stands again");
        }
        f.meeting.candidateCount = 2;
        f.town.offices().recall(f.meeting);
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        Offices.OfficeRecord r = f.town.minutes().officeEvents().get(f.town.minutes().officeEvents().size() - 1);
        assertEquals(2, r.candidates());
        int loser = -1;
        for (int id = 0; id < 5; id++) {
            if (id != r.holder() && f.citizens.influence(id) != 1.0) {
                loser = id;
            }
        }
        assertTrue(loser >= 0, "the defeated candidate lost standing");
        assertEquals(0.5, f.citizens.influence(loser), 1e-6);
    }

    @Test
    void tenureConcentrationIsTheHerfindahlOfOfficeMeetings() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0);
        assertTrue(Double.isNaN(f.town.offices().tenureConcentration()), "nobody has served yet");
        f.town.offices().recall(f.meeting);
        f.town.offices().recall(f.meeting);
        f.town.offices().fill(f.meeting, new MersenneTwisterFast(1));
        assertEquals(1, f.town.offices().holder(), "after a two-meeting term, rotation passes the office on");
        f.town.offices().recall(f.meeting);
        assertEquals(4.0 / 9 + 1.0 / 9, f.town.offices().tenureConcentration(), 1e-12, "shares 2/3 and 1/3");
    }

    @Test
    void wealthBuysCloutOnlyWithAWeight() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5, 0.5}); // wealth 10 each
        f.citizens.set(0, 0, 0.5, 0.5, 12, 1, 1, 40, 0.5); // 40: the mean is (40 + 30) / 4 = 17.5
        assertEquals(1, f.meeting.clout(0), 1e-12, "weight 0: wealth buys nothing");
        f.meeting.wealthWeight = 2;
        f.meeting.open(f.town, f.citizens);
        assertEquals(17.5, f.meeting.meanWealth, 1e-12);
        assertEquals(Math.pow(40 / 17.5, 2), f.meeting.clout(0), 1e-12);
        assertEquals(Math.pow(10 / 17.5, 2), f.meeting.clout(1), 1e-12);
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
    void aLeavingHolderVacatesTheOfficeAndRotationGoesOnFromThem() throws Exception {
        MeetingFixture f = fiveWithFacilitatorAtZero(0);
        f.town.removeMember(0);
        assertEquals(-1, f.town.offices().holder());
        assertEquals(0, f.town.offices().lastHolder());
        assertFalse(f.town.offices().recall(f.meeting), "a vacant office has nobody to recall");
        assertEquals(4, f.town.population());
    }
}
