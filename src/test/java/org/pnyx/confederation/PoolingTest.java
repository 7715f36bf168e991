package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Town t0's two citizens earn 10 each against a need of 1 but hold only 3 each; t1's two earn nothing:
 * at a share of 0.5 t0 owes half its surplus of 18, 9, but pays at most its wealth, 6.
 */
class PoolingTest {

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {2, 2}, new double[4]);
        Citizens c = society.citizens();
        for (int id = 0; id < 2; id++) {
            c.setIncome(id, 10);
            c.setWealth(id, 3);
        }
        return society;
    }

    @Test
    void aTownPaysItsShareOfSurplusAtMostItsWealth() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        new Pooling(new ConfederalRules(s.confederation()), ledger).pool(new Confederation("r", towns, 0.5));
        // The pool of 6 covers t1's deficit of 2; the other 4 are shared by all four citizens, 1 each.
        assertEquals(2 - 6, ledger.netReceived(0), 1e-12, "t0 pays 6 and gets two shares back");
        assertEquals(2 + 2, ledger.netReceived(1), 1e-12, "t1: its deficit and two shares");
    }

    @Test
    void aTownWithACommonStockPaysFromItBeyondItsMembersWealth() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        towns.get(0).ledger().setCommonStock(10);
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        new Pooling(new ConfederalRules(s.confederation()), ledger).pool(new Confederation("r", towns, 0.5));
        // Half of t0's surplus, 9, is more than its members' wealth of 6: its stock of 10 pays it all. The pool of 9
        // covers t1's deficit of 2 and shares 7 among the four citizens, 1.75 each.
        assertEquals(1, towns.get(0).ledger().commonStock(), 1e-12, "the stock pays the 9 first");
        assertEquals(2 * 1.75 - 9, ledger.netReceived(0), 1e-12, "t0 pays 9 and gets two shares back");
        assertEquals(3 + 1.75, society.citizens().wealth(0), 1e-12, "its members pay nothing and receive a share");
        ScenarioConfig off = Fixtures.scenario("confederation.levyFromStock=false");
        Society again = society(off);
        again.municipalities().get(0).ledger().setCommonStock(10);
        ConfederalLedger byWealth = new ConfederalLedger(again.municipalities(), again.citizens(), true);
        byWealth.sum();
        new Pooling(new ConfederalRules(off.confederation()), byWealth).pool(
                new Confederation("r", again.municipalities(), 0.5));
        assertEquals(10, again.municipalities().get(0).ledger().commonStock(), 1e-12, "knocked out the stock is untouched");
        assertEquals(2 - 6, byWealth.netReceived(0), 1e-12, "and the members pay at most their wealth of 6");
    }

    @Test
    void aTownUnderAStateCouncilNeitherPaysNorReceives() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = society(s);
        List<Municipality> towns = society.municipalities();
        towns.get(1).setSelfGoverning(false);
        ConfederalLedger ledger = new ConfederalLedger(towns, society.citizens(), true);
        ledger.sum();
        new Pooling(new ConfederalRules(s.confederation()), ledger).pool(new Confederation("r", towns, 0.5));
        assertEquals(0, ledger.netReceived(1), 1e-12, "t1 takes no part");
        assertEquals(0, ledger.netReceived(0), 1e-12, "t0's pool returns to t0 alone");
    }
}
