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
 * Refusing an agreed transfer. Three towns of two citizens: t0's earn 10 each against a need of 1 and hold 3 each;
 * t1's and t2's earn nothing and hold 1 each (t1) and 2 each (t2). At a share of 0.5 t0 owes half its surplus of 18,
 * 9, at most its wealth, 6.
 */
class RefusedTransferTest {

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {2, 2, 2}, new double[6]);
        Citizens c = society.citizens();
        for (int id = 0; id < 6; id++) {
            c.setIncome(id, id < 2 ? 10 : 0);
            c.setWealth(id, id < 2 ? 3 : id < 4 ? 1 : 2);
        }
        return society;
    }

    @Test
    void aTownWhoseAssemblyRefusedPaysNothingAndTakesNothingButItsDebtIsOnTheRecord() {
        ScenarioConfig s = Fixtures.scenario("confederation.levyVote=true");
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Confederation f = new Confederation("r", towns, 0.5);
        f.refusing[0] = true;
        new Pooling(new ConfederalRules(s.confederation()), ledger).pool(f);
        assertEquals(6, f.owed[0], 1e-12, "t0 owed half its surplus, at most its wealth");
        assertEquals(0, f.paid[0], 1e-12, "and paid nothing");
        assertEquals(0, ledger.netReceived(0), 1e-12);
        assertEquals(0, ledger.netReceived(1) + ledger.netReceived(2), 1e-12, "the others lose the transfer");

        Enforcement e = new Enforcement(new ConfederalRules(s.confederation()), towns, ledger, HarmSource.NONE);
        Enforcement.Complaint c = e.refusal(f);
        assertEquals(0, c.accused());
        assertEquals(1, c.complainant(), "t1, the poorest (mean wealth 1), complains");
        assertEquals(Enforcement.Kind.REFUSED_TRANSFER, c.kind());
        assertEquals(1, c.overHarvest(), 1e-12, "the evidence: all of what it owed is unpaid");
        assertEquals(6, c.unpaid(), 1e-12);
        assertTrue(c.upheld());

        // Sanction of size 0.5: t0 pays 0.5 x 6 = 3 to t1 and t2, which cover their deficits (2 each) pro rata.
        e.sanctionRefusal(f, 0, 0.5, c.unpaid());
        assertEquals(-3, ledger.netReceived(0), 1e-12);
        assertEquals(1.5, ledger.netReceived(1), 1e-12, "half the pool, by deficit");
        assertEquals(1.5, ledger.netReceived(2), 1e-12);
        assertTrue(e.sanctioned(0));
        assertNull(e.refusal(f), "not accused again while under sanction");

        assertNull(new Enforcement(new ConfederalRules(Fixtures.scenario("confederation.levyVote=true",
                "confederation.complaints=false").confederation()), towns, ledger, HarmSource.NONE).refusal(f),
                "complaints knocked out");
    }

    @Test
    void aRefusalThatTookNothingFromAnyoneIsDismissed() {
        ScenarioConfig s = Fixtures.scenario("confederation.levyVote=true");
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        Confederation f = new Confederation("r", towns, 0.5);
        f.refusing[1] = true; // t1 has no surplus: it owes nothing
        new Pooling(new ConfederalRules(s.confederation()), ledger).pool(f);
        Enforcement.Complaint c = new Enforcement(new ConfederalRules(s.confederation()), towns, ledger,
                HarmSource.NONE).refusal(f);
        assertEquals(1, c.accused());
        assertFalse(c.upheld(), "owed 0, paid 0");
        assertNull(new Enforcement(new ConfederalRules(Fixtures.scenario().confederation()), towns, ledger,
                HarmSource.NONE).refusal(f), "without levy votes nobody refuses");
    }
}
