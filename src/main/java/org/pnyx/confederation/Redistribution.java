package org.pnyx.confederation;

import java.util.List;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Pools goods from some towns and redistributes them by need among others (seed 001: wealth
 * "redistributed not only within a municipality but among all the municipalities in a region").
 *
 * <p>Given each town's contribution {@code C_t} (at most its wealth {@code W_t}), the pool is
 * {@code P = sum C_t}. It first covers the towns' deficits {@code D_t} (need above income this
 * week), pro rata if it cannot cover them all, and the rest is shared per citizen:
 * {@code R_t = k D_t + (P - k sum D) n_t / N} with {@code k = min(1, P / sum D)}, the same rule as a
 * town's common stock. The contribution is owed by the town, not by its citizens one by one: the town pays it
 * from its common stock first and raises only the rest from its members, each in proportion to wealth
 * ({@code fromStock}; Pnyx design after Biehl 1998, the municipality as the unit of the confederation, and the
 * town's own common stock as in "The Municipalized Economy"); each citizen receives in proportion to need:
 * {@code w_i += R_t need_i / Need_t - (C_t - S_t) w_i / W_t} with {@code S_t} what the stock paid. Goods are conserved:
 * {@code sum R_t = P = sum C_t} (up to rounding). A flat share of surplus is what keeps a
 * yard-sale economy from condensing (Boghosian et al. 2017).
 */
public final class Redistribution {

    private Redistribution() {
    }

    /**
     * Moves goods between towns. Arrays are indexed by position in {@code towns}.
     *
     * @param towns        the towns taking part
     * @param c            citizens
     * @param contribution goods each town pays in, each in [0, its wealth]
     * @param deficit      each town's need above income this week, at least 0
     * @param townWealth   each town's total wealth; updated by the net transfer
     * @param townNeed     each town's total weekly need
     * @param eligible     whether a town may receive (a sanctioned town does not receive its own fine)
     * @param net          out: goods each town received minus what it paid
     * @param fromStock    whether a town pays from its common stock first (else its members pay it all by wealth)
     * @return goods moved between towns: the sum of net outflows
     */
    public static double apply(List<Municipality> towns, Citizens c, double[] contribution, double[] deficit,
                               double[] townWealth, double[] townNeed, boolean[] eligible, double[] net,
                               boolean fromStock) {
        int count = towns.size();
        double pool = 0;
        double deficits = 0;
        long population = 0;
        for (int t = 0; t < count; t++) {
            pool += contribution[t];
            if (eligible[t]) {
                deficits += deficit[t];
                population += towns.get(t).population();
            }
        }
        if (pool <= 0 || population == 0) {
            java.util.Arrays.fill(net, 0, count, 0);
            return 0;
        }
        double cover = deficits > pool ? pool / deficits : 1;
        double perCitizen = (pool - cover * deficits) / population;
        double moved = 0;
        for (int t = 0; t < count; t++) {
            Municipality m = towns.get(t);
            int n = m.population();
            double received = eligible[t] ? cover * deficit[t] + perCitizen * n : 0;
            double paid = contribution[t];
            double stock = m.ledger().commonStock();
            double fromCommon = fromStock ? Math.min(paid, Math.max(0, stock)) : 0;
            if (fromCommon > 0) {
                m.ledger().setCommonStock(stock - fromCommon);
            }
            double fromMembers = paid - fromCommon;
            double perNeed = townNeed[t] > 0 ? received / townNeed[t] : 0;
            double perWealth = townWealth[t] > 0 ? fromMembers / townWealth[t] : 0;
            if (received != 0 || fromMembers != 0) {
                for (int k = 0; k < n; k++) {
                    int id = m.member(k);
                    c.addWealth(id, perNeed * c.need(id) - perWealth * c.wealth(id));
                }
            }
            net[t] = received - paid;
            townWealth[t] += received - fromMembers;
            if (net[t] < 0) {
                moved -= net[t];
            }
        }
        return moved;
    }
}
