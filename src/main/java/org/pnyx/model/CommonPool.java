package org.pnyx.model;

/**
 * One renewable stock that several towns harvest (the shared commons of a region). Its capacity K is
 * the sum of the member towns' capacities; the economy subtracts each town's harvest from what stands
 * and then regrows the stock once a week. Resource units throughout.
 */
public final class CommonPool {

    private final double capacity;
    private double stock;
    private double opening;

    /**
     * @param capacity carrying capacity K, resource units, above 0
     * @param stock    initial stock, in [0, K]
     */
    public CommonPool(double capacity, double stock) {
        if (!(capacity > 0)) {
            throw new IllegalArgumentException("capacity must be above 0, but was " + capacity);
        }
        if (!(stock >= 0 && stock <= capacity)) {
            throw new IllegalArgumentException("stock must be in [0, " + capacity + "], but was " + stock);
        }
        this.capacity = capacity;
        this.stock = stock;
        this.opening = stock;
    }

    /** Carrying capacity K of the shared stock. */
    public double capacity() {
        return capacity;
    }

    /** Resource units standing now (after this week's harvests so far). */
    public double stock() {
        return stock;
    }

    /** Resource units that stood at the start of this week, before any town harvested. */
    public double opening() {
        return opening;
    }

    /** Takes a harvest from what stands, at most all of it; returns what was taken. */
    public double take(double units) {
        double taken = Math.min(stock, Math.max(0, units));
        stock -= taken;
        return taken;
    }

    /** Ends the week: the stock after regrowth, which also stands at the start of the next week. */
    public void settle(double units) {
        stock = units;
        opening = units;
    }
}
