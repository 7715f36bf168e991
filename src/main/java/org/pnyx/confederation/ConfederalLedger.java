package org.pnyx.confederation;

import java.util.Arrays;
import java.util.List;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Each town's income, need and wealth this week, summed once over its citizens, and the goods that
 * pooling and sanctions move between towns through {@link Redistribution} (Pnyx design: the shared
 * book the confederal mechanisms read and write). The sums are kept only when a confederation or
 * migration reads them, so that with both off the week makes no pass over the citizens.
 */
final class ConfederalLedger {

    private final List<Municipality> towns;
    private final Citizens c;
    private final boolean kept;

    // Per town, by index: this week's sums; wealth follows every transfer.
    private final double[] income;
    private final double[] need;
    private final double[] wealth;
    // Per town, by index, and overall: goods moved this week.
    private final double[] netReceived;
    private double transfersThisWeek;

    // Scratch, indexed by position in a confederation.
    private double[] deficit = new double[0];
    private double[] townWealth = new double[0];
    private double[] townNeed = new double[0];
    private double[] net = new double[0];

    /**
     * @param towns the towns, by index
     * @param c     the citizens
     * @param kept  whether anything reads the sums (a confederation or migration)
     */
    ConfederalLedger(List<Municipality> towns, Citizens c, boolean kept) {
        this.towns = towns;
        this.c = c;
        this.kept = kept;
        int t = towns.size();
        income = new double[t];
        need = new double[t];
        wealth = new double[t];
        netReceived = new double[t];
    }

    /** Clears the week's transfers and sums each town's income, need and wealth (one pass over citizens). */
    void sum() {
        Arrays.fill(netReceived, 0);
        transfersThisWeek = 0;
        if (!kept) {
            return;
        }
        for (Municipality m : towns) {
            double y = 0;
            double needs = 0;
            double w = 0;
            int n = m.population();
            for (int k = 0; k < n; k++) {
                int id = m.member(k);
                y += c.income(id);
                needs += c.need(id);
                w += c.wealth(id);
            }
            income[m.index()] = y;
            need[m.index()] = needs;
            wealth[m.index()] = w;
        }
    }

    /** A town's income this week. */
    double income(int town) {
        return income[town];
    }

    /** A town's need this week. */
    double need(int town) {
        return need[town];
    }

    /** A town's wealth, after this week's transfers so far. */
    double wealth(int town) {
        return wealth[town];
    }

    /**
     * Moves goods among a confederation's members: each pays its contribution into a pool that covers
     * the eligible members' deficits (need above income) and is then shared per citizen
     * ({@link Redistribution#apply}), each town paying from its common stock first when {@code fromStock}. Arrays
     * are indexed by position in {@code members}.
     */
    void move(List<Municipality> members, double[] contribution, boolean[] eligible, boolean fromStock) {
        int n = members.size();
        if (deficit.length < n) {
            deficit = new double[n];
            townWealth = new double[n];
            townNeed = new double[n];
            net = new double[n];
        }
        for (int p = 0; p < n; p++) {
            int t = members.get(p).index();
            townWealth[p] = wealth[t];
            townNeed[p] = need[t];
            deficit[p] = Math.max(0, need[t] - income[t]);
        }
        transfersThisWeek += Redistribution.apply(members, c, contribution, deficit, townWealth, townNeed, eligible,
                net, fromStock);
        for (int p = 0; p < n; p++) {
            int t = members.get(p).index();
            wealth[t] = townWealth[p];
            netReceived[t] += net[p];
        }
    }

    /** Goods the town received from the confederal pools this week minus what it paid in. */
    double netReceived(int town) {
        return netReceived[town];
    }

    /** Goods moved between towns this week by pooling and sanctions. */
    double transfersThisWeek() {
        return transfersThisWeek;
    }
}
