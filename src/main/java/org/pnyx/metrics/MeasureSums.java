package org.pnyx.metrics;

/** The sums {@link MetricsCollector} gathers each week: over one town's citizens, and over the towns. */
final class MeasureSums {

    private MeasureSums() {
    }

    /** Sums over towns that make the overall row, gathered town by town in index order. */
    static final class Totals {
        int offset;
        long population;
        long attendees;
        long metPopulation;
        int met;
        int quorate;
        long proposals;
        long decisions;
        long recalls;
        long amendments;
        long recallsMoved;
        long reconsiderations;
        long reconsiderationsCarried;
        long adoptedTotal;
        long adoptedFromRich;
        final long[] adoptedByQuintile = new long[5];
        long technical;
        long technicalRight;
        double tenureSum;
        long tenurePopulation;
        long dissentNo;
        long dissentCast;
        boolean anyAdopted;
        double commonShare;
        double needLevel;
        double wealthSum;
        double habitSum;
        double efficacySum;
        double outputSum;
        long metSum;
        double unmetSum;
        double needSum;
        long freeRiders;
        long conditional;
        long hump;
        long cooperators;
        double solidaritySum;
        double reasonSum;
        double trustSum;
        double effortSum;
        long workersSum;
        long sanctions;
        double commons;
        double capacity;
        double commonStock;
        double hoursSum;
        double freeSum;
        double harvestCap;
        double sanctionsPolicy;
        int collapsed;
        double imposedSum;
        long statePopulation;
        int democratized;
        int nonEmpty;
        final long[] wealthMembers = new long[5];
        final long[] wealthAttendees = new long[5];
        final long[] freeMembers = new long[5];
        final long[] freeAttendees = new long[5];
    }

    /** Sums over one town's citizens, gathered in one pass. */
    static final class TownSums {
        double wealth;
        double habit;
        double efficacy;
        double imposed;
        double output;
        int met;
        double unmet;
        double need;
        int freeRiders;
        int conditional;
        int hump;
        int cooperators;
        double solidarity;
        double reason;
        double trust;
        double effort;
        int workers;
        double free;
        final Liberty.Sums liberty = new Liberty.Sums();
    }
}
