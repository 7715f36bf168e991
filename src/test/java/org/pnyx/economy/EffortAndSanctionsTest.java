package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pnyx.config.DistributionRule;
import org.pnyx.config.SanctionConfig;

/** The selfish best response, conditional matching and the graduated sanctions ladder. */
class EffortAndSanctionsTest {

    private static final SanctionConfig LADDER = new SanctionConfig(0.2, 0, 0.8, 1.0, 3, 8, 52, 0.1, true);

    @Test
    void privateReturnFollowsTheRule() {
        assertEquals(0.8 / 100, Effort.privateReturn(DistributionRule.NEED, 100, 0.2, 0), 1e-12, "pooled");
        assertEquals(0.8, Effort.privateReturn(DistributionRule.CONTRIBUTION, 100, 0.2, 0), 1e-12, "own output");
        assertEquals(0.7, Effort.privateReturn(DistributionRule.WAGE, 100, 0, 0.3), 1e-12, "wage share");
    }

    @Test
    void selfishWorkerGivesFullEffortWhenItPaysAndTheNormOnlyWhenDeterred() {
        assertEquals(1, Effort.selfish(0.7, 0.2, 0.8, 3, 0, 0), 0, "r >= kappa");
        assertEquals(0, Effort.selfish(0.01, 0.2, 0.8, 3, 0.2, 1), 0, "0.2 x 1 < 0.19 x 0.8 x 3");
        assertEquals(0.8, Effort.selfish(0.01, 0.2, 0.8, 3, 0.2, 8), 0, "0.2 x 8 >= 0.456");
    }

    @Test
    void conditionalCooperatorMatchesAFractionButNeverBelowTheSelfishChoice() {
        assertEquals(0.4, Effort.conditional(0, 0.8, 0.5), 1e-12, "0.8 x 0.5");
        assertEquals(0.8, Effort.conditional(0.8, 0.8, 0.5), 1e-12, "deterred to the norm");
        assertEquals(1, Effort.conditional(0, 1, 1.5), 1e-12, "capped at 1");
    }

    @Test
    void ladderWarnsThenFinesThenExcludes() {
        assertEquals(Sanctions.Kind.WARNING, Sanctions.kind(1, LADDER), "first offence");
        assertEquals(Sanctions.Kind.FINE, Sanctions.kind(2, LADDER), "second offence");
        assertEquals(Sanctions.Kind.EXCLUSION, Sanctions.kind(3, LADDER), "third offence");
        assertEquals(1.0 * 1 * 0.8 * 3, Sanctions.fine(2, 0, 3, LADDER), 1e-12, "fine x (2-1) x shirked x P");
        assertEquals(0, Sanctions.lossIfCaught(1, 3, 1, LADDER), 0, "a warning costs nothing");
        assertEquals(1, Sanctions.lossIfCaught(2, 3, 1, LADDER), 1e-12, "a fine takes at most the week's income");
        assertEquals(8, Sanctions.lossIfCaught(3, 3, 1, LADDER), 1e-12, "exclusion: 8 weeks of income");
    }
}
