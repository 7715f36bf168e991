package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.economy.Economy;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

class RedistributionTest {

    /** Every citizen's wealth plus every town's common stock. */
    private static double total(Society society) {
        Citizens c = society.citizens();
        double w = 0;
        for (int id = 0; id < c.size(); id++) {
            w += c.wealth(id);
        }
        for (Municipality m : society.municipalities()) {
            w += m.ledger().commonStock();
        }
        return w;
    }

    @Test
    void theTownPaysFromItsCommonStockFirstAndRaisesTheRestFromItsMembersByWealth() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = Fixtures.society(s, new int[] {2, 1, 3}, new double[6]);
        Citizens c = society.citizens();
        double[] wealth = {20, 30, 10, 6, 6, 6};
        for (int id = 0; id < 6; id++) {
            c.addWealth(id, wealth[id] - c.wealth(id));
        }
        List<Municipality> towns = society.municipalities();
        towns.get(0).ledger().setCommonStock(4);
        double[] townWealth = {50, 10, 18};
        double[] net = new double[3];
        double before = total(society);
        Redistribution.apply(towns, c, new double[] {10, 0, 0}, new double[] {0, 2, 3}, townWealth,
                new double[] {2, 1, 3}, new boolean[] {true, true, true}, net, true);
        assertEquals(0, towns.get(0).ledger().commonStock(), 1e-12, "the stock's 4 go first");
        assertEquals(20 - 6 * 20.0 / 50 + 5.0 / 6, c.wealth(0), 1e-12, "the other 6 are raised by wealth: 2.4 from 20");
        assertEquals(30 - 6 * 30.0 / 50 + 5.0 / 6, c.wealth(1), 1e-12, "and 3.6 from 30");
        assertEquals(50 - 6 + 2 * 5.0 / 6, townWealth[0], 1e-12, "the members' wealth falls by what they paid");
        assertEquals(2 * 5.0 / 6 - 10, net[0], 1e-12, "the town paid 10 all the same");
        assertEquals(before, total(society), 1e-9, "goods are conserved, the stock counted");
    }

    @Test
    void poolGoesFirstToDeficitsThenPerCitizenAndConservesGoods() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = Fixtures.society(s, new int[] {2, 1, 3}, new double[6]);
        Citizens c = society.citizens();
        double[] wealth = {20, 30, 10, 6, 6, 6};
        for (int id = 0; id < 6; id++) {
            c.addWealth(id, wealth[id] - c.wealth(id));
        }
        List<Municipality> towns = society.municipalities();
        double[] contribution = {10, 0, 0};
        double[] deficit = {0, 2, 3};
        double[] townWealth = {50, 10, 18};
        double[] townNeed = {2, 1, 3};
        double[] net = new double[3];
        double before = total(society);
        double moved = Redistribution.apply(towns, c, contribution, deficit, townWealth, townNeed,
                new boolean[] {true, true, true}, net, true);
        // Pool 10 covers deficits 2 and 3, leaving 5 = 5/6 per citizen for all six.
        assertEquals(2 * 5.0 / 6 - 10, net[0], 1e-12, "t0 pays 10 and gets its per-citizen share back");
        assertEquals(2 + 5.0 / 6, net[1], 1e-12, "t1: its deficit plus one share");
        assertEquals(3 + 3 * 5.0 / 6, net[2], 1e-12, "t2: its deficit plus three shares");
        assertEquals(10 - 2 * 5.0 / 6, moved, 1e-12, "goods moved between towns: t0's net outflow");
        assertEquals(before, total(society), 1e-9, "goods are conserved");
        assertEquals(20 - 10 * 20.0 / 50 + 5.0 / 6, c.wealth(0), 1e-12, "citizen 0 pays by wealth, receives by need");
        assertEquals(50 + net[0], townWealth[0], 1e-12, "town wealth updated");
    }

    @Test
    void aPoolSmallerThanTheDeficitsCoversThemProRata() {
        ScenarioConfig s = Fixtures.scenario();
        Society society = Fixtures.society(s, new int[] {1, 1, 1}, new double[3]);
        double[] net = new double[3];
        Redistribution.apply(society.municipalities(), society.citizens(), new double[] {3, 0, 0},
                new double[] {0, 2, 4}, new double[] {10, 10, 10}, new double[] {1, 1, 1},
                new boolean[] {true, true, true}, net, true);
        assertEquals(1, net[1], 1e-12, "half of t1's deficit");
        assertEquals(2, net[2], 1e-12, "half of t2's deficit");
        assertEquals(-3, net[0], 1e-12, "t0 pays and receives nothing");
    }

    @Test
    void aWholeConfederalWeekConservesGoods() {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.share=0.8", "attendance.base=20");
        Society society = Fixtures.society(s, new int[] {4, 2, 3}, new double[] {0.1, 0.3, 0.5, 0.7, 0.9, 0.2,
                0.4, 0.6, 0.8});
        Citizens c = society.citizens();
        for (int id = 0; id < 4; id++) {
            c.set(id, 0, 0.5, 0.5, 12, 1, 3, 200, 0.3);
        }
        society.municipalities().get(2).setProductivityFactor(0.2);
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        Economy economy = new Economy(society, random);
        List<VoteRecord> votes = new ArrayList<>();
        // t1 takes three times the others' part of a shared stock, beyond its share of the sustainable yield.
        ConfederalLayer layer = Fixtures.layer(s, society, votes, m -> m.index() == 1 ? 0.5 : 0);
        double moved = 0;
        for (int week = 0; week < 6; week++) {
            for (Municipality m : society.municipalities()) {
                economy.week(m, c, random, week);
                m.ledger().setCapacity(100);
                m.ledger().setHarvest(m.index() == 1 ? 3 : 1);
            }
            Fixtures.meetAll(s, society, random);
            double before = total(society);
            Fixtures.week(layer, week, random);
            moved += layer.transfersThisWeek();
            assertEquals(before, total(society), 1e-9 * before, "goods conserved in week " + week);
            double net = 0;
            for (int t = 0; t < 3; t++) {
                net += layer.netReceived(t);
            }
            assertEquals(0, net, 1e-9, "net transfers sum to zero in week " + week);
        }
        assertTrue(moved > 0, "goods moved between towns");
        assertTrue(votes.stream().anyMatch(v -> v.question() == VoteRecord.Question.SANCTION),
                "the over-harvesting town t1 faced a sanction vote");
        assertTrue(votes.stream().anyMatch(v -> v.question() == VoteRecord.Question.SANCTION && v.adopted()),
                "and a sanction was adopted, its fine moved within the conserved total");
    }
}
