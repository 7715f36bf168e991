package org.pnyx.economy;

import org.pnyx.config.DistributionRule;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Regime;
import org.pnyx.config.SanctionConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.CommonPool;
import org.pnyx.model.Issue;
import org.pnyx.model.Ledger;
import org.pnyx.model.Municipality;

/**
 * One town's week of economy as it passes from mechanism to mechanism (work, harvest, distribution,
 * consumption, exchange, imitation): the rules in force this week, read once from the town, and the
 * running totals. Per-member scratch arrays are indexed by the member's position {@code k} in the town.
 * One instance per run is reused for every town and week; nothing here allocates per citizen.
 */
final class TownWeek {

    /** Marks an excluded worker in {@link #fine}: no work, no share. */
    static final double EXCLUDED = -1;

    Municipality m;
    Citizens c;
    Workplaces w;
    EconomyConfig e;
    SanctionConfig sc;
    Ledger ledger;
    Regime regime;
    DistributionRule rule;
    int n;
    long week;

    // The rules and policies in force this week.
    double commonShare;
    double needLevel;
    double capPolicy;
    double sanctionsPolicy;
    /** Chance each worker is checked this week: the bylaws' monitoring times the sanctions policy. */
    double checkChance;

    // Production.
    CommonPool pool;
    double capacity;
    double stock;
    double perHour;
    double hours;
    double wage;

    // Running totals.
    double potentialSum;
    double supply;
    double total;
    double hoursWorked;
    int checks;
    int sanctions;
    double net;
    double factor;
    int shortfalls;
    double needSum;

    // Per member, by position in the town.
    double[] fine = new double[0];
    double[] received = new double[0];
    double[] payoff = new double[0];
    byte[] next = new byte[0];

    /** Reads the town's rules in force and clears the totals, for a town with at least one member. */
    void begin(Municipality town, Citizens citizens, Workplaces places, long weekIndex) {
        m = town;
        c = citizens;
        w = places;
        week = weekIndex;
        n = town.population();
        ensure(n);
        e = town.economy();
        sc = e.sanctions();
        ledger = town.ledger();
        regime = e.regime();
        rule = e.distribution();
        boolean planned = regime.has(Regime.Trait.CENTRALLY_PLANNED) && town.planOverrides();
        commonShare = !regime.poolsTown() ? 0 : planned ? w.planShare : town.policy(Issue.COMMON_SHARE);
        needLevel = 0.5 + (planned ? w.planNeed : town.policy(Issue.NEED_LEVEL));
        capPolicy = planned ? w.planCap : town.policy(Issue.HARVEST_CAP);
        if (!Double.isNaN(town.imposedHarvestCap())) {
            capPolicy = Math.min(capPolicy, town.imposedHarvestCap());
        }
        sanctionsPolicy = planned || !sc.byAssembly() ? w.planSanctions : town.policy(Issue.SANCTIONS);
        checkChance = sc.monitoring() * sanctionsPolicy;
        ledger.setPoliciesInForce(capPolicy, sanctionsPolicy);
        pool = ledger.sharedCommons();
        capacity = ledger.capacity();
        stock = pool == null ? ledger.commons() : pool.stock();
        // A shared commons' productivity is read from the stock that stood at the start of the week, so it
        // does not depend on which town harvested first.
        perHour = e.productivity() * e.automationFactor() * town.productivityFactor()
                * (pool == null ? Commons.productivityFactor(stock, capacity, e.resourceDependence())
                        : Commons.productivityFactor(pool.opening(), pool.capacity(), e.resourceDependence()));
        hours = ledger.hours();
        wage = assemblySetsWage(town) ? assemblyWage(town) : ledger.wageRate();
        potentialSum = 0;
        supply = 0;
        total = 0;
        hoursWorked = 0;
        checks = 0;
        sanctions = 0;
        net = 0;
        factor = 0;
        shortfalls = 0;
        needSum = 0;
    }

    private void ensure(int size) {
        if (fine.length < size) {
            fine = new double[size];
            received = new double[size];
            payoff = new double[size];
            next = new byte[size];
        }
    }

    /**
     * Whether the town's assembly, not its owners, sets the wage: privately owned workplaces with the owners'
     * control knocked out ({@code powers.ownersDecide} false).
     */
    static boolean assemblySetsWage(Municipality town) {
        return town.economy().regime().has(Regime.Trait.PRIVATELY_OWNED) && !town.ownersDecide();
    }

    /** The wage rate the assembly sets: 1 minus its common-share policy, the share of output kept back from wages. */
    static double assemblyWage(Municipality town) {
        return 1 - town.policy(Issue.COMMON_SHARE);
    }
}
