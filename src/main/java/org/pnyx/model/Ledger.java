package org.pnyx.model;

/**
 * The economic accounts of one municipality, kept by the economy and read by the metrics:
 * the common stock, the renewable commons, working hours, this week's sanctions, and crisis and
 * collapse. Quantities are in goods (stock), resource units (commons) and hours a week.
 */
public final class Ledger {

    private double commonStock;
    private double commons;
    private double capacity;
    private CommonPool shared;
    private double hours;
    private double harvestCap;
    private double sanctionsPolicy;
    private double hoursWorked;
    private double wageRate;
    private int sanctions;
    private boolean crisis;
    private int crisisWeeks;
    private boolean collapsed;
    private int collapseWeek = -1;

    /**
     * The capitalist labour market's wage rate, goods of wage per good of output, in [0, 1]; it starts at
     * {@code 1 - profitShare} and moves toward clearing each week. 0 in the other regimes.
     */
    public double wageRate() {
        return wageRate;
    }

    public void setWageRate(double rate) {
        wageRate = rate;
    }

    /** Goods in the town's common stock (0 in regimes without one). */
    public double commonStock() {
        return commonStock;
    }

    public void setCommonStock(double goods) {
        commonStock = goods;
    }

    /**
     * Resource units standing in the commons. In a shared commons: the town's part of the shared stock,
     * in proportion to its capacity, so that a town's {@code commons() / capacity()} is the shared stock's
     * standing and the sum over a region's towns is the shared stock.
     */
    public double commons() {
        return shared == null ? commons : shared.stock() * capacity / shared.capacity();
    }

    /** Sets the town's own commons (no effect on a shared one, which the economy harvests directly). */
    public void setCommons(double units) {
        commons = units;
    }

    /** Carrying capacity K of the commons, resource units; in a shared commons, the town's part of it. */
    public double capacity() {
        return capacity;
    }

    /** The region's shared commons this town draws on, or null when the town has its own. */
    public CommonPool sharedCommons() {
        return shared;
    }

    /** Makes the town draw on a region's shared commons; its own capacity stays its part of the shared one. */
    public void shareCommons(CommonPool pool) {
        shared = pool;
    }

    public void setCapacity(double units) {
        capacity = units;
    }

    /** Hours a week a worker of this town works. */
    public double hours() {
        return hours;
    }

    public void setHours(double hoursPerWeek) {
        hours = hoursPerWeek;
    }

    /** The harvest-cap policy in force this week (the assembly's, or the plan's under state socialism). */
    public double harvestCap() {
        return harvestCap;
    }

    /** The sanctions policy in force this week (the assembly's, or the fixed bylaw or plan value). */
    public double sanctionsPolicy() {
        return sanctionsPolicy;
    }

    /** Records the policies in force this week. */
    public void setPoliciesInForce(double cap, double sanctionsMultiplier) {
        harvestCap = cap;
        sanctionsPolicy = sanctionsMultiplier;
    }

    /** Hours worked this week, summed over citizens. */
    public double hoursWorked() {
        return hoursWorked;
    }

    public void setHoursWorked(double total) {
        hoursWorked = total;
    }

    /** Sanctions (warnings, fines, exclusions) imposed this week. */
    public int sanctions() {
        return sanctions;
    }

    public void setSanctions(int count) {
        sanctions = count;
    }

    /** Whether this week was a crisis (too many citizens in shortfall). */
    public boolean crisis() {
        return crisis;
    }

    /** Consecutive crisis weeks up to this one. */
    public int crisisWeeks() {
        return crisisWeeks;
    }

    /** Whether the town has collapsed: a run of crisis weeks reached the scenario's limit. It stays so. */
    public boolean collapsed() {
        return collapsed;
    }

    /** The week of collapse, or -1. */
    public int collapseWeek() {
        return collapseWeek;
    }

    /**
     * Records whether this week was a crisis and marks collapse when {@code limit} consecutive crisis
     * weeks are reached.
     */
    public void recordCrisis(boolean isCrisis, int limit, int week) {
        crisis = isCrisis;
        crisisWeeks = isCrisis ? crisisWeeks + 1 : 0;
        if (!collapsed && crisisWeeks >= limit) {
            collapsed = true;
            collapseWeek = week;
        }
    }

    private double harvest;
    private double shirkable;

    /**
     * Goods a week full sanctions would recover: the extra output of the workers they would deter from giving
     * less than the norm, compared with no checks (set by the economy's work step; Pnyx design).
     */
    public double shirkable() {
        return shirkable;
    }

    public void setShirkable(double goods) {
        shirkable = goods;
    }

    /** Resource units harvested from the commons this week. */
    public double harvest() {
        return harvest;
    }

    public void setHarvest(double units) {
        harvest = units;
    }

    /**
     * Over-harvest of the commons this week: harvest beyond the maximum sustainable yield rK/4 of the
     * logistic commons, as a share of that yield (0 when within it). In a shared commons K is the town's
     * part of the region's capacity, so the yield is its share of the region's rK/4.
     */
    public double overHarvest(double growthRate) {
        double msy = growthRate * capacity() / 4;
        return msy > 0 ? Math.max(0, harvest / msy - 1) : 0;
    }
}
