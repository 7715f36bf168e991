package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Yard-sale exchange in the regimes where citizens trade privately (Chakraborti 2002; Boghosian 2014): each
 * citizen meets a random neighbour and a fair coin moves {@code f * min(w_i, w_j)} from one to the other.
 */
final class Exchange {

    private Exchange() {
    }

    static void yardSale(TownWeek t, MersenneTwisterFast random) {
        Municipality m = t.m;
        Citizens c = t.c;
        int n = t.n;
        double stake = t.e.exchangeRate();
        for (int k = 0; k < n; k++) {
            int i = m.member(k);
            int other = random.nextInt(n - 1);
            int j = m.member(other >= k ? other + 1 : other);
            double amount = stake * Math.min(c.wealth(i), c.wealth(j));
            if (random.nextBoolean()) {
                amount = -amount;
            }
            c.setWealth(i, c.wealth(i) + amount);
            c.setWealth(j, c.wealth(j) - amount);
        }
    }
}
