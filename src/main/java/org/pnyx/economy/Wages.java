package org.pnyx.economy;

import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Distribution by wages (the capitalist regime, where the regime's rule is {@code wage}): each entitled
 * worker is paid the week's wage rate {@code w} per good of their own output; the owners take the rest,
 * output minus wages, in proportion to their wealth (their capital), so their wealth compounds. With no
 * owners the profit is shared equally among the entitled workers. Then the wage rate moves toward clearing
 * the town's labour market ({@link LabourMarket}; Walras 1874 tatonnement), unless the owners' control is knocked
 * out ({@code powers.ownersDecide} false): then the assembly's wage rate holds ({@link TownWeek#assemblyWage}).
 */
final class Wages {

    private Wages() {
    }

    static void pay(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        double[] fine = t.fine;
        double[] received = t.received;
        int n = t.n;
        double wageRate = t.wage;
        double profit = 0;
        double capital = 0;
        int owners = 0;
        int workers = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.output(id) * t.factor;
            c.setOutput(id, y);
            if (c.owner(id)) {
                capital += Math.max(0, c.wealth(id));
                owners++;
                received[k] = 0;
            } else if (fine[k] < 0) {
                profit += y;
                received[k] = 0;
            } else {
                double wage = wageRate * y;
                profit += y - wage;
                received[k] = Math.max(0, wage - fine[k]);
                workers++;
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (owners > 0 && c.owner(id)) {
                received[k] = capital > 0 ? profit * Math.max(0, c.wealth(id)) / capital : profit / owners;
            } else if (owners == 0 && workers > 0 && fine[k] >= 0) {
                received[k] += profit / workers;
            }
        }
        if (TownWeek.assemblySetsWage(m)) {
            t.ledger.setWageRate(wageRate);
            return;
        }
        t.ledger.setWageRate(LabourMarket.adjust(wageRate,
                LabourMarket.demanded(wageRate, t.potentialSum, t.e.profitShare()), t.supply, t.e.wageAdjustment()));
    }
}
