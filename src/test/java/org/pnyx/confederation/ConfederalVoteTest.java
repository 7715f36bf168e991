package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Assembly;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;
import org.pnyx.model.VoteRecord.TownVote;

/**
 * Town t0 has five citizens at 0.1 and town t1 three at 0.9 (solidarity 1: positions are opinions); the share in
 * force is 0.5, so whichever citizen moves the proposal, the towns vote on opposite sides. The question is put in
 * week 0; only t1's assembly meets (everyone attends); the count is in week 1.
 */
class ConfederalVoteTest {

    private static final double[] OPINIONS = {0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9};

    private static VoteRecord countWithOnlyT1Meeting(String rule) {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.share=0.5", "confederation.rule=" + rule,
                "attendance.base=20", "attendance.survivalHours=0", "bylaws.deliberation=none");
        Society society = Fixtures.society(s, new int[] {5, 3}, OPINIONS);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        new Assembly(s).meet(society.municipalities().get(1), society.citizens(), random);
        Fixtures.week(layer, 1, random);
        assertEquals(1, votes.size());
        assertEquals(3.0 / 8, layer.confederalTurnout(), 1e-12, "three votes cast in meetings for eight residents");
        assertEquals(0.0, layer.confederalTurnout(0), 1e-12, "t0's assembly cast none");
        assertEquals(1.0, layer.confederalTurnout(1), 1e-12, "t1's assembly: all three");
        return votes.get(0);
    }

    @Test
    void aTownWhoseAssemblyDidNotMeetGivesNoMandateAndWeighsNothingInTheAggregate() {
        VoteRecord v = countWithOnlyT1Meeting("aggregate_citizens");
        TownVote t0 = v.towns().get(0);
        TownVote t1 = v.towns().get(1);
        assertEquals(0, t0.meetingsTried());
        assertEquals(0, t0.mandate(), "no meeting, no mandate");
        assertEquals(0, t0.yes() + t0.no());
        assertEquals(5, t0.residentsYes() + t0.residentsNo(), "the plebiscite polls t0's residents all the same");
        assertEquals(3, t1.yes() + t1.no());
        boolean t1For = v.proposal() > 0.5;
        assertEquals(t1For ? 3 : 0, v.outcomes().citizens().yes(), "the aggregate is t1's meeting alone");
        assertEquals(t1For, v.outcomes().aggregate(), "t1's meeting carries the aggregate");
        assertEquals(!t1For, v.outcomes().plebiscite(), "t0's five residents carry the plebiscite");
        assertNotEquals(v.outcomes().aggregate(), v.outcomes().plebiscite());
        assertEquals(1, v.townsMandated());
        assertEquals(t1For, v.adopted(), "the aggregate is in force");
    }

    @Test
    void underThePlebisciteTheAssemblyDoesNotMatter() {
        VoteRecord v = countWithOnlyT1Meeting("plebiscite");
        boolean t1For = v.proposal() > 0.5;
        assertEquals(!t1For, v.adopted(), "every resident polled: t0's five outvote t1's three");
        assertTrue(v.outcomes().residents().cast() == 8);
    }
}
