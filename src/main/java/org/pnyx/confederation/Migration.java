package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Exit (voluntary association; Hirschman 1970): a citizen's dissatisfaction is the mean of three
 * parts in [0, 1]: shortfall {@code max(0, 1 - income/need)}, the share of outcomes lost
 * {@code 1 - efficacy}, and whether the town is under a confederal sanction. Above the tolerance
 * {@code tau}, the citizen leaves this week with probability {@code rate * (d - tau)}, for a town
 * drawn uniformly among those whose income covers need better than home's ({@code income/need}
 * higher); with none, they stay. A town whose exit is closed keeps its citizens; at most
 * {@code ceil(cap * n)} leave a town in a week; a migrant spends {@code min(cost, wealth)}.
 * Population is conserved: every move removes one member and inserts it elsewhere.
 */
final class Migration {

    private final ConfederalRules rules;
    private final Society society;
    private final ConfederalLedger ledger;
    private final Enforcement enforcement;
    private final Citizens c;
    private final List<Municipality> towns;
    private final int[] departures;
    private int moves;
    private int[] leavers = new int[0];
    private int[] destinations = new int[0];
    private final int[] better;

    Migration(ConfederalRules rules, Society society, ConfederalLedger ledger, Enforcement enforcement) {
        this.rules = rules;
        this.society = society;
        this.ledger = ledger;
        this.enforcement = enforcement;
        this.c = society.citizens();
        this.towns = society.municipalities();
        this.departures = new int[towns.size()];
        this.better = new int[towns.size()];
    }

    /** Moves this week's migrants; returns whether anyone moved. */
    boolean week(MersenneTwisterFast random) {
        Arrays.fill(departures, 0);
        moves = 0;
        if (towns.size() < 2) {
            return false;
        }
        recordWishes();
        int pending = 0;
        for (Municipality m : towns) {
            int n = m.population();
            int t = m.index();
            if (n == 0 || !m.exitAllowed()) {
                continue;
            }
            double home = ledger.need(t) > 0 ? ledger.income(t) / ledger.need(t) : 0;
            int options = 0;
            for (Municipality o : towns) {
                int u = o.index();
                if (u != t && o.population() > 0 && ledger.need(u) > 0 && ledger.income(u) / ledger.need(u) > home) {
                    better[options++] = u;
                }
            }
            if (options == 0) {
                continue;
            }
            int cap = (int) Math.ceil(rules.config().migrationCap() * n);
            double sanctioned = enforcement.sanctioned(t) ? 1 : 0;
            int leaving = 0;
            for (int k = 0; k < n && leaving < cap; k++) {
                int id = m.member(k);
                double shortfall = Math.max(0, 1 - c.income(id) / c.need(id));
                double d = (shortfall + (1 - c.efficacy(id)) + sanctioned) / 3;
                if (d > rules.config().migrationTolerance()
                        && random.nextDouble() < rules.config().migrationRate() * (d - rules.config().migrationTolerance())) {
                    if (leavers.length == pending) {
                        leavers = Arrays.copyOf(leavers, Math.max(16, pending * 2));
                        destinations = Arrays.copyOf(destinations, leavers.length);
                    }
                    leavers[pending] = id;
                    destinations[pending] = better[random.nextInt(options)];
                    pending++;
                    leaving++;
                }
            }
            departures[t] = leaving;
        }
        for (int j = 0; j < pending; j++) {
            int id = leavers[j];
            c.addWealth(id, -Math.min(rules.config().migrationCost(), c.wealth(id)));
            society.migrate(id, towns.get(destinations[j]));
        }
        moves = pending;
        return pending > 0;
    }

    /**
     * Records every citizen's wish to leave into their liberty history (docs/model/liberty.md), before anyone
     * moves and without a draw: a citizen wishes to leave when their dissatisfaction is above the tolerance and
     * some town provides better than home; the wish is blocked when their town's exit is closed.
     */
    private void recordWishes() {
        double tolerance = rules.config().migrationTolerance();
        for (Municipality m : towns) {
            int n = m.population();
            int t = m.index();
            if (n == 0) {
                continue;
            }
            double home = ledger.need(t) > 0 ? ledger.income(t) / ledger.need(t) : 0;
            boolean elsewhere = false;
            for (Municipality o : towns) {
                int u = o.index();
                if (u != t && o.population() > 0 && ledger.need(u) > 0 && ledger.income(u) / ledger.need(u) > home) {
                    elsewhere = true;
                    break;
                }
            }
            if (!elsewhere) {
                continue;
            }
            boolean blocked = !m.exitAllowed();
            double sanctioned = enforcement.sanctioned(t) ? 1 : 0;
            for (int k = 0; k < n; k++) {
                int id = m.member(k);
                double shortfall = Math.max(0, 1 - c.income(id) / c.need(id));
                if ((shortfall + (1 - c.efficacy(id)) + sanctioned) / 3 > tolerance) {
                    c.recordExitWish(id, blocked);
                }
            }
        }
    }

    int departures(int town) {
        return departures[town];
    }

    int movesThisWeek() {
        return moves;
    }
}
