package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Three towns of two citizens in one region: t0's citizens hold wealth 30, the others' 10. Each town's part of the
 * shared stock is 100 units; this week t0 harvested 3, t1 1 and t2 2. The commons seam reports an over-harvest share
 * (harvest beyond the town's share of the sustainable yield) of 0.5 for t0 and 0 for the others.
 */
class EnforcementTest {

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {2, 2, 2}, new double[6]);
        Citizens c = society.citizens();
        for (int id = 0; id < 6; id++) {
            c.setWealth(id, id < 2 ? 30 : 10);
        }
        double[] harvest = {3, 1, 2};
        for (Municipality m : society.municipalities()) {
            m.ledger().setCapacity(100);
            m.ledger().setHarvest(harvest[m.index()]);
        }
        return society;
    }

    private static Enforcement enforcement(ScenarioConfig s, Society society, ConfederalLedger ledger,
                                           HarmSource commons) {
        return new Enforcement(new ConfederalRules(s.confederation()), society.municipalities(), ledger, commons);
    }

    @Test
    void theTownTakingLeastComplainsOfTheOneTakingMostAndTheCouncilRulesOnTheRecord() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Confederation f = new Confederation("r", towns, 0);
        Enforcement.Complaint upheld = enforcement(s, society, ledger, m -> m.index() == 0 ? 0.5 : 0).complaint(f);
        assertEquals(1, upheld.complainant(), "t1 takes 1 of its 100, the least");
        assertEquals(0, upheld.accused(), "t0 takes 3 of its 100, the most");
        assertEquals(0.5, upheld.overHarvest(), 1e-12);
        assertTrue(upheld.upheld(), "t0's harvest exceeds its share of the sustainable yield");

        // t0 takes the most, but within what the stock bears: it harms no one, however rich it is.
        Enforcement.Complaint dismissed = enforcement(s, society, ledger, m -> 0).complaint(f);
        assertEquals(0, dismissed.accused());
        assertFalse(dismissed.upheld(), "taking more than the others within the sustainable yield is no harm");

        assertNull(enforcement(s, society, ledger, HarmSource.NONE).complaint(f),
                "without a shared commons no town is harmed by another's harvest");
        ScenarioConfig off = Fixtures.scenario("confederation.complaints=false");
        assertNull(enforcement(off, society, ledger, m -> 0.5).complaint(f), "complaints knocked out");
        for (Municipality m : towns) {
            m.ledger().setHarvest(2);
        }
        assertNull(enforcement(s, society, ledger, m -> 0.5).complaint(f),
                "when every town takes the same part nobody has cause to complain");
    }

    @Test
    void anAdoptedSanctionFinesBySizeAndHoldsTheHarvestUntilTheTownMendsItsCap() {
        ScenarioConfig s = Fixtures.scenario("confederation.voteInterval=3");
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        Municipality t0 = towns.get(0);
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Enforcement e = enforcement(s, society, ledger, m -> m.index() == 0 ? 0.5 : 0);
        Confederation f = new Confederation("r", towns, 0);
        e.sanction(f, 0, 0.4, 0.5);
        // Fine = size 0.4 x over-harvest 0.5 x wealth 60 = 12, shared by the towns it harmed (t1, t2).
        assertEquals(-12, ledger.netReceived(0), 1e-12, "t0 pays 0.4 x 0.5 x 60");
        assertEquals(12, ledger.netReceived(1) + ledger.netReceived(2), 1e-12, "the towns sharing its stock receive it");
        assertEquals(48, ledger.wealth(0), 1e-12, "t0's wealth after the fine");
        assertEquals(24, society.citizens().wealth(0), 1e-12, "each of t0's citizens pays in proportion to wealth");
        assertEquals(Enforcement.SUSTAINABLE_CAP, t0.imposedHarvestCap(), "held to the sustainable yield");
        assertEquals(1, e.sanctionsAdopted(0));
        assertEquals(1, e.sanctionsThisWeek());
        assertTrue(e.sanctioned(0));
        assertEquals(2, e.complaint(f).accused(),
                "a sanctioned town is not accused again while the sanction lasts: t2 (2 of 100) now takes the most");
        e.expire();
        e.expire();
        assertEquals(0, e.sanctionsAdopted(0), "the week's count is cleared");
        assertTrue(e.sanctioned(0), "two of three weeks have passed");
        e.expire();
        assertFalse(e.sanctioned(0), "the sanction runs out at the start of the next vote's week");
        assertEquals(Enforcement.SUSTAINABLE_CAP, t0.imposedHarvestCap(),
                "the restraint holds while t0's own cap (" + t0.policy(Issue.HARVEST_CAP) + ") is above it");
        t0.setPolicy(Issue.HARVEST_CAP, 0.45);
        e.expire();
        assertTrue(Double.isNaN(t0.imposedHarvestCap()), "lifted once t0's assembly has mended its cap");
    }
}
