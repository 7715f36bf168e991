package org.pnyx.economy;

import java.util.Arrays;

/**
 * The co-ops of one municipality, indexed as {@link org.pnyx.model.Citizens#coop(int)} names them (the
 * municipality counts their members). Holds each co-op's productivity factor, the mean effort its members
 * saw last week, per-week sums, and the plan values a state planner keeps.
 */
final class Workplaces {

    double[] factor;
    double[] lastEffort;
    /** Whether the town has worked a week: before that, each worker expects of others what they would give. */
    boolean started;
    double[] effortSum;
    int[] workers;
    double[] poolOutput;
    double[] poolWeight;
    int[] poolEntitled;
    final double planShare;
    final double planNeed;
    final double planCap;
    final double planSanctions;

    Workplaces(int coops, double planShare, double planNeed, double planCap, double planSanctions) {
        factor = new double[coops];
        lastEffort = new double[coops];
        effortSum = new double[coops];
        workers = new int[coops];
        poolOutput = new double[coops];
        poolWeight = new double[coops];
        poolEntitled = new int[coops];
        this.planShare = planShare;
        this.planNeed = planNeed;
        this.planCap = planCap;
        this.planSanctions = planSanctions;
    }

    int count() {
        return factor.length;
    }

    /**
     * Makes room for {@code coops} co-ops, when migrants opened new ones: a new co-op starts with the mean
     * productivity factor and mean last effort of the existing ones (no draw, so no random numbers).
     */
    void fit(int coops) {
        int old = factor.length;
        if (coops <= old) {
            return;
        }
        double meanFactor = old == 0 ? 1 : Arrays.stream(factor).average().orElse(1);
        double meanEffort = old == 0 ? 0 : Arrays.stream(lastEffort).average().orElse(0);
        factor = Arrays.copyOf(factor, coops);
        lastEffort = Arrays.copyOf(lastEffort, coops);
        Arrays.fill(factor, old, coops, meanFactor);
        Arrays.fill(lastEffort, old, coops, meanEffort);
        effortSum = new double[coops];
        workers = new int[coops];
        poolOutput = new double[coops];
        poolWeight = new double[coops];
        poolEntitled = new int[coops];
    }

    void clearWeek() {
        Arrays.fill(effortSum, 0);
        Arrays.fill(workers, 0);
        Arrays.fill(poolOutput, 0);
        Arrays.fill(poolWeight, 0);
        Arrays.fill(poolEntitled, 0);
    }

    /** This week's mean effort becomes what conditional cooperators see next week (kept if nobody worked). */
    void rollEffort() {
        for (int j = 0; j < factor.length; j++) {
            if (workers[j] > 0) {
                lastEffort[j] = effortSum[j] / workers[j];
            }
        }
    }
}
