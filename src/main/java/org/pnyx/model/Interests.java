package org.pnyx.model;

import org.pnyx.config.DistributionRule;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.InterestsConfig;

/**
 * Opinions from interests and values (seed 001, "Localism and Interdependence" and "The Municipalized
 * Economy"; Pnyx design). When an assembly meets, each member's opinion on each issue moves the share
 * {@code pull} of the way toward the view their situation gives:
 * {@code view = solidarity * townView + (1 - solidarity) * ownView}. A view is {@code logistic(gain * stake)},
 * the stake being the goods a week the citizen (or the town, for the town's view) gains per unit of the policy
 * under the rules in force, over the citizen's need (the town's, per member), so that a neutral stake gives the
 * middle of the range. The stakes, from last week's economy:
 * <ul>
 *   <li><b>need level</b> (pooling regimes): raising the level gives one {@code need} and takes
 *       {@code (1 - s) N w / W} from the division of the rest (N the town's need, w one's weight under the
 *       distribution rule, W the town's); the town's view is the level its output covers,
 *       {@code output / N - 0.5};</li>
 *   <li><b>common share</b> (pooling regimes): saving takes one's part {@code w / W} of the surplus over the
 *       levels now and insures one's part {@code need / N} of the levels later, as much as one is insecure: what
 *       one's own wealth and one's part of the stock leave uncovered of {@code horizon} weeks of one's levels,
 *       {@code 1 - min(1, (wealth + stock need / N) / (level need horizon))}, so that the demand for common
 *       insurance falls with one's own means (Moene &amp; Wallerstein 2001) and the poor want more saved than the
 *       rich; the town's view is the town's insecurity, as much as the stock falls short of a meeting interval's
 *       levels (with {@code horizon} 0 each citizen's insecurity is the town's, as before issue 16);</li>
 *   <li><b>harvest cap</b>: a citizen in shortfall gains by harvesting more now, by the depth of their shortfall;
 *       the town's view is the sustainable cap, the maximum sustainable yield (0.5) while the commons stand at
 *       or above half their capacity, less below;</li>
 *   <li><b>sanctions</b>: full sanctions recover one's part {@code (1 - s) w / W} of the output they would recover from
 *       the workers they deter ({@link Ledger#shirkable}), and cost what they would cost oneself
 *       ({@link Citizens#sanctionStake}: the effort a deterred worker gives up, the fines an undeterred one
 *       expects); the town's view weighs the whole recovery against all those costs.</li>
 * </ul>
 * Free riders therefore oppose sanctions because they would pay them, and cooperators favour them because they
 * lose to free riding; no opinion is set by type. Each member's view is kept for the meeting
 * ({@link Meeting#view}): in deliberation every attendee returns the share {@code anchor} of the way to it after
 * each round ({@link Decision}; Friedkin &amp; Johnsen 1990), so that where situations differ the views, and a
 * minority, persist through the meeting instead of converging on the weighted mean.
 */
final class Interests {

    private final InterestsConfig config;

    Interests(InterestsConfig config) {
        this.config = config;
    }

    /** Moves every member's opinions toward their interested view, before the meeting's agenda is built. */
    void pull(Meeting mt) {
        double pull = config.pull();
        mt.anchor = 0;
        mt.canvass = config.canvass();
        if (pull <= 0 || mt.n == 0) {
            return;
        }
        Municipality m = mt.m;
        Citizens c = mt.c;
        int n = mt.n;
        EconomyConfig e = m.economy();
        DistributionRule rule = e.distribution();
        boolean pools = e.regime().poolsTown();
        double s = pools ? m.policy(Issue.COMMON_SHARE) : 0;
        double level = 0.5 + m.policy(Issue.NEED_LEVEL);
        double needs = 0;
        double weights = 0;
        double output = 0;
        double payments = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            needs += c.need[id];
            weights += weight(rule, c.need[id], c.output[id]);
            output += c.output[id];
            payments += c.sanctionStake[id];
        }
        if (needs <= 0) {
            return;
        }
        mt.anchor = config.anchor();
        double horizon = config.horizon();
        float[] views = mt.views;
        Ledger ledger = m.ledger();
        double gain = config.gain();
        double surplus = Math.max(0, output - level * needs);
        double stock0 = ledger.commonStock();
        double insecurity = 1 - Math.min(1, stock0 / (level * needs * mt.b.meetingInterval()));
        double shirkable = ledger.shirkable();
        double recovered = (1 - s) * shirkable;
        CommonPool pool = ledger.sharedCommons();
        double stock = pool == null ? ledger.commons() : pool.stock();
        double capacity = pool == null ? ledger.capacity() : pool.capacity();
        double townNeed = Math.min(1, Math.max(0, output / needs - 0.5));
        double townShare = insecurity;
        double townCap = capacity > 0 ? 0.5 * Math.min(1, 2 * stock / capacity) : 0.5;
        double townSanctions = logistic(gain * (shirkable - payments) / needs);
        float p = (float) pull;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double need = Math.max(c.need[id], 1e-9);
            double part = weights > 0 ? weight(rule, c.need[id], c.output[id]) / weights : 1.0 / n;
            double sol = c.solidarity[id];
            int at = id * Issue.COUNT;
            int v = k * Issue.COUNT;
            if (pools) {
                double own = horizon > 0
                        ? 1 - Math.min(1, (c.wealth[id] + stock0 * need / needs) / (level * need * horizon))
                        : insecurity;
                double ownNeed = logistic(gain * (need - (1 - s) * needs * part) / need);
                double ownShare = logistic(gain * surplus * (own * need / needs - part) / need);
                move(c, views, at, v, Issue.NEED_LEVEL, sol * townNeed + (1 - sol) * ownNeed, p);
                move(c, views, at, v, Issue.COMMON_SHARE, sol * townShare + (1 - sol) * ownShare, p);
            } else {
                views[v + Issue.NEED_LEVEL.ordinal()] = Float.NaN;
                views[v + Issue.COMMON_SHARE.ordinal()] = Float.NaN;
            }
            double depth = Math.max(0, 1 - c.consumption[id] / need);
            double ownCap = logistic(gain * depth);
            move(c, views, at, v, Issue.HARVEST_CAP, sol * townCap + (1 - sol) * ownCap, p);
            double ownSanctions = logistic(gain * (recovered * part - c.sanctionStake[id]) / need);
            move(c, views, at, v, Issue.SANCTIONS, sol * townSanctions + (1 - sol) * ownSanctions, p);
        }
        InterestGroup.organize(mt);
        CounterGroup.organize(mt);
    }

    /** Moves one opinion toward the view and keeps the view for the meeting (by member position). */
    private static void move(Citizens c, float[] views, int at, int v, Issue issue, double view, float pull) {
        int i = issue.ordinal();
        views[v + i] = (float) view;
        c.opinion[at + i] += pull * ((float) view - c.opinion[at + i]);
    }

    /** A member's weight in the division of the town's pool under the rule (as {@code economy.TownPool}'s). */
    static double weight(DistributionRule rule, double need, double output) {
        return switch (rule) {
            case NEED -> need;
            case EQUAL, WAGE -> 1;
            case CONTRIBUTION -> output;
        };
    }

    /** {@code 1 / (1 + e^-x)}. */
    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
