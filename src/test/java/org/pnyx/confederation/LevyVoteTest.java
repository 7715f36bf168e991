package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/**
 * The levy voted in the town's own meeting. Two towns of two citizens, all with solidarity 1 (a position is the
 * citizen's confederal opinion) and wealth 10: t0's citizens hold opinion 0 and earn 10 against a need of 1, t1's hold
 * 1 and earn nothing. Everyone attends. At a share of 0.5 a citizen at 0 is nearer paying nothing than 0.5 and votes
 * no; a citizen at 1 votes to pay.
 */
class LevyVoteTest {

    private static ScenarioConfig scenario(String levyVote) {
        return Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.share=0.5", "confederation.levyVote=" + levyVote, "attendance.base=20",
                "attendance.survivalHours=0", "bylaws.proposalsPerMeeting=1", "bylaws.deliberation=none");
    }

    private static List<VoteRecord> run(ScenarioConfig s, boolean[] refusingAfterWeek1) {
        Society society = Fixtures.society(s, new int[] {2, 2}, new double[] {0, 0, 1, 1});
        Citizens c = society.citizens();
        c.setIncome(0, 10);
        c.setIncome(1, 10);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        Fixtures.week(layer, 0, random);
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 1, random);
        Confederation f = layer.confederations().get(0);
        refusingAfterWeek1[0] = f.refusing[0];
        refusingAfterWeek1[1] = f.refusing[1];
        Fixtures.week(layer, 2, random);
        Fixtures.week(layer, 3, random);
        return votes;
    }

    @Test
    void aTownWhoseMeetingVotesNoRefusesAndThePoorerTownComplains() {
        boolean[] refusing = new boolean[2];
        List<VoteRecord> votes = run(scenario("true"), refusing);
        assertTrue(refusing[0], "t0's meeting voted 2 to 0 against paying");
        assertFalse(refusing[1], "t1's voted to pay");
        VoteRecord heard = votes.get(votes.size() - 1);
        assertEquals(2, heard.putWeek(), "the complaint heard at week 2, on what was owed and not paid that week");
        assertEquals("t1", heard.complainant());
        assertEquals("t0", heard.accused());
        assertEquals("refused_transfer", heard.harm());
        assertEquals("upheld", heard.ruling());
        assertEquals(1, heard.evidence(), 1e-12, "nothing of what it owed was paid");
    }

    @Test
    void withLevyVotesKnockedOutNobodyRefuses() {
        boolean[] refusing = new boolean[2];
        List<VoteRecord> votes = run(scenario("false"), refusing);
        assertFalse(refusing[0]);
        assertTrue(votes.stream().allMatch(v -> v.complainant().isEmpty()));
    }
}
