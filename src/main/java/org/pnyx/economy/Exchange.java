package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.ExchangeRule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Private exchange in the regimes where citizens trade privately, by the rule {@code economy.exchange}: each
 * citizen in turn meets a random neighbour, and
 * <ul>
 *   <li>yard sale (Chakraborti 2002; Boghosian 2014): a fair coin moves {@code f * min(w_i, w_j)} from one to
 *       the other ({@code f = economy.exchangeRate});</li>
 *   <li>random split (Dragulescu &amp; Yakovenko 2000): the pair pools its wealth and splits it,
 *       {@code w_i' = u (w_i + w_j)}, {@code w_j' = (1 - u)(w_i + w_j)}, with {@code u} uniform on [0, 1).</li>
 * </ul>
 * Both conserve the pair's wealth.
 */
final class Exchange {

    private Exchange() {
    }

    /** Whether this week's exchange does anything: a rule other than none, a positive yard-sale stake, two members. */
    static boolean live(TownWeek t) {
        ExchangeRule rule = t.e.exchange();
        return t.n > 1 && (rule == ExchangeRule.RANDOM_SPLIT || rule == ExchangeRule.YARD_SALE && t.e.exchangeRate() > 0);
    }

    static void run(TownWeek t, MersenneTwisterFast random) {
        if (t.e.exchange() == ExchangeRule.RANDOM_SPLIT) {
            randomSplit(t, random);
        } else {
            yardSale(t, random);
        }
    }

    private static void yardSale(TownWeek t, MersenneTwisterFast random) {
        Municipality m = t.m;
        Citizens c = t.c;
        int n = t.n;
        double stake = t.e.exchangeRate();
        for (int k = 0; k < n; k++) {
            int i = m.member(k);
            int j = partner(m, k, n, random);
            double amount = stake * Math.min(c.wealth(i), c.wealth(j));
            if (random.nextBoolean()) {
                amount = -amount;
            }
            c.setWealth(i, c.wealth(i) + amount);
            c.setWealth(j, c.wealth(j) - amount);
        }
    }

    private static void randomSplit(TownWeek t, MersenneTwisterFast random) {
        Municipality m = t.m;
        Citizens c = t.c;
        int n = t.n;
        for (int k = 0; k < n; k++) {
            int i = m.member(k);
            int j = partner(m, k, n, random);
            double pooled = c.wealth(i) + c.wealth(j);
            double mine = random.nextDouble() * pooled;
            c.setWealth(i, mine);
            c.setWealth(j, pooled - mine);
        }
    }

    /** A uniformly chosen other member than the one at position {@code k}. */
    private static int partner(Municipality m, int k, int n, MersenneTwisterFast random) {
        int other = random.nextInt(n - 1);
        return m.member(other >= k ? other + 1 : other);
    }
}
