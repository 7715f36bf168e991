package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/**
 * Three towns whose citizens all have solidarity 1 (a position is the citizen's own confederal opinion): t0 one
 * citizen at 0.2, t1 two at 0.4 and 0.6, t2 one at 0.9 (opinions are stored as floats, hence 1e-6). No meeting has been held, so each town's assembly proposes
 * the mean position of all its members: 0.2, 0.5 and 0.9.
 */
class ReconciliationTest {

    private static List<VoteRecord> run(String reconcile) {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.reconcile=" + reconcile);
        Society society = Fixtures.society(s, new int[] {1, 2, 1}, new double[] {0.2, 0.4, 0.6, 0.9});
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int week = 0; week < 4; week++) {
            Fixtures.week(layer, week, random);
        }
        return votes;
    }

    @Test
    void beforeAnyMeetingTheCouncilPutsTheResidentsWeightedMeanOfTheTownsProposals() {
        List<VoteRecord> votes = run("true");
        VoteRecord v = votes.get(0);
        assertEquals((0.2 + 2 * 0.5 + 0.9) / 4, v.proposal(), 1e-6, "(1 x 0.2 + 2 x 0.5 + 1 x 0.9) / 4 = 0.525");
        assertEquals("council", v.origin());
        assertTrue(v.reconciled());
        assertEquals(3, v.proposals(), "three towns' proposals reconciled");
    }

    @Test
    void withoutReconciliationTheTownsProposalsArePutInTurn() {
        List<VoteRecord> votes = run("false");
        assertEquals(List.of("t0", "t1", "t2"), votes.stream().map(VoteRecord::origin).toList());
        assertEquals(0.2, votes.get(0).proposal(), 1e-6);
        assertEquals(0.5, votes.get(1).proposal(), 1e-6);
        assertEquals(0.9, votes.get(2).proposal(), 1e-6);
        assertFalse(votes.get(0).reconciled());
    }
}
