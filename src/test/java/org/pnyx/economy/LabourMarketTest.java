package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pnyx.config.EconomyConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * The capitalist labour market (issue: "workers get wages set by a labour market"), worked by hand.
 * Two workers of potential 2 and 6 goods (ability 1 and 3, 40 hours at 0.05 goods an hour), needs 2 and 1,
 * and one owner; required margin mu = 0.3 (so the wage rate starts at 0.7), lambda = 0.1.
 * Supply: 2 min(1, 0.7 x 2 / 2) + 6 min(1, 0.7 x 6 / 1) = 1.4 + 6 = 7.4. Demand: (1 - 0.7) / 0.3 x 8 = 8.
 * Next rate: 0.7 + 0.1 x (8 - 7.4) / 7.4 = 0.7081081...
 */
class LabourMarketTest {

    private static final double EPS = 1e-6;
    private static final double NEXT = 0.7 + 0.1 * 0.6 / 7.4;

    @Test
    void oneAdjustmentStepByHand() {
        double supply = LabourMarket.supplied(0.7, 2, 2) + LabourMarket.supplied(0.7, 6, 1);
        assertEquals(7.4, supply, 1e-12, "the first worker offers the 70% of their labour their wage covers");
        double demand = LabourMarket.demanded(0.7, 8, 0.3);
        assertEquals(8, demand, 1e-12, "margin 0.3 = mu: owners want all 8 goods of labour");
        assertEquals(NEXT, LabourMarket.adjust(0.7, demand, supply, 0.1), 1e-12, "w + lambda (D - S) / S");
    }

    @Test
    void theWageStaysInTheUnitIntervalAndStandsStillWithoutAdjustment() {
        assertEquals(1, LabourMarket.adjust(0.95, 100, 1, 0.1), 0, "capped at the whole output");
        assertEquals(0, LabourMarket.adjust(0.05, 0, 10, 0.1), 0, "not below 0");
        assertEquals(0.1, LabourMarket.adjust(0, 5, 0, 0.1), 1e-12, "no supply at all: excess counts as 1");
        assertEquals(0.7, LabourMarket.adjust(0.7, 100, 1, 0), 0, "lambda 0 keeps the fixed share");
        assertEquals(0, LabourMarket.adjust(0, LabourMarket.demanded(0, 0, 0), 0, 0.1), 0, "an empty market stays");
        assertEquals(3, LabourMarket.supplied(0.1, 3, 0), 0, "a worker without need offers everything");
    }

    @Test
    void aCapitalistTownPaysTheWeeksRateThenMovesItTowardClearing() {
        EconomyConfig e = Fixtures.economy(Map.of("economy.regime", "capitalist"));
        Citizens c = new Citizens(3);
        c.set(0, 0, 0.5, 0.5, 10, 2.0, 1, 0, 0.3);
        c.set(1, 0, 0.5, 0.5, 10, 1.0, 3, 0, 0.3);
        c.set(2, 0, 0.5, 0.5, 10, 1.0, 1, 100, 0.3);
        Municipality town = Fixtures.town(e);
        for (int id = 0; id < 3; id++) {
            town.addMember(id);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Economy economy = new Economy(new Society(c, List.of(town)), random);
        assertEquals(0.7, town.ledger().wageRate(), EPS, "starts at 1 - profitShare");

        economy.week(town, c, random, 0);
        assertEquals(0.7 * 2, c.income(0), EPS, "paid at this week's rate");
        assertEquals(0.7 * 6, c.income(1), EPS, "paid at this week's rate");
        assertEquals(0.3 * 8, c.income(2), EPS, "profit = output - wages");
        assertEquals(NEXT, town.ledger().wageRate(), EPS, "then one tatonnement step");

        economy.week(town, c, random, 1);
        assertEquals(NEXT * 2, c.income(0), EPS, "next week's wage at the new rate");
        assertEquals((1 - NEXT) * 8, c.income(2), EPS, "and the owner keeps output minus wages");
    }

    @Test
    void wagesRiseTowardClearingWhereWorkPaysLessThanNeed() {
        // Potentials 0.4 and 1.2 at productivity 0.01, needs 1: neither full wage covers need, so the supply
        // share is (0.4 x 0.4 w + 1.2 x 1.2 w) / 1.6 = w, short of demand at 0.7; the rate climbs until
        // (1 - w) / 0.3 = w, w = 1 / 1.3 = 0.769.
        EconomyConfig e = Fixtures.economy(Map.of("economy.regime", "capitalist", "economy.productivity", 0.01));
        Citizens c = new Citizens(3);
        c.set(0, 0, 0.5, 0.5, 10, 1.0, 1, 0, 0.3);
        c.set(1, 0, 0.5, 0.5, 10, 1.0, 3, 0, 0.3);
        c.set(2, 0, 0.5, 0.5, 10, 1.0, 1, 100, 0.3);
        Municipality town = Fixtures.town(e);
        for (int id = 0; id < 3; id++) {
            town.addMember(id);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Economy economy = new Economy(new Society(c, List.of(town)), random);
        double previous = town.ledger().wageRate();
        for (int week = 0; week < 200; week++) {
            economy.week(town, c, random, week);
            assertTrue(town.ledger().wageRate() >= previous - 1e-12, "rises monotonically, week " + week);
            previous = town.ledger().wageRate();
        }
        double w = previous;
        double share = (0.4 * Math.min(1, w * 0.4) + 1.2 * Math.min(1, w * 1.2)) / 1.6;
        assertEquals(share, (1 - w) / 0.3, 1e-6, "settles where demand equals supply: w = " + w);
        assertEquals(1 / 1.3, w, 1e-6, "the hand-solved clearing rate");
    }
}
