package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.CommonsScope;
import org.pnyx.config.DistributionRule;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Regime;
import org.pnyx.model.Citizens;
import org.pnyx.model.CommonPool;
import org.pnyx.model.Issue;
import org.pnyx.model.Ledger;
import org.pnyx.model.Municipality;
import org.pnyx.model.Regions;
import org.pnyx.model.Sampler;
import org.pnyx.model.Society;
import org.pnyx.model.Strategy;
import org.pnyx.model.TypeBands;

/**
 * The economy's set-up and the order of one town's economic week (docs/model/economy.md). Each
 * mechanism is a class of its own, run in this order on a {@link TownWeek} that carries the rules in
 * force and the running totals:
 * <ol>
 *   <li>{@link Work}: effort by type, output, monitoring and graduated sanctions;</li>
 *   <li>{@link Commons#harvest}: harvest within the cap and what stands, monitoring costs, regrowth (a
 *       region's shared commons regrows once, in {@link #closeWeek()}, after all its towns have harvested);</li>
 *   <li>distribution as the regime declares it: a town pool ({@link TownPool}), wages and profit
 *       ({@link Wages}, with the labour market), or co-op pools ({@link CoopPools});</li>
 *   <li>{@link Consumption} and saving;</li>
 *   <li>{@link Exchange}: yard-sale or random-split exchange where the regime trades privately;</li>
 *   <li>{@link Imitation} of a better-off neighbour's type;</li>
 *   <li>crisis (share in shortfall above the threshold) and collapse (a long enough run of crises).</li>
 * </ol>
 * One instance per run holds each town's co-ops and the scratch buffers; the loops over citizens
 * allocate nothing. A citizen works in the co-op {@link Citizens#coop(int)} names: at set-up member
 * {@code k} of a town joins co-op {@code k / coopSize}; migration moves only the migrant.
 */
public final class Economy {

    private final List<Workplaces> towns;
    private final List<CommonPool> pools = new ArrayList<>();
    private double[] poolGrowth = new double[0];
    private final TownWeek t = new TownWeek();

    /**
     * Sets the economy up after the society is built, town by town in index order: co-op factors, each
     * citizen's type (by solidarity), prior and trust, owners (capitalist), hours and freed time, the commons and the
     * common stock. The plan values a state planner keeps are the towns' initial policies.
     */
    public Economy(Society society, MersenneTwisterFast random) {
        this(society, CommonsScope.MUNICIPALITY, 1, random);
    }

    /**
     * Sets the economy up as {@link #Economy(Society, MersenneTwisterFast)} does; with {@code REGION} scope
     * the towns of each region ({@link Regions}) then draw on one shared commons whose capacity and initial
     * stock are the sums of theirs, and whose regrowth rate is its first town's.
     *
     * @param scope   who shares a commons
     * @param regions generated regions for towns that name none ({@code confederation.regions}), at least 1
     */
    public Economy(Society society, CommonsScope scope, int regions, MersenneTwisterFast random) {
        towns = new ArrayList<>(society.municipalities().size());
        for (Municipality m : society.municipalities()) {
            towns.add(setUp(m, society.citizens(), random));
        }
        if (scope == CommonsScope.REGION) {
            var byRegion = Regions.group(society.municipalities(), regions);
            poolGrowth = new double[byRegion.size()];
            for (List<Municipality> members : byRegion.values()) {
                double capacity = 0;
                double stock = 0;
                for (Municipality m : members) {
                    capacity += m.ledger().capacity();
                    stock += m.ledger().commons();
                }
                CommonPool pool = new CommonPool(capacity, Math.min(stock, capacity));
                poolGrowth[pools.size()] = members.get(0).economy().commonsGrowth();
                pools.add(pool);
                for (Municipality m : members) {
                    m.ledger().shareCommons(pool);
                }
            }
        }
    }

    /**
     * Ends the economy phase: each region's shared commons regrows once on what its towns left,
     * {@code S'' = S' + r S' (1 - S'/K)}. Nothing happens when every town has its own commons.
     */
    public void closeWeek() {
        for (int p = 0; p < pools.size(); p++) {
            CommonPool pool = pools.get(p);
            pool.settle(Commons.step(pool.stock(), 0, poolGrowth[p], pool.capacity()));
        }
    }

    private static Workplaces setUp(Municipality m, Citizens c, MersenneTwisterFast random) {
        EconomyConfig e = m.economy();
        int n = m.population();
        int size = e.coopSize();
        Workplaces w = new Workplaces((n + size - 1) / size, m.policy(Issue.COMMON_SHARE),
                m.policy(Issue.NEED_LEVEL), m.policy(Issue.HARVEST_CAP), m.policy(Issue.SANCTIONS));
        for (int j = 0; j < w.count(); j++) {
            w.factor[j] = Sampler.draw(e.coopProductivity(), random);
        }
        assignTypes(m, c, e);
        double needSum = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            c.setCoop(id, k / size);
            m.countIntoCoop(k / size);
            // The first week's expectation of others is one's own inclination (false consensus, Ross, Greene
            // & House 1977): the effort on record before any work is the citizen's solidarity.
            c.setEffort(id, c.strategy(id) == Strategy.COOPERATOR ? 1 : c.solidarity(id));
            c.setTrust(id, e.matchFraction());
            c.setIncome(id, c.need(id));
            needSum += c.need(id);
        }
        if (e.regime().has(Regime.Trait.PRIVATELY_OWNED) && n >= 2) {
            chooseOwners(m, c, (int) Math.min(n - 1, Math.max(1, Math.round(e.ownerShare() * n))));
        }
        Ledger ledger = m.ledger();
        double hours = e.hours();
        ledger.setHours(hours);
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            c.addFreeTime(id, c.owner(id) ? e.workHours() : e.workHours() - hours);
            if (!c.owner(id)) {
                w.effortSum[c.coop(id)] += c.effort(id);
                w.workers[c.coop(id)]++;
            }
        }
        w.rollEffort();
        double capacity = e.commonsCapacity() * n;
        ledger.setCapacity(capacity);
        ledger.setCommons(e.commonsInitial() * capacity);
        ledger.setCommonStock(e.regime().poolsTown() ? e.initialStock() * needSum : 0);
        ledger.setWageRate(e.distribution() == DistributionRule.WAGE ? 1 - e.profitShare() : 0);
        return w;
    }

    /**
     * Effort types follow solidarity. With {@code economy.moralTypes} (the default) in absolute terms: each
     * member takes the type of the band their solidarity falls in ({@link TypeBands}), so the shares of
     * Fischbacher, Gaechter &amp; Fehr (2001) hold among citizens of reference solidarity and a more solidary
     * town has fewer free riders. Without it (the knockout), by rank within the town: the members ranked by
     * solidarity (ties: lower id first), the least solidary {@code freeRiderShare} are free riders, the next
     * {@code humpShare} hump-shaped, the next {@code conditionalShare} conditional cooperators and the rest
     * unconditional cooperators, whatever the town's solidarity. Runs once, at set-up.
     */
    private static void assignTypes(Municipality m, Citizens c, EconomyConfig e) {
        int n = m.population();
        if (e.moralTypes()) {
            double[] bands = TypeBands.of(e);
            for (int k = 0; k < n; k++) {
                int id = m.member(k);
                setStrategy(c, id, TypeBands.type(TypeBands.band(c.solidarity(id), bands)));
            }
            return;
        }
        Integer[] idx = new Integer[n];
        for (int k = 0; k < n; k++) {
            idx[k] = m.member(k);
        }
        Arrays.sort(idx, (a, b) -> c.solidarity(a) != c.solidarity(b)
                ? Double.compare(c.solidarity(a), c.solidarity(b)) : Integer.compare(a, b));
        long free = Math.round(e.freeRiderShare() * n);
        long hump = Math.round((e.freeRiderShare() + e.humpShare()) * n);
        long conditional = Math.round((e.freeRiderShare() + e.humpShare() + e.conditionalShare()) * n);
        for (int r = 0; r < n; r++) {
            Strategy s = r < free ? Strategy.FREE_RIDER : r < hump ? Strategy.HUMP
                    : r < conditional ? Strategy.CONDITIONAL : Strategy.COOPERATOR;
            setStrategy(c, idx[r], s);
        }
    }

    /** The {@code count} richest members own the workplaces (ties: lower id first). */
    private static void chooseOwners(Municipality m, Citizens c, int count) {
        int n = m.population();
        double[] wealth = new double[n];
        for (int k = 0; k < n; k++) {
            wealth[k] = c.wealth(m.member(k));
        }
        Integer[] idx = new Integer[n];
        for (int k = 0; k < n; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> wealth[a] != wealth[b] ? Double.compare(wealth[b], wealth[a]) : Integer.compare(a, b));
        for (int k = 0; k < count; k++) {
            c.setOwner(m.member(idx[k]), true);
        }
    }

    /**
     * Sets a type. The type sets no opinion: a free rider's view of sanctions follows from what sanctions would
     * cost them ({@link Citizens#sanctionStake}, read by {@code model.Interests}).
     */
    static void setStrategy(Citizens c, int id, Strategy s) {
        c.setStrategy(id, s);
    }

    /**
     * Runs one week of the municipality's economy: its mechanisms in order, each in its own class
     * ({@link Work}, {@link Commons#harvest}, the regime's distribution ({@link TownPool}, {@link Wages} or
     * {@link CoopPools}), {@link Consumption}, {@link Exchange}, {@link Imitation}), then crisis and collapse.
     */
    public void week(Municipality m, Citizens c, MersenneTwisterFast random, long week) {
        Ledger ledger = m.ledger();
        if (m.population() == 0) {
            // An emptied town produces and sanctions nothing; its crisis run ends.
            ledger.setSanctions(0);
            ledger.setHoursWorked(0);
            ledger.setHarvest(0);
            ledger.recordCrisis(false, m.economy().collapseWeeks(), (int) week);
            return;
        }
        Workplaces w = towns.get(m.index());
        w.fit(m.coopCount());
        TownWeek t = this.t;
        t.begin(m, c, w, week);
        Work.run(t, random);
        Commons.harvest(t);
        if (t.regime.poolsTown()) {
            TownPool.share(t);
        } else if (t.rule == DistributionRule.WAGE) {
            Wages.pay(t);
        } else {
            CoopPools.share(t);
        }
        Consumption.run(t);
        WorkTerms.record(t);
        if (t.regime.has(Regime.Trait.TRADES_PRIVATELY) && Exchange.live(t)) {
            Exchange.run(t, random);
        }
        if (t.e.imitationRate() > 0 && t.n > 1) {
            Imitation.run(t, random);
        }
        ledger.setSanctions(t.sanctions);
        ledger.setHoursWorked(t.hoursWorked);
        ledger.recordCrisis((double) t.shortfalls / t.n > t.e.crisisThreshold(), t.e.collapseWeeks(), (int) week);
    }
}
