package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.LivelihoodConfig;

/**
 * The core model's weekly economy, applied to one municipality at a time:
 * <ol>
 *   <li>income: {@code y_i = ability_i * productivity * factor_m}, where the town's factor is its endowment
 *       times the interdependence factor ({@link Municipality#productivityFactor()});</li>
 *   <li>common stock: the share {@code s} (policy {@link Issue#COMMON_SHARE}) of all income is pooled;
 *       it first tops each citizen up to the guaranteed level {@code L * need_i} (policy
 *       {@link Issue#NEED_LEVEL}), pro rata if it cannot cover all, and the rest is shared equally;</li>
 *   <li>consumption: {@code min(wealth, need_i + c * wealth)} after income is added;</li>
 *   <li>exchange: each citizen meets a random neighbour and a fair coin moves {@code f * min(w_i, w_j)}
 *       from one to the other (yard-sale model; Chakraborti 2002, Boghosian 2014).</li>
 * </ol>
 * The economy issue replaces this with co-ops and ownership regimes behind the same seam.
 */
public final class Livelihood {

    private final LivelihoodConfig config;

    public Livelihood(LivelihoodConfig config) {
        this.config = config;
    }

    /** Runs one week for the municipality's members. */
    public void week(Municipality m, Citizens c, MersenneTwisterFast random) {
        int n = m.population();
        if (n == 0) {
            return;
        }
        double share = m.policy(Issue.COMMON_SHARE);
        double level = m.policy(Issue.NEED_LEVEL);
        double productivity = config.productivity() * m.productivityFactor();
        double keep = 1 - share;
        double totalIncome = 0;
        double totalGap = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.ability[id] * productivity;
            totalIncome += y;
            totalGap += Math.max(0, level * c.need[id] - keep * y);
        }
        double pool = share * totalIncome;
        double cover = totalGap > pool ? pool / totalGap : 1;
        double equalShare = (pool - cover * totalGap) / n;
        double consumptionRate = config.consumptionRate();
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.ability[id] * productivity;
            double net = keep * y + cover * Math.max(0, level * c.need[id] - keep * y) + equalShare;
            double w = c.wealth[id] + net;
            w -= Math.min(w, c.need[id] + consumptionRate * c.wealth[id]);
            c.wealth[id] = w;
            c.income[id] = (float) net;
        }
        double stake = config.exchangeRate();
        if (stake > 0 && n > 1) {
            for (int k = 0; k < n; k++) {
                int i = m.member(k);
                int other = random.nextInt(n - 1);
                int j = m.member(other >= k ? other + 1 : other);
                double amount = stake * Math.min(c.wealth[i], c.wealth[j]);
                if (random.nextBoolean()) {
                    amount = -amount;
                }
                c.wealth[i] += amount;
                c.wealth[j] -= amount;
            }
        }
    }
}
