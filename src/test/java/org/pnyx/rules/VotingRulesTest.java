package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VotingRulesTest {

    @Test
    void tallyCountsYesNoAbstainAndBlocks() {
        // status quo 0.5, proposal 0.8: 0.9 and 0.7 prefer it; 0.65 is indifferent; 0.6 mildly prefers 0.5
        // (by 0.1); 0.1 strongly (by 0.3).
        double[] x = {0.9, 0.7, 0.65, 0.6, 0.1};
        Tally t = Tally.count(x, x.length, 0.8, 0.5, 0.15);
        assertEquals(new Tally(2, 2, 1, 1), t);
        assertEquals(0.5, t.dissent(), 1e-12, "two no of four cast");
    }

    @Test
    void majorityRuleAdoptsOnMoreYesAndFailsOnTie() {
        MajorityRule rule = new MajorityRule();
        assertTrue(rule.adopts(new Tally(3, 2, 0, 0)));
        assertFalse(rule.adopts(new Tally(2, 2, 5, 0)), "a tie fails");
        assertFalse(rule.adopts(new Tally(0, 0, 4, 0)), "nobody voting adopts nothing");
    }

    @ParameterizedTest(name = "{0} yes, {1} no at threshold {2}: adopted={3}")
    @CsvSource({
        "3, 2, 0.6, true",     // exactly at the threshold passes
        "3, 2, 0.61, false",   // just above it fails
        "2, 1, 0.6667, false", // two thirds is 0.66666..., below 0.6667
        "4, 2, 0.6666, true",
        "3, 1, 0.75, true",
        "5, 2, 0.75, false",
        "1, 0, 1.0, true",
        "9, 1, 1.0, false",
        "0, 0, 0.6, false"
    })
    void supermajorityThresholdAtTheBoundary(int yes, int no, double threshold, boolean adopted) {
        assertEquals(adopted, new SupermajorityRule(threshold).adopts(new Tally(yes, no, 0, 0)));
    }

    @Test
    void supermajorityRejectsThresholdsAtOrBelowHalf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SupermajorityRule(0.5));
        assertEquals("threshold must be in (0.5, 1], but was 0.5", e.getMessage());
    }

    @Test
    void consensusRuleBlocksWhenOneAttendeeObjects() {
        ConsensusRule rule = new ConsensusRule();
        assertFalse(rule.adopts(new Tally(99, 1, 0, 1)), "one block among a hundred stops it");
        assertTrue(rule.adopts(new Tally(90, 10, 0, 0)), "no votes within the block margin are stand-asides");
        assertFalse(rule.adopts(new Tally(0, 0, 5, 0)), "with nobody in favour nothing is adopted");
        assertFalse(rule.adopts(new Tally(10, 50, 0, 0)), "a room that mostly stands aside has no consensus");
    }
}
