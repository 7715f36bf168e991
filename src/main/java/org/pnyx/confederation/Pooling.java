package org.pnyx.confederation;

import java.util.List;
import org.pnyx.model.Municipality;

/**
 * Each week a confederation pools {@code share * max(0, income - need)} of each self-governing
 * member, at most what the town holds (its members' wealth, and its common stock when the town pays from it
 * first), and redistributes the pool by need among those members (seed 001:
 * wealth "redistributed not only within a municipality but among all the municipalities in a
 * region"; Boghosian et al. 2017 on why a flat share keeps a yard-sale economy from condensing).
 */
final class Pooling {

    private final ConfederalRules rules;
    private final ConfederalLedger ledger;
    // Scratch, indexed by position in a confederation.
    private double[] contribution = new double[0];
    private boolean[] eligible = new boolean[0];

    Pooling(ConfederalRules rules, ConfederalLedger ledger) {
        this.rules = rules;
        this.ledger = ledger;
    }

    /** Pools and redistributes one confederation's surplus at its share in force. */
    void pool(Confederation f) {
        List<Municipality> members = f.members();
        int n = members.size();
        if (contribution.length < n) {
            contribution = new double[n];
            eligible = new boolean[n];
        }
        boolean fromStock = rules.config().levyFromStock();
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            int t = m.index();
            boolean on = Confederation.takesPart(m);
            // A town whose assembly refused the levy pays nothing and takes nothing from the pool (Pnyx design).
            eligible[p] = on && !f.refusing[p];
            double held = ledger.wealth(t) + (fromStock ? Math.max(0, m.ledger().commonStock()) : 0);
            double owes = on ? Math.min(f.share * Math.max(0, ledger.income(t) - ledger.need(t)), held) : 0;
            contribution[p] = f.refusing[p] ? 0 : owes;
            f.owed[p] += owes;
            f.paid[p] += contribution[p];
        }
        ledger.move(members, contribution, eligible, fromStock);
    }
}
