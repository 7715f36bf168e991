package org.pnyx.economy;

import org.pnyx.config.DistributionRule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Distribution within co-ops (syndicalist and communitarian regimes; seed 001 contrasts them with the
 * municipalized economy): each co-op divides its own output among its entitled members by the rule (need,
 * equal shares or contribution); nothing is pooled between co-ops. Excluded workers get nothing; fines are
 * forfeited.
 */
final class CoopPools {

    private CoopPools() {
    }

    static void share(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        Workplaces w = t.w;
        DistributionRule rule = t.rule;
        double[] fine = t.fine;
        double[] received = t.received;
        int n = t.n;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            double y = c.output(id) * t.factor;
            c.setOutput(id, y);
            w.poolOutput[j] += y;
            if (fine[k] >= 0) {
                w.poolWeight[j] += TownPool.weight(rule, c.need(id), y);
                w.poolEntitled[j]++;
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            if (fine[k] < 0) {
                received[k] = 0;
                continue;
            }
            double share = w.poolWeight[j] > 0 ? TownPool.weight(rule, c.need(id), c.output(id)) / w.poolWeight[j]
                    : 1.0 / w.poolEntitled[j];
            received[k] = Math.max(0, w.poolOutput[j] * share - fine[k]);
        }
    }
}
