package org.pnyx.economy;

/**
 * A renewable common-pool resource with logistic regrowth (Verhulst) harvested by production
 * (Gordon 1954; Schaefer 1954). In one week the harvest {@code H} is taken first, at most what stands,
 * then what remains regrows: {@code S' = S - H; S'' = S' + r S' (1 - S'/K)}. A constant harvest
 * persists iff it is at most the maximum sustainable yield {@code r K / 4}; above it the stock is
 * driven to zero, which is absorbing.
 */
public final class Commons {

    private Commons() {
    }

    /** Logistic regrowth {@code r S (1 - S/K)}, resource units a week. */
    public static double regrowth(double stock, double rate, double capacity) {
        return capacity <= 0 ? 0 : rate * stock * (1 - stock / capacity);
    }

    /** Maximum sustainable yield {@code r K / 4}, reached at {@code S = K / 2}. */
    public static double maximumSustainableYield(double rate, double capacity) {
        return rate * capacity / 4;
    }

    /**
     * One week: harvest, then regrowth on what remains. For {@code rate} in [0, 1] the result stays in
     * [0, K] when the stock starts there.
     *
     * @return the stock after the week
     */
    public static double step(double stock, double harvest, double rate, double capacity) {
        double left = Math.max(0, stock - Math.max(0, harvest));
        return left + regrowth(left, rate, capacity);
    }

    /** The weekly harvest cap an assembly's policy value {@code v} in [0, 1] sets: {@code v r K / 2} (0.5: the MSY). */
    public static double cap(double policy, double rate, double capacity) {
        return policy * rate * capacity / 2;
    }

    /**
     * Labour productivity factor of the stock, {@code 1 - d + d S/K}: with {@code d = 1} output, and so
     * harvest, is proportional to effort times stock, the Gordon-Schaefer harvest {@code q E S}.
     */
    public static double productivityFactor(double stock, double capacity, double dependence) {
        return capacity <= 0 ? 1 - dependence : 1 - dependence + dependence * stock / capacity;
    }

    /**
     * The harvest step of a town's week: production harvests {@code resourceIntensity} per good, at most the
     * assembly's cap (on the town's own capacity, its part of a shared one) and what stands, so output shrinks
     * to fit; monitoring costs are deducted; the town's own commons regrows (a shared one regrows once, after
     * all its towns have harvested). Sets the week's net output and the factor each output is scaled by.
     */
    static void harvest(TownWeek t) {
        double harvest = t.e.resourceIntensity() * t.total;
        double limit = Math.min(cap(t.capPolicy, t.e.commonsGrowth(), t.capacity), t.stock);
        double produced = t.total;
        if (harvest > limit) {
            produced = t.total * limit / harvest;
            harvest = limit;
        }
        t.net = Math.max(0, produced - t.checks * t.sc.monitoringCost());
        t.factor = t.total > 0 ? t.net / t.total : 0;
        t.ledger.setHarvest(harvest);
        if (t.pool == null) {
            t.ledger.setCommons(step(t.stock, harvest, t.e.commonsGrowth(), t.capacity));
        } else {
            t.pool.take(harvest);
        }
    }
}
