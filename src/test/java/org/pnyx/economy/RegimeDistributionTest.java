package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Hand-worked production and distribution, one week, per regime. Two workers of ability 1 and 3,
 * need 1, full effort, 40 hours at 0.05 goods an hour: outputs 2 and 6, total 8.
 */
class RegimeDistributionTest {

    // Incomes, outputs and consumption are stored as floats.
    private static final double EPS = 1e-6;

    private Citizens citizens;
    private Municipality town;

    /** Builds the town (wealth per citizen given), sets up the economy and runs one week. */
    private void week(Map<String, Object> overrides, double... wealth) {
        EconomyConfig e = Fixtures.economy(overrides);
        int n = wealth.length;
        citizens = new Citizens(n);
        double[] ability = n == 2 ? new double[] {1, 3} : new double[] {1, 3, 1};
        for (int id = 0; id < n; id++) {
            citizens.set(id, 0, 0.5, 0.5, 10, 1.0, ability[id], wealth[id], 0.3);
        }
        town = Fixtures.town(e);
        for (int id = 0; id < n; id++) {
            town.addMember(id);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Economy economy = new Economy(new Society(citizens, List.of(town)), random);
        economy.week(town, citizens, random, 0);
    }

    @Test
    void municipalizedByNeedCoversNeedsSavesTheCommonShareAndSharesTheRestByNeed() {
        week(Map.of("economy.regime", "municipalized"), 0, 0);
        assertEquals(2, citizens.output(0), EPS, "output = 1 x 1 x 40 x 0.05");
        assertEquals(6, citizens.output(1), EPS, "output = 3 x 1 x 40 x 0.05");
        // levels 2, surplus 6: 0.2 x 6 = 1.2 saved, 4.8 shared by need (equal needs).
        assertEquals(3.4, citizens.income(0), EPS, "1 (need) + 2.4");
        assertEquals(3.4, citizens.income(1), EPS, "1 (need) + 2.4");
        assertEquals(1.2, town.ledger().commonStock(), EPS, "common share of the surplus");
        assertEquals(1.0, citizens.consumption(0), EPS, "consumes need (consumption rate 0)");
        assertEquals(2.4, citizens.wealth(0), EPS, "saves the rest");
    }

    @Test
    void municipalizedByContributionSharesTheSurplusByOutput() {
        week(Map.of("economy.regime", "municipalized", "economy.distribution", "contribution"), 0, 0);
        assertEquals(1 + 4.8 * 2 / 8, citizens.income(0), EPS, "need + surplus share 2/8");
        assertEquals(1 + 4.8 * 6 / 8, citizens.income(1), EPS, "need + surplus share 6/8");
    }

    @Test
    void syndicalistWorkersKeepWhatTheyProduce() {
        week(Map.of("economy.regime", "syndicalist"), 0, 0);
        assertEquals(2, citizens.income(0), EPS, "by contribution within the co-op");
        assertEquals(6, citizens.income(1), EPS, "by contribution within the co-op");
        assertEquals(0, town.ledger().commonStock(), EPS, "no common stock");
    }

    @Test
    void communitarianCoopSharesOutputEqually() {
        week(Map.of("economy.regime", "communitarian"), 0, 0);
        assertEquals(4, citizens.income(0), EPS, "8 / 2");
        assertEquals(4, citizens.income(1), EPS, "8 / 2");
    }

    @Test
    void capitalistPaysWagesAndTheRichestOwnerTakesTheProfit() {
        week(Map.of("economy.regime", "capitalist"), 0, 0, 100);
        assertTrue(citizens.owner(2), "the richest citizen owns the workplaces");
        assertEquals(0, citizens.output(2), EPS, "owners do not work");
        assertEquals(0.7 * 2, citizens.income(0), EPS, "wage = (1 - 0.3) x output");
        assertEquals(0.7 * 6, citizens.income(1), EPS, "wage = (1 - 0.3) x output");
        assertEquals(0.3 * 8, citizens.income(2), EPS, "profit = 0.3 x 8");
    }

    @Test
    void stateSocialistRationsByNeedLikeTheCommuneButKeepsFullHoursUnderAutomation() {
        week(Map.of("economy.regime", "state_socialist", "economy.automation", 1.0), 0, 0);
        assertEquals(40, town.ledger().hours(), EPS, "the plan keeps the 40-hour week");
        assertEquals(4, citizens.output(0), EPS, "automation doubles output instead");
        assertEquals(10, citizens.freeTime(0), EPS, "no hours freed");
        // levels 2, surplus 14: 2.8 saved, 11.2 shared by need.
        assertEquals(1 + 5.6, citizens.income(0), EPS, "need + half the shared surplus");
    }

    @Test
    void municipalizedAutomationTurnsTheGainIntoFreeTime() {
        week(Map.of("economy.regime", "municipalized", "economy.automation", 1.0), 0, 0);
        assertEquals(20, town.ledger().hours(), EPS, "40 / (1 + 1)");
        assertEquals(2, citizens.output(0), EPS, "same output in half the hours");
        assertEquals(30, citizens.freeTime(0), EPS, "10 + 20 freed hours");
    }

    @Test
    void needBeyondOutputIsCoveredFromTheStockThenProRata() {
        // Need level 0.5 -> entitlement 1 each; force output below needs with a low productivity.
        week(Map.of("economy.regime", "municipalized", "economy.productivity", 0.01), 0, 0);
        // Output 0.4 + 1.2 = 1.6 < 2 needed, no stock: cover 0.8.
        assertEquals(0.8, citizens.income(0), EPS, "pro rata cover");
        assertTrue(citizens.inShortfall(0), "consumes below need");
        assertFalse(town.ledger().collapsed(), "one crisis week is no collapse");
        assertTrue(town.ledger().crisis(), "all in shortfall: a crisis week");
    }
}
