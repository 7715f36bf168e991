package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;

/**
 * A delegate's deviation from the mandate, a propensity of their own, and the fidelity counted from it; two towns
 * of one citizen. Fixtures give every citizen solidarity 1; citizen 0 is given solidarity 0 where a test needs a
 * delegate free of loyalty.
 */
class DelegatesTest {

    private static Delegates delegates(ScenarioConfig s, Society society) {
        return new Delegates(new ConfederalRules(s.confederation()), society.citizens(), 2);
    }

    @Test
    void thePropensityIsLoyaltyConvictionStandingAndExpectedRecallMultiplied() {
        assertEquals(0.5 * 0.8 * 1 * 0.25, Delegates.propensity(0.5, 0.8, 1.4, 0.75), 1e-12, "standing caps at 1");
        assertEquals(0.5 * 0.8 * 0.5 * 1, Delegates.propensity(0.5, 0.8, 0.5, 0), 1e-12);
        assertEquals(0, Delegates.propensity(1, 1, 1, 0), "a loyal delegate never deviates");
        assertEquals(0, Delegates.propensity(0, 0, 1, 0), "nor one with no conviction");
        assertEquals(0, Delegates.propensity(0, 1, 1, 1), "nor one certain to be recalled");
    }

    @Test
    void aDelegateWithNothingToHoldThemDeviatesWheneverTheirVoteOpposesTheMandate() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        society.citizens().set(0, 0, 0, 0.5, 12, 1, 1, 10, 0.3);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        assertTrue(d.deviates(f, 0, 1, -1, 1, 0, random), "own vote against the mandate, propensity 1");
        assertFalse(d.deviates(f, 0, 1, 1, 1, 0, random), "own vote agrees");
        assertFalse(d.deviates(f, 0, -1, 0, 1, 0, random), "a delegate with no view of their own carries the mandate");
        assertFalse(d.deviates(f, 0, 0, -1, 1, 0, random), "no mandate to deviate from");
        assertEquals(1, d.deviations(0));
        assertEquals(1, f.deviationsInTerm[0], "the deviation counts toward a recall vote");
        assertEquals(2.0 / 3, d.fidelity(0), 1e-12, "three mandated votes, two carried");
        assertFalse(d.deviates(f, 1, 1, -1, 1, 0, random), "a vacant seat casts nothing");
        assertEquals(Double.NaN, d.fidelity(1), "no mandated vote in t1");
        d.startWeek();
        assertEquals(0, d.deviations(0), "the week's deviations are cleared");
        assertEquals(2.0 / 3, d.fidelity(), 1e-12, "fidelity is cumulative");
    }

    @Test
    void aLoyalDelegateCarriesTheMandateWithoutADraw() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        assertFalse(d.deviates(f, 0, 1, -1, 1, 0, random), "solidarity 1: propensity 0");
        assertEquals(new MersenneTwisterFast(5).nextDouble(), random.nextDouble(), "no number was drawn");
    }

    @Test
    void underTheDelegateCouncilNoVoteIsMandated() {
        ScenarioConfig s = Fixtures.scenario("confederation.rule=delegate_council");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        society.citizens().set(0, 0, 0, 0.5, 12, 1, 1, 10, 0.3);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        assertFalse(d.deviates(f, 0, 1, -1, 1, 0, new MersenneTwisterFast(1)));
        assertEquals(Double.NaN, d.fidelity());
    }

    @Test
    void recallIsCredibleOnlyWhenTheBylawsAllowItAndThisDeviationReachesTheCount() {
        Society one = Fixtures.society(Fixtures.scenario("bylaws.delegateRecall=2"), new int[] {1, 1}, new double[2]);
        Confederation f = new Confederation("r", one.municipalities(), 0);
        Delegates d = delegates(Fixtures.scenario(), one);
        f.delegate[0] = 0;
        assertFalse(d.recallCredible(f, 0), "a first deviation does not reach two");
        f.deviationsInTerm[0] = 1;
        assertTrue(d.recallCredible(f, 0), "a second would");
        Society never = Fixtures.society(Fixtures.scenario("bylaws.delegateRecall=0"), new int[] {1, 1}, new double[2]);
        Confederation g = new Confederation("r", never.municipalities(), 0);
        g.deviationsInTerm[0] = 5;
        assertFalse(d.recallCredible(g, 0), "recall knocked out");
    }

    @Test
    void aCitizenVotesForTheNearerOfProposalAndStatusQuo() {
        assertEquals(1, org.pnyx.model.ConfederalDecision.vote(0.9, 0.25, 0.75));
        assertEquals(-1, org.pnyx.model.ConfederalDecision.vote(0.1, 0.25, 0.75));
        assertEquals(0, org.pnyx.model.ConfederalDecision.vote(0.5, 0.25, 0.75), "equidistant: abstains");
    }
}
