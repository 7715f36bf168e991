package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Three towns of two citizens, each harvesting a commons of its own (no shared stock: the commons seam is
 * {@link HarmSource#NONE}). Each town's stock has capacity 100 and regrows at r = 0.02 a week (the default), so its
 * maximum sustainable yield is rK/4 = 0.5. t0's citizens hold wealth 50 and 10; the others' 10.
 */
class MemberComplaintTest {

    private static Society society(ScenarioConfig s, double... harvest) {
        Society society = Fixtures.society(s, new int[] {2, 2, 2}, new double[6]);
        Citizens c = society.citizens();
        for (int id = 0; id < 6; id++) {
            c.setWealth(id, id == 0 ? 50 : 10);
        }
        for (Municipality m : society.municipalities()) {
            m.ledger().setCapacity(100);
            m.ledger().setHarvest(harvest[m.index()]);
        }
        return society;
    }

    private static Enforcement enforcement(ScenarioConfig s, Society society, ConfederalLedger ledger) {
        return new Enforcement(new ConfederalRules(s.confederation()), society.municipalities(), ledger,
                HarmSource.NONE);
    }

    @Test
    void theMembersOfTheTownTakingMostComplainAndTheCouncilRulesOnItsOwnStocksYield() {
        ScenarioConfig s = Fixtures.scenario("confederation.memberComplaints=true");
        Society society = society(s, 0.75, 0.1, 0.2);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Confederation f = new Confederation("r", towns, 0);
        Enforcement.Complaint upheld = enforcement(s, society, ledger).complaint(f);
        assertEquals(0, upheld.accused(), "t0 takes 0.75 of its 100, the most");
        assertEquals(0, upheld.complainant(), "brought by t0's own members");
        assertTrue(upheld.members());
        assertEquals("own_members", upheld.harm());
        assertEquals(0.5, upheld.overHarvest(), 1e-12, "0.75 / 0.5 - 1");
        assertTrue(upheld.upheld());

        // Within the yield (0.3 of 0.5) the town harms no one, its members included.
        Society within = society(s, 0.3, 0.1, 0.2);
        ConfederalLedger l2 = new ConfederalLedger(within.municipalities(), within.citizens(), true);
        l2.sum();
        Enforcement.Complaint dismissed = enforcement(s, within, l2)
                .complaint(new Confederation("r", within.municipalities(), 0));
        assertEquals(0, dismissed.accused());
        assertFalse(dismissed.upheld());

        assertNull(enforcement(Fixtures.scenario(), society, ledger).complaint(f),
                "knocked out (the default): a town's harm to its own members is not taken up");
    }

    @Test
    void anAdoptedSanctionHoldsTheTownAndPaysItsOwnMembersByNeed() {
        ScenarioConfig s = Fixtures.scenario("confederation.memberComplaints=true", "confederation.levyFromStock=false");
        Society society = society(s, 0.75, 0.1, 0.2);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Enforcement e = enforcement(s, society, ledger);
        Confederation f = new Confederation("r", towns, 0);
        e.sanction(f, 0, 0.4, 0.5, true);
        // Fine = 0.4 x 0.5 x 60 = 12: paid by wealth (50: 10, 10: 2), shared by need (1 each: 6 each).
        assertEquals(46, society.citizens().wealth(0), 1e-9, "50 - 10 + 6");
        assertEquals(14, society.citizens().wealth(1), 1e-9, "10 - 2 + 6");
        assertEquals(60, ledger.wealth(0), 1e-9, "goods stay in the town");
        assertEquals(0, ledger.netReceived(1), 1e-12, "no other town receives anything");
        assertEquals(0, ledger.netReceived(2), 1e-12);
        assertEquals(Enforcement.SUSTAINABLE_CAP, towns.get(0).imposedHarvestCap(), "held to the sustainable yield");
        assertTrue(e.sanctioned(0));
    }
}
