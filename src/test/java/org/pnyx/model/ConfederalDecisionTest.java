package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;

/**
 * A confederal question on a town's agenda: decided by the meeting's attendees under the town's bylaws, left
 * open by an inquorate meeting, changed by deliberation, overridden by hand-set votes. Citizens have solidarity
 * 1, so a position is the confederal opinion, and reason 1; the question is 0.7 against a status quo of 0.5, so a citizen
 * votes yes when their position is above 0.6.
 */
class ConfederalDecisionTest {

    private static final class Town {
        final Citizens citizens;
        final Municipality town;
        final Assembly assembly;
        final ConfederalItem item = new ConfederalItem("r");

        Town(double[] opinions, String... bylaws) throws Exception {
            List<String> sets = new ArrayList<>(List.of("attendance.base=20", "attendance.survivalHours=0", "bylaws.proposalsPerMeeting=1"));
            sets.addAll(List.of(bylaws));
            ScenarioConfig s = ScenarioLoader.parse("fixture", "name: fixture\n", sets);
            citizens = new Citizens(opinions.length);
            town = new Municipality(0, "t", s.bylaws(), s.economy(), 0, new double[] {0.5, 0.5, 1, 1});
            for (int id = 0; id < opinions.length; id++) {
                citizens.set(id, 0, 1, 1, 20, 1, 1, 10, 0.5);
                citizens.setConfederalOpinion(id, opinions[id]);
                town.addMember(id);
            }
            town.addConfederalItem(item);
            assembly = new Assembly(s);
            item.put(0, 0.5, 0.7, 0.5, false);
        }

        MeetingRecord meet() {
            return assembly.meet(town, citizens, new MersenneTwisterFast(1));
        }
    }

    private static final double[] SPLIT = {0.65, 0.65, 0.65, 0.45, 0.45};

    @Test
    void withoutDeliberationTheAttendeesMajorityIsTheMandate() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none");
        assertTrue(t.meet().quorumMet());
        assertTrue(t.item.decided());
        assertFalse(t.item.open(), "decided: no longer waiting");
        assertEquals(3, t.item.yes());
        assertEquals(2, t.item.no());
        assertEquals(1, t.item.mandate());
        assertEquals(5, t.item.voterCount());
        assertTrue(t.item.votedOnMandate(4));
    }

    @Test
    void deliberationChangesTheMeetingsVote() throws Exception {
        // Hegselmann-Krause with confidence 0.3: all five are within reach and move to their mean, 0.57, below 0.6.
        Town t = new Town(SPLIT, "bylaws.deliberation=hegselmann_krause", "bylaws.confidence=0.3", "bylaws.deliberationRounds=1");
        t.meet();
        assertEquals(0, t.item.yes());
        assertEquals(5, t.item.no());
        assertEquals(-1, t.item.mandate(), "the mandate flips from yes to no");
        assertEquals(0.57, t.citizens.confederalOpinion(0), 1e-6, "the attendees' opinions moved");
    }

    @Test
    void theTownsDecisionRuleGivesTheMandate() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none", "bylaws.decisionRule=supermajority",
                "bylaws.supermajority=0.75");
        t.meet();
        assertEquals(3, t.item.yes(), "3 of 5 is short of three quarters");
        assertEquals(-1, t.item.mandate());
    }

    @Test
    void anInquorateMeetingLeavesTheQuestionForTheNextMeeting() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none", "bylaws.quorum=1");
        t.citizens.set(4, 0, 1, 0.5, 1, 1, 1, 10, 0.5); // one free hour: cannot sit a 3-hour meeting
        assertFalse(t.meet().quorumMet());
        assertTrue(t.item.open(), "still waiting");
        assertFalse(t.item.decided());
        assertEquals(0, t.item.mandate(), "no mandate");
        assertEquals(1, t.item.meetingsTried());
        assertEquals(4, t.item.attendance());
        t.citizens.set(4, 0, 1, 0.5, 20, 1, 1, 10, 0.5);
        t.meet();
        assertTrue(t.item.decided(), "the next, quorate meeting decides it");
        assertEquals(2, t.item.meetingsTried());
        assertEquals(2, t.item.meeting(), "the town's second meeting");
    }

    @Test
    void handSetVotesOverrideTheirPositions() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none");
        t.town.setHandSetVotes(0, 2); // members 0 and 1 (positions 0.65) vote no by hand
        t.meet();
        assertEquals(1, t.item.yes());
        assertEquals(4, t.item.no());
        assertEquals(-1, t.item.mandate());
        assertEquals(-1, t.town.handSetVote(1));
        assertEquals(0, t.town.handSetVote(2), "member 2 votes their position");
    }

    @Test
    void aWaitingQuestionTakesOneItemsShareOfTheMeeting() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none");
        t.meet();
        assertEquals(0, t.town.agenda().items().size(), "one item per meeting, taken by the confederal question");
        t.meet();
        assertEquals(1, t.town.agenda().items().size(), "with the question decided, local business returns");
    }

    @Test
    void theVotersOnTheMandateRecallOrForgiveUnderTheTownsRule() throws Exception {
        Town t = new Town(SPLIT, "bylaws.deliberation=none");
        t.meet(); // mandate yes, 3 to 2
        assertTrue(ConfederalDecision.recallVote(t.town, t.item), "the three who voted yes recall, two forgive");
        Town strict = new Town(SPLIT, "bylaws.deliberation=none", "bylaws.decisionRule=supermajority",
                "bylaws.supermajority=0.75");
        strict.meet(); // mandate no: 3 of 5 is short of three quarters
        assertFalse(ConfederalDecision.recallVote(strict.town, strict.item),
                "the two who voted no would recall, the three who voted yes forgive: short of three quarters");
    }

    @Test
    void judgementWeighsTheConfederalDebateAndItsKnockoutReachesIt() throws Exception {
        // The three at 0.65 have reason 1, the two at 0.45 reason 0. With judgement a listener of reason 1 gives a
        // speaker of reason 0 the weight 1 - 1 x (1 - 0) = 0: the three hear only each other and stay at 0.65 (yes);
        // the two weigh everyone alike and move to the mean 0.57 (no). Knocked out, all weigh alike: 0.57, no.
        String[] hk = {"bylaws.deliberation=hegselmann_krause", "bylaws.confidence=0.3", "bylaws.deliberationRounds=1"};
        Town t = new Town(SPLIT, hk);
        unreasoning(t);
        t.meet();
        assertEquals(0.65, t.citizens.confederalOpinion(0), 1e-6, "reasonable: weighs only the reasonable");
        assertEquals(0.57, t.citizens.confederalOpinion(3), 1e-6, "unreasoning: swayed by everyone near");
        assertEquals(1, t.item.mandate(), "3 yes, 2 no");
        String[] off = {hk[0], hk[1], hk[2], "civic.judgement=false"};
        Town k = new Town(SPLIT, off);
        unreasoning(k);
        k.meet();
        assertEquals(0.57, k.citizens.confederalOpinion(0), 1e-6, "judgement knocked out: every reason counts as 1");
        assertEquals(-1, k.item.mandate());
    }

    private static void unreasoning(Town t) {
        for (int id = 3; id < 5; id++) {
            t.citizens.set(id, 0, 1, 0, 20, 1, 1, 10, 0.5);
            t.citizens.setConfederalOpinion(id, SPLIT[id]);
        }
    }
}
