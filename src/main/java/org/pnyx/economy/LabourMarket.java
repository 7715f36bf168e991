package org.pnyx.economy;

/**
 * The labour market of a capitalist town: a wage rate {@code w} in [0, 1], goods of wage per good of
 * output, moves each week toward the rate at which owners' demand for labour equals workers' supply,
 * {@code w <- clamp(w + lambda (D - S) / S, 0, 1)}: Walras' tatonnement (Walras 1874) in the discrete form
 * of Samuelson (1941) and Arrow &amp; Hurwicz (1958), price change proportional to excess demand.
 *
 * <p>Labour is counted in goods of potential output {@code P}. Owners' demand rises with the margin they
 * keep: {@code D = (1 - w) / mu * sum P}, all the labour on offer when the margin {@code 1 - w} equals
 * their required margin {@code mu} ({@code economy.profitShare}). A worker's reservation is their need
 * {@code nu}: they offer all their labour when a full week's wage {@code w P} covers it, else the share
 * it covers, {@code P min(1, w P / nu)}. When supply is saturated the market clears at {@code w = 1 - mu};
 * where work pays too little to cover need, supply falls short and the wage rises. Trade happens at the
 * current rate each week (no auctioneer holds it back), and everyone still works: the market sets the
 * price, not employment.
 */
public final class LabourMarket {

    private LabourMarket() {
    }

    /**
     * Labour one worker offers, goods of potential: {@code P min(1, w P / nu)}; all of it when need is 0.
     *
     * @param wage      wage rate, goods per good of output, in [0, 1]
     * @param potential the worker's potential output this week, goods
     * @param need      the worker's need, goods/week
     */
    public static double supplied(double wage, double potential, double need) {
        return need > 0 ? potential * Math.min(1, wage * potential / need) : potential;
    }

    /**
     * Owners' demand for labour, goods of potential: {@code (1 - w) / mu * sum P}; with {@code mu = 0}
     * any positive margin makes it unbounded.
     *
     * @param wage      wage rate in [0, 1]
     * @param potential total potential output of the town's working workers, goods
     * @param margin    owners' required margin {@code mu}, in [0, 1]
     */
    public static double demanded(double wage, double potential, double margin) {
        if (margin > 0) {
            return (1 - wage) / margin * potential;
        }
        return wage < 1 && potential > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /**
     * One tatonnement step: {@code clamp(w + lambda (D - S) / S, 0, 1)}; with no supply, any demand
     * counts as an excess of 1. Nothing moves when {@code lambda = 0}.
     *
     * @param wage   this week's wage rate in [0, 1]
     * @param demand owners' demand, goods of potential
     * @param supply workers' supply, goods of potential
     * @param lambda adjustment speed per week, in [0, 1]
     */
    public static double adjust(double wage, double demand, double supply, double lambda) {
        if (lambda == 0) {
            return wage;
        }
        double excess = supply > 0 ? (demand - supply) / supply : demand > 0 ? 1 : 0;
        return Math.max(0, Math.min(1, wage + lambda * excess));
    }
}
