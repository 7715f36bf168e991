package org.pnyx.economy;

import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Consumption and saving (Pnyx design): each citizen consumes {@code min(wealth + received, need + c * wealth)}
 * and saves the rest; a citizen who cannot cover their need is in shortfall. Records each member's payoff
 * of the week, income minus the value of the effort given ({@code kappa * output}), for imitation.
 */
final class Consumption {

    private Consumption() {
    }

    static void run(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        double[] received = t.received;
        double[] payoff = t.payoff;
        double rate = t.e.consumptionRate();
        double kappa = t.e.effortCost();
        int shortfalls = 0;
        double needSum = 0;
        for (int k = 0; k < t.n; k++) {
            int id = m.member(k);
            double before = c.wealth(id);
            double available = before + received[k];
            double need = c.need(id);
            double consumed = Math.min(available, need + rate * before);
            c.setWealth(id, available - consumed);
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
