package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Town t0 has two citizens of wealth 30, t1 two of wealth 10: the mean wealth per citizen is 20, and
 * with a hoarding threshold of 1.2 t0 holds 12 goods above 1.2 * 20 * 2 = 48.
 */
class EnforcementTest {

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {2, 2}, new double[4]);
        Citizens c = society.citizens();
        for (int id = 0; id < 4; id++) {
            c.setWealth(id, id < 2 ? 30 : 10);
        }
        return society;
    }

    @Test
    void harmIsHoardingAboveTheThresholdPlusTheCommonsSeam() {
        ScenarioConfig s = Fixtures.scenario("confederation.hoardingThreshold=1.2");
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        HarmSource commons = m -> m.index() == 1 ? 0.25 : -1;
        Enforcement e = new Enforcement(new ConfederalRules(s.confederation()), towns, ledger, commons);
        assertEquals(30.0 / 20 - 1.2, e.harm(towns.get(0), 20), 1e-12, "t0 hoards 0.3 above the threshold");
        assertEquals(0.25, e.harm(towns.get(1), 20), 1e-12, "t1 is below the threshold: only its commons harm counts");
        assertEquals(0, e.harm(towns.get(0), 0), 1e-12, "no mean wealth, no hoarding; a negative seam counts as 0");
        assertEquals(0, e.worstHarm(new Confederation("r", towns, 0), 20), "t0's 0.3 exceeds t1's 0.25");
    }

    @Test
    void aSanctionFinesTheExcessCapsAnOverHarvesterAndLastsUntilTheNextVote() {
        ScenarioConfig s = Fixtures.scenario("confederation.hoardingThreshold=1.2", "confederation.sanctionRate=0.5",
                "confederation.voteInterval=3");
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        Municipality t0 = towns.get(0);
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Enforcement e = new Enforcement(new ConfederalRules(s.confederation()), towns, ledger,
                m -> m.index() == 0 ? 0.1 : 0);
        Confederation f = new Confederation("r", towns, 0);
        e.sanction(f, 0, 20);
        // Half of the excess 12 is paid to t1, the only town eligible to receive.
        assertEquals(-6, ledger.netReceived(0), 1e-12, "t0 pays half its excess");
        assertEquals(6, ledger.netReceived(1), 1e-12, "t1 receives it all");
        assertEquals(54, ledger.wealth(0), 1e-12, "t0's wealth after the fine");
        assertEquals(27, society.citizens().wealth(0), 1e-12, "each of t0's citizens pays in proportion to wealth");
        assertEquals(6, ledger.transfersThisWeek(), 1e-12, "goods moved between towns");
        assertEquals(Enforcement.SUSTAINABLE_CAP, t0.imposedHarvestCap(), "an over-harvester is held to the MSY");
        assertEquals(1, e.sanctionsAdopted(0));
        assertEquals(1, e.sanctionsThisWeek());
        assertEquals(-1, e.worstHarm(f, 20), "a sanctioned town is not accused again while the sanction lasts");
        e.expire();
        e.expire();
        assertEquals(0, e.sanctionsAdopted(0), "the week's count is cleared");
        assertTrue(e.sanctioned(0), "two of three weeks have passed");
        assertEquals(Enforcement.SUSTAINABLE_CAP, t0.imposedHarvestCap(), "the cap holds while the sanction lasts");
        e.expire();
        assertFalse(e.sanctioned(0), "the sanction runs out at the start of the next vote's week");
        assertTrue(Double.isNaN(t0.imposedHarvestCap()), "and its cap is lifted");
    }
}
