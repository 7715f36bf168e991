package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounds of deliberation and test: the counts each round yields are given by hand. */
class ConsensusRoundsTest {

    private static final Tally BLOCKED = new Tally(7, 2, 0, 1);
    private static final Tally AGREED = new Tally(9, 1, 0, 0);

    private static ConsensusRounds.Result decide(boolean consensus, int rounds, VotingRule fallback,
                                                 List<Tally> counts, int[] calls) {
        Iterator<Tally> next = counts.iterator();
        return ConsensusRounds.decide(consensus, rounds, consensus ? new ConsensusRule() : new MajorityRule(),
                fallback, () -> {
                    calls[0]++;
                    return next.next();
                });
    }

    @Test
    void consensusRepeatsWhileBlockedThenStops() {
        int[] calls = {0};
        ConsensusRounds.Result r = decide(true, 3, null, List.of(BLOCKED, AGREED, BLOCKED), calls);
        assertTrue(r.carried(), "the second round's count has no block");
        assertEquals(2, calls[0], "no third round once carried");
        assertEquals(AGREED, r.tally());
    }

    @Test
    void unreachedConsensusFallsBackOnTheLastCount() {
        int[] calls = {0};
        assertTrue(decide(true, 2, new MajorityRule(), List.of(BLOCKED, BLOCKED), calls).carried(),
                "7 yes of 9 cast carry by the majority fallback");
        assertEquals(2, calls[0]);
        assertFalse(decide(true, 2, null, List.of(BLOCKED, BLOCKED), new int[1]).carried(), "no fallback");
    }

    @Test
    void anyOtherRuleTakesOneRound() {
        int[] calls = {0};
        assertTrue(decide(false, 5, null, List.of(BLOCKED, AGREED), calls).carried(), "majority carries 7 to 2");
        assertEquals(1, calls[0]);
    }
}
