package org.pnyx.economy;

import org.pnyx.config.DistributionRule;

/**
 * The effort a worker chooses in a week, a share of their potential output in [0, 1].
 *
 * <p>Payoff is linear, as in the public-goods game (Ledyard 1995): a worker whose potential output is
 * {@code P} and who gives effort {@code e} gains {@code r e P} from their own output (the private return
 * {@code r} of the distribution rule) and bears the cost {@code kappa e P}; if checked (probability
 * {@code p}) below the norm they lose what the graduated sanction takes. The selfish best response
 * is therefore full effort when {@code r >= kappa}, otherwise the norm when the expected sanction
 * outweighs the saving of shirking, otherwise nothing. Conditional cooperators give at least the
 * matched share of what they saw (Fischbacher, Gaechter &amp; Fehr 2001), the share being their trust;
 * hump-shaped contributors match up to half; every worker gives at least the duty their solidarity sets.
 */
public final class Effort {

    private Effort() {
    }

    /**
     * The share of a good of one's own output that returns to oneself: need and equal shares in a pool
     * of {@code n} give {@code (1 - s) / n}, contribution {@code 1 - s}, a wage the wage rate {@code w = 1 - profitShare}.
     *
     * @param rule        distribution rule
     * @param poolSize    citizens sharing the pool, at least 1
     * @param commonShare share of output first put to the common stock
     * @param profitShare owners' share under the wage rule, {@code 1 -} the week's wage rate
     */
    public static double privateReturn(DistributionRule rule, int poolSize, double commonShare, double profitShare) {
        return switch (rule) {
            case NEED, EQUAL -> (1 - commonShare) / Math.max(1, poolSize);
            case CONTRIBUTION -> 1 - commonShare;
            case WAGE -> 1 - profitShare;
        };
    }

    /**
     * Selfish best response of the linear payoff: 1 if {@code r >= kappa}; the norm if
     * {@code p * loss >= (kappa - r) * norm * potential}; 0 otherwise.
     *
     * @param r          private return
     * @param kappa      effort cost per good of potential
     * @param norm       the bylaws' effort norm
     * @param potential  goods the worker would produce at full effort
     * @param p          probability of a check this week
     * @param loss       goods lost if caught at effort 0 (see {@link Sanctions#lossIfCaught})
     */
    public static double selfish(double r, double kappa, double norm, double potential, double p, double loss) {
        if (r >= kappa) {
            return 1;
        }
        return p * loss >= (kappa - r) * norm * potential ? norm : 0;
    }

    /**
     * The deterred response: a worker who would give {@code alternative} below the norm gives the norm
     * instead if the expected sanction of the shortfall outweighs the cost of making it up,
     * {@code p * loss >= (kappa - r) * (norm - alternative) * potential}; full effort if {@code r >= kappa}.
     * Since the fine grows with the shortfall (Fehr &amp; Gaechter 2000: punishment grows with the distance
     * below the others' contributions), a worker near the norm is deterred by a fine that would not deter
     * one at zero.
     *
     * @param loss goods lost if caught at {@code alternative} (see {@link Sanctions#lossIfCaught})
     */
    public static double deterred(double alternative, double r, double kappa, double norm, double potential,
                                  double p, double loss) {
        if (r >= kappa) {
            return 1;
        }
        if (alternative >= norm) {
            return alternative;
        }
        return p * loss >= (kappa - r) * (norm - alternative) * potential ? norm : alternative;
    }

    /** A conditional cooperator: {@code min(1, max(selfish, alpha * observed))}. */
    public static double conditional(double selfish, double alpha, double observed) {
        return Math.min(1, Math.max(selfish, alpha * observed));
    }

    /** A hump-shaped contributor: {@code max(selfish, alpha * min(observed, 1 - observed))} (Fischbacher, Gaechter &amp; Fehr 2001). */
    public static double hump(double selfish, double alpha, double observed) {
        return Math.min(1, Math.max(selfish, alpha * Math.min(observed, 1 - observed)));
    }

    /**
     * The moral channel (Andreoni 1990, warm glow; seed 001, citizens "owe duties to their community"): the
     * effort a citizen of solidarity {@code s} owes by their own lights, {@code min(1, weight * s)}; no type
     * gives less.
     */
    public static double duty(double weight, double solidarity) {
        return Math.min(1, weight * solidarity);
    }

    /**
     * Trust after a week: {@code trust + rate * (min(1, observed / standard) - trust)}, the reciprocity met
     * being what the co-op gave against the effort the worker's own solidarity holds due (seed 001: citizens
     * do their part "with the knowledge that everyone else was making the same effort"); 1 if they hold
     * nothing due.
     */
    public static double trust(double trust, double rate, double observed, double standard) {
        double met = standard > 1e-9 ? Math.min(1, observed / standard) : 1;
        return trust + rate * (met - trust);
    }
}
