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

    @Test
    void theMoralChannelTheHumpAndTrustFollowTheirRules() {
        assertEquals(0.1, Effort.duty(0.2, 0.5), 1e-12, "duty: 0.2 x solidarity 0.5");
        assertEquals(1, Effort.duty(1, 1), 1e-12, "at most full effort");
        assertEquals(0.3 * 0.8, Effort.hump(0, 0.8, 0.3), 1e-12, "below half the hump matches");
        assertEquals(0.2 * 0.8, Effort.hump(0, 0.8, 0.8), 1e-12, "above half it gives 1 - expected");
        assertEquals(0.15, Effort.hump(0.15, 0.8, 0.9), 1e-12, "never below the duty");
        // Reciprocity met 0.3 / 0.6 = 0.5: trust 0.8 closes 0.2 of the gap to 0.5.
        assertEquals(0.8 + 0.2 * (0.5 - 0.8), Effort.trust(0.8, 0.2, 0.3, 0.6), 1e-12, "betrayed");
        assertEquals(0.8 + 0.2 * (1 - 0.8), Effort.trust(0.8, 0.2, 0.9, 0.6), 1e-12, "reciprocated, capped at 1");
        assertEquals(0.8, Effort.trust(0.8, 0, 0.1, 0.6), 0, "rate 0 keeps trust");
    }

    @Test
    void deterrenceWeighsTheShortfallNotTheWholeNorm() {
        // A worker at 0.7 of a 0.8 norm, potential 3, p 0.5: making up 0.1 costs 0.19 x 0.1 x 3 = 0.057; the
        // second offence's fine, 1 x (2 - 1) x 0.1 x 3 = 0.3, expected at 0.15, deters.
        double nearLoss = Sanctions.lossIfCaught(2, 0.7, 3, 1, LADDER);
        assertEquals(0.3, nearLoss, 1e-12, "the fine of the shortfall 0.1");
        assertEquals(0.8, Effort.deterred(0.7, 0.01, 0.2, 0.8, 3, 0.5, nearLoss), 0, "deterred to the norm");
        // A high-ability worker (potential 9) at 0: the fine capped at income 1, 0.5 < 0.19 x 0.8 x 9 = 1.368.
        double farLoss = Sanctions.lossIfCaught(2, 0, 9, 1, LADDER);
        assertEquals(1, farLoss, 1e-12, "capped at the week's income");
        assertEquals(0, Effort.deterred(0, 0.01, 0.2, 0.8, 9, 0.5, farLoss), 0, "not deterred from zero");
        // The same worker at 0.75: fine 1 x 0.05 x 9 = 0.45 expected 0.225 >= 0.19 x 0.05 x 9 = 0.0855.
        assertEquals(0.8, Effort.deterred(0.75, 0.01, 0.2, 0.8, 9, 0.5,
                Sanctions.lossIfCaught(2, 0.75, 9, 1, LADDER)), 0, "deterred from just below the norm");
        assertEquals(0.5, Effort.deterred(0.5, 0.01, 0.2, 0.8, 3, 0.5, 0), 0, "a warning deters nobody");
        assertEquals(1, Effort.deterred(0.5, 0.3, 0.2, 0.8, 3, 0, 0), 0, "r >= kappa: full effort");
    }
}
