package org.pnyx.economy;

import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Consumption and saving (Pnyx design): each citizen consumes {@code min(wealth + received, need + c * wealth)}
 * and saves the rest; a citizen who cannot cover their need is in shortfall. Records each member's payoff
 * of the week, income minus the value of the effort given ({@code kappa * output}), for imitation. With
 * {@code economy.consumption} off, need is met outside the modelled economy (recorded as consumed, so nobody
 * is in shortfall) and income is saved whole, as in the exchange models (Dragulescu &amp; Yakovenko 2000).
 */
final class Consumption {

    private Consumption() {
    }

    static void run(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        double[] received = t.received;
        double[] payoff = t.payoff;
        boolean consumes = t.e.consumption();
        double rate = t.e.consumptionRate();
        double kappa = t.e.effortCost();
        int shortfalls = 0;
        double needSum = 0;
        for (int k = 0; k < t.n; k++) {
            int id = m.member(k);
            double before = c.wealth(id);
            double available = before + received[k];
            double need = c.need(id);
            double consumed = consumes ? Math.min(available, need + rate * before) : need;
            c.setWealth(id, consumes ? available - consumed : available);
            c.setConsumption(id, consumed);
            c.setIncome(id, received[k]);
            if (c.inShortfall(id)) {
                shortfalls++;
            }
            needSum += need;
            payoff[k] = received[k] - kappa * c.output(id);
        }
        t.shortfalls = shortfalls;
        t.needSum = needSum;
    }
}
