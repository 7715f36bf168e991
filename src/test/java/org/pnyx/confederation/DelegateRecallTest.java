package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;
import org.pnyx.model.VoteRecord.TownVote;

/**
 * Town t0 has citizens 0 and 1 at opinion 0.9 (reason 0.1) and citizen 2 (reason 1), who has the highest
 * standing and is elected delegate, with solidarity 0: their position is t0's interest, 0, and against a share of 0.5 they oppose t0's
 * majority on any proposal, with conviction 1. Town t1's citizens all sit at 0.9. The question is put in week 0,
 * every assembly meets (everyone attends) and gives its mandate, and the count is in week 1. With recall knocked
 * out the delegate expects none and deviates for certain; with recall credible they expect it with the share of
 * the mandate's voters (2/3) and deviate with probability standing/3, and the voters on the mandate then recall
 * them.
 */
class DelegateRecallTest {

    private static final double[] OPINIONS = {0.9, 0.9, 0.1, 0.9, 0.9, 0.9};

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {3, 3}, OPINIONS);
        society.citizens().set(0, 0, 1, 0.1, 12, 1, 1, 10, 0.3);
        society.citizens().set(1, 0, 1, 0.1, 12, 1, 1, 10, 0.3);
        society.citizens().set(2, 0, 0, 1, 12, 1, 1, 10, 0.3);
        return society;
    }

    private static ScenarioConfig scenario(int recallAfter, String rule) {
        return Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.share=0.5", "confederation.rule=" + rule, "bylaws.delegateRecall=" + recallAfter,
                "bylaws.officeSelection=election", "attendance.base=20", "attendance.survivalHours=0", "bylaws.proposalsPerMeeting=1",
                "bylaws.deliberation=none");
    }

    private record Count(ConfederalLayer layer, List<VoteRecord> votes) {
    }

    private static Count count(ScenarioConfig s, long seed) {
        Society society = society(s);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        Fixtures.week(layer, 0, random);
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 1, random);
        return new Count(layer, votes);
    }

    @Test
    void withRecallKnockedOutTheDelegateDeviatesForCertainAndKeepsTheSeat() {
        Count c = count(scenario(0, "aggregate_citizens"), 3);
        TownVote t0 = c.votes().get(0).towns().get(0);
        assertEquals(2, t0.yes() + t0.no() - Math.min(t0.yes(), t0.no()), "two of t0's three carry the mandate");
        assertEquals(-t0.mandate(), t0.delegateCast(), "the delegate cast their own vote against it");
        assertEquals(1, c.layer().deviations(0));
        assertEquals(0, t0.recallVote(), "no recall vote");
        assertEquals(0, c.layer().delegateRecalls(0));
        assertEquals(2, c.layer().confederations().get(0).delegate(0), "the delegate keeps the seat");
        assertEquals(0.5, c.layer().fidelity(), 1e-12, "one of two mandated votes carried");
    }

    @Test
    void belowTheBylawCountTheFirstDeviationIsNotPutToAVoteAndExpectsNoRecall() {
        Count c = count(scenario(2, "aggregate_citizens"), 3);
        assertEquals(1, c.layer().deviations(0), "a first deviation of two expects no recall: certain");
        assertEquals(0, c.votes().get(0).towns().get(0).recallVote());
        assertEquals(2, c.layer().confederations().get(0).delegate(0));
    }

    @Test
    void withRecallCredibleADeviationIsRarerAndTheVotersOnTheMandateRecallTheDelegate() {
        int deviations = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Count c = count(scenario(1, "aggregate_citizens"), seed);
            TownVote t0 = c.votes().get(0).towns().get(0);
            if (c.layer().deviations(0) == 0) {
                assertEquals(t0.mandate(), t0.delegateCast(), "seed " + seed + ": carried the mandate");
                assertEquals(0, t0.recallVote());
                continue;
            }
            deviations++;
            assertEquals(1, t0.recallVote(), "seed " + seed + ": two for the mandate, one against: recalled");
            assertEquals(1, c.layer().delegateRecalls(0));
            assertEquals(-1, c.layer().confederations().get(0).delegate(0), "the seat is vacant after the recall");
        }
        // Propensity (1 - 0) x 1 x standing x (1 - 2/3), with the delegate's standing about one half after the
        // meeting: about 1/6, so about 10 of 60; never 0 and far from the 60 of recall knocked out.
        assertTrue(deviations > 2 && deviations < 25, "deviations in 60 trials: " + deviations);
    }

    @Test
    void delegateCouncilHasNoMandateSoNoDeviation() {
        Count c = count(scenario(1, "delegate_council"), 3);
        assertEquals(0, c.votes().get(0).deviations(), "delegates of a parliament are not mandated");
        assertEquals(0, c.layer().delegateRecalls(0), "nobody is recalled");
        assertEquals(Double.NaN, c.layer().fidelity(), "no mandated votes, fidelity undefined");
    }
}
