package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Strategy;

/**
 * Proportional imitation (Schlag 1998): with probability {@code rate} a worker looks at a random working
 * neighbour; if the neighbour's payoff (income minus effort cost) is higher, the worker adopts the
 * neighbour's type with probability {@code min(1, difference / mean need)}. All comparisons use the week's
 * payoffs before any switch (synchronous update).
 */
final class Imitation {

    private Imitation() {
    }

    static void run(TownWeek t, MersenneTwisterFast random) {
        Municipality m = t.m;
        Citizens c = t.c;
        byte[] next = t.next;
        double[] payoff = t.payoff;
        int n = t.n;
        double rate = t.e.imitationRate();
        double scale = t.needSum / n;
        for (int k = 0; k < n; k++) {
            next[k] = (byte) c.strategy(m.member(k)).ordinal();
        }
        for (int k = 0; k < n; k++) {
            if (c.owner(m.member(k)) || random.nextDouble() >= rate) {
                continue;
            }
            int other = random.nextInt(n - 1);
            int j = other >= k ? other + 1 : other;
            int model = m.member(j);
            double gain = payoff[j] - payoff[k];
            if (!c.owner(model) && gain > 0 && random.nextDouble() * scale < gain) {
                next[k] = (byte) c.strategy(model).ordinal();
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (next[k] != c.strategy(id).ordinal()) {
                Economy.setStrategy(c, id, Strategy.of(next[k]));
            }
        }
    }
}
