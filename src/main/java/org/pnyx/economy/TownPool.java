package org.pnyx.economy;

import org.pnyx.config.DistributionRule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Distribution from a town pool (regimes that pool the town: municipalized, state socialist; seed 001,
 * "The Municipalized Economy"): output first covers each entitled citizen's level {@code L * need}, the
 * common stock (after spoilage) making up any gap, pro rata when even the stock cannot; of what output
 * exceeds the levels, the common share {@code s} is saved in the stock and the rest divided by the rule
 * (need, equal shares or contribution). Excluded citizens get nothing; fines are forfeited.
 */
final class TownPool {

    private TownPool() {
    }

    static void share(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        DistributionRule rule = t.rule;
        double[] fine = t.fine;
        double[] received = t.received;
        int n = t.n;
        double stock = t.ledger.commonStock() * (1 - t.e.stockDecay());
        double needs = 0;
        double weights = 0;
        int entitled = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.output(id) * t.factor;
            c.setOutput(id, y);
            if (fine[k] >= 0) {
                needs += c.need(id);
                weights += weight(rule, c.need(id), y);
                entitled++;
            }
        }
        double levels = t.needLevel * needs;
        double cover;
        double rest;
        if (t.net >= levels) {
            cover = 1;
            stock += t.commonShare * (t.net - levels);
            rest = (1 - t.commonShare) * (t.net - levels);
        } else {
            double draw = Math.min(stock, levels - t.net);
            stock -= draw;
            cover = (t.net + draw) / levels;
            rest = 0;
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (fine[k] < 0) {
                received[k] = 0;
                continue;
            }
            double share = weights > 0 ? weight(rule, c.need(id), c.output(id)) / weights : 1.0 / entitled;
            received[k] = Math.max(0, cover * t.needLevel * c.need(id) + rest * share - fine[k]);
        }
        t.ledger.setCommonStock(stock);
    }

    /** A member's weight in the division of a pool under the rule. */
    static double weight(DistributionRule rule, double need, double output) {
        return switch (rule) {
            case NEED -> need;
            case EQUAL, WAGE -> 1;
            case CONTRIBUTION -> output;
        };
    }
}
