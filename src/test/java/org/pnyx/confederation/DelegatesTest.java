package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;

/** A delegate's deviation from the mandate, and the fidelity counted from it; two towns of one citizen. */
class DelegatesTest {

    private static Delegates delegates(ScenarioConfig s, Society society) {
        return new Delegates(new ConfederalRules(s.confederation()), society.citizens(), 2);
    }

    @Test
    void atFidelityZeroADelegateDeviatesWheneverTheirVoteOpposesTheMandate() {
        ScenarioConfig s = Fixtures.scenario("confederation.delegateFidelity=0");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        assertTrue(d.deviates(f, 0, 1, -1, random), "own vote against the mandate");
        assertFalse(d.deviates(f, 0, 1, 1, random), "own vote agrees");
        assertFalse(d.deviates(f, 0, -1, 0, random), "a delegate with no view of their own carries the mandate");
        assertFalse(d.deviates(f, 0, 0, -1, random), "a tied town gives no mandate to deviate from");
        assertEquals(1, d.deviations(0));
        assertEquals(1, f.deviationsInTerm[0], "the deviation counts toward recall");
        assertEquals(2.0 / 3, d.fidelity(0), 1e-12, "three mandated votes, two carried");
        assertFalse(d.deviates(f, 1, 1, -1, random), "a vacant seat casts nothing");
        assertEquals(Double.NaN, d.fidelity(1), "no mandated vote in t1");
        assertEquals(2.0 / 3, d.fidelity(), 1e-12, "overall");
        d.startWeek();
        assertEquals(0, d.deviations(0), "the week's deviations are cleared");
        assertEquals(2.0 / 3, d.fidelity(), 1e-12, "fidelity is cumulative");
    }

    @Test
    void underTheDelegateCouncilNoVoteIsMandated() {
        ScenarioConfig s = Fixtures.scenario("confederation.delegateFidelity=0", "confederation.rule=delegate_council");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        assertFalse(d.deviates(f, 0, 1, -1, new MersenneTwisterFast(1)));
        assertEquals(Double.NaN, d.fidelity());
    }

    @Test
    void fullFidelityNeitherDeviatesNorDraws() {
        ScenarioConfig s = Fixtures.scenario("confederation.delegateFidelity=1");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Delegates d = delegates(s, society);
        Confederation f = new Confederation("r", society.municipalities(), 0);
        f.delegate[0] = 0;
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        assertFalse(d.deviates(f, 0, 1, -1, random));
        assertEquals(new MersenneTwisterFast(5).nextDouble(), random.nextDouble(), "no number was drawn");
    }

    @Test
    void aCitizenVotesForTheNearerOfProposalAndStatusQuo() {
        assertEquals(1, org.pnyx.model.ConfederalDecision.vote(0.9, 0.25, 0.75));
        assertEquals(-1, org.pnyx.model.ConfederalDecision.vote(0.1, 0.25, 0.75));
        assertEquals(0, org.pnyx.model.ConfederalDecision.vote(0.5, 0.25, 0.75), "equidistant: abstains");
    }
}
