package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pnyx.config.CommonsScope;
import org.pnyx.config.EconomyConfig;
import org.pnyx.model.Issue;
import org.pnyx.model.Citizens;
import org.pnyx.model.CommonPool;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * A region's shared commons, hand-worked: two towns of one and two citizens (ability 1, full effort,
 * 2 goods each a week), capacity 1,000 a citizen so K = 1,000 + 2,000 = 3,000, r = 0.02, one resource
 * unit per good (caps r K_t / 2 = 10 and 20 do not bind). Town a harvests 2 and town b 4 from the one
 * stock, which then regrows once: S' = 3000 - 6 = 2994, S'' = 2994 + 0.02 x 2994 x (1 - 2994/3000).
 */
class SharedCommonsTest {

    private static final double EPS = 1e-9;

    @Test
    void harvestsSubtractFromOneStockThatRegrowsOncePerWeek() {
        EconomyConfig e = Fixtures.economy(Map.of("economy.resourceIntensity", 1.0, "economy.commonsCapacity", 1000.0));
        Citizens c = new Citizens(3);
        for (int id = 0; id < 3; id++) {
            c.set(id, id == 0 ? 0 : 1, 0.5, 0.5, 10, 1.0, 1.0, 0, 0.3);
        }
        Municipality a = town(0, "a", e);
        Municipality b = town(1, "b", e);
        a.addMember(0);
        b.addMember(1);
        b.addMember(2);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Economy economy = new Economy(new Society(c, List.of(a, b)), CommonsScope.REGION, 1, random);
        CommonPool pool = a.ledger().sharedCommons();
        assertSame(pool, b.ledger().sharedCommons(), "both towns of region r1 draw on one stock");
        assertEquals(3000, pool.capacity(), EPS, "K = sum of the towns' capacities");

        economy.week(a, c, random, 0);
        assertEquals(2, a.ledger().harvest(), EPS, "town a harvests its output of 2");
        assertEquals(2998, pool.stock(), EPS, "a's harvest leaves 2998 standing; no regrowth yet");
        economy.week(b, c, random, 0);
        assertEquals(4, b.ledger().harvest(), EPS, "town b harvests its output of 4");
        assertEquals(2994, pool.stock(), EPS, "both harvests came from the one stock");
        economy.closeWeek();
        double expected = 2994 + 0.02 * 2994 * (1 - 2994.0 / 3000);
        assertEquals(expected, pool.stock(), EPS, "one logistic regrowth for the region");
        assertEquals(expected / 3000, a.ledger().commons() / a.ledger().capacity(), EPS,
                "each town reports the shared stock's standing");
        assertEquals(expected, a.ledger().commons() + b.ledger().commons(), EPS,
                "the towns' parts sum to the shared stock");
        assertEquals(0, b.ledger().overHarvest(0.02), EPS,
                "4 is within b's share of the region's MSY: 0.02 x 3000 / 4 x 2000/3000 = 10");
    }

    @Test
    void eachTownIsLimitedByItsOwnCapShareOfTheSharedCapacity() {
        // Cap policy 1: cap = r K_t / 2 = 0.02 x 100 / 2 = 1 unit for town a; a's demand is 20.
        EconomyConfig e = Fixtures.economy(Map.of("economy.resourceIntensity", 10.0));
        Citizens c = new Citizens(3);
        for (int id = 0; id < 3; id++) {
            c.set(id, id == 0 ? 0 : 1, 0.5, 0.5, 10, 1.0, 1.0, 0, 0.3);
        }
        Municipality a = town(0, "a", e);
        Municipality b = town(1, "b", e);
        a.addMember(0);
        b.addMember(1);
        b.addMember(2);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        Economy economy = new Economy(new Society(c, List.of(a, b)), CommonsScope.REGION, 1, random);
        economy.week(a, c, random, 0);
        economy.week(b, c, random, 0);
        assertEquals(1, a.ledger().harvest(), EPS, "a held to r K_a / 2");
        assertEquals(2, b.ledger().harvest(), EPS, "b held to r K_b / 2");
        assertEquals(297, a.ledger().sharedCommons().stock(), EPS, "300 - 1 - 2");
        assertEquals(1, a.ledger().overHarvest(0.02), EPS, "1 is twice a's share 0.5 of the region's MSY 1.5");
    }

    private static Municipality town(int index, String name, EconomyConfig e) {
        return new Municipality(index, name, Fixtures.bylaws(), e, 0, policies());
    }

    private static double[] policies() {
        double[] policy = new double[Issue.COUNT];
        policy[Issue.COMMON_SHARE.ordinal()] = 0.2;
        policy[Issue.NEED_LEVEL.ordinal()] = 0.5;
        policy[Issue.HARVEST_CAP.ordinal()] = 1.0;
        policy[Issue.SANCTIONS.ordinal()] = 1.0;
        return policy;
    }
}
