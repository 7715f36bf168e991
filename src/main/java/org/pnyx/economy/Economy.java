package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.CommonsScope;
import org.pnyx.config.DistributionRule;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Regime;
import org.pnyx.config.SanctionConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.CommonPool;
import org.pnyx.model.Issue;
import org.pnyx.model.Ledger;
import org.pnyx.model.Municipality;
import org.pnyx.model.Regions;
import org.pnyx.model.Sampler;
import org.pnyx.model.Society;
import org.pnyx.model.Strategy;

/**
 * The weekly economy of one municipality at a time, in this order (docs/model/economy.md):
 * <ol>
 *   <li>effort: each worker chooses effort by type ({@link Effort}); output
 *       {@code y = ability * effort * hours * productivity * automation * coopFactor * (1 - d + d S/K)};</li>
 *   <li>monitoring and graduated sanctions ({@link Sanctions});</li>
 *   <li>harvest of the commons, at most the assembly's cap and what stands; output shrinks to fit;
 *       monitoring costs are deducted; the commons regrows ({@link Commons}); a region's shared commons
 *       regrows once, in {@link #closeWeek()}, after all its towns have harvested;</li>
 *   <li>distribution under the regime: a town pool with common stock and need levels (municipalized,
 *       state socialist), co-op pools (syndicalist, communitarian), or wages and profit (capitalist), after
 *       which the capitalist wage rate moves toward clearing the labour market ({@link LabourMarket});</li>
 *   <li>consumption {@code min(wealth + received, need + c * wealth)}; the rest is saved;</li>
 *   <li>yard-sale exchange in the market regimes (syndicalist, capitalist);</li>
 *   <li>imitation of a better-off neighbour's type, payoff = income minus effort cost (proportional
 *       imitation, Schlag 1998);</li>
 *   <li>crisis (share in shortfall above the threshold) and collapse (a long enough run of crises).</li>
 * </ol>
 * One instance per run holds each town's co-ops and the scratch buffers; the loops over citizens
 * allocate nothing. A citizen works in the co-op {@link Citizens#coop(int)} names: at set-up member
 * {@code k} of a town joins co-op {@code k / coopSize}; migration moves only the migrant.
 */
public final class Economy {

    private static final double EXCLUDED = -1;

    private final List<Workplaces> towns;
    private final List<CommonPool> pools = new ArrayList<>();
    private double[] poolGrowth = new double[0];
    private double[] fine = new double[0];
    private double[] received = new double[0];
    private double[] payoff = new double[0];
    private byte[] next = new byte[0];

    /**
     * Sets the economy up after the society is built, town by town in index order: co-op factors, each
     * citizen's type and first effort, owners (capitalist), hours and freed time, the commons and the
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
        double needSum = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            c.setCoop(id, k / size);
            m.countIntoCoop(k / size);
            double u = random.nextDouble();
            Strategy s = u < e.conditionalShare() ? Strategy.CONDITIONAL
                    : u < e.conditionalShare() + e.freeRiderShare() ? Strategy.FREE_RIDER : Strategy.COOPERATOR;
            setStrategy(c, id, s);
            c.setEffort(id, s == Strategy.COOPERATOR ? 1 : e.initialEffort());
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

    /** Sets a type and the opinion on sanctions that goes with it: free riders oppose them, the others back them. */
    private static void setStrategy(Citizens c, int id, Strategy s) {
        c.setStrategy(id, s);
        c.setOpinion(id, Issue.SANCTIONS, s == Strategy.FREE_RIDER ? 0 : 1);
    }

    /** Runs one week of the municipality's economy. */
    public void week(Municipality m, Citizens c, MersenneTwisterFast random, long week) {
        int n = m.population();
        if (n == 0) {
            // An emptied town produces and sanctions nothing; its crisis run ends.
            m.ledger().setSanctions(0);
            m.ledger().setHoursWorked(0);
            m.ledger().setHarvest(0);
            m.ledger().recordCrisis(false, m.economy().collapseWeeks(), (int) week);
            return;
        }
        ensure(n);
        Workplaces w = towns.get(m.index());
        w.fit(m.coopCount());
        EconomyConfig e = m.economy();
        SanctionConfig sc = e.sanctions();
        Ledger ledger = m.ledger();
        Regime regime = e.regime();
        DistributionRule rule = e.distribution();
        boolean planned = regime.has(Regime.Trait.CENTRALLY_PLANNED);
        double commonShare = !regime.poolsTown() ? 0 : planned ? w.planShare : m.policy(Issue.COMMON_SHARE);
        double needLevel = 0.5 + (planned ? w.planNeed : m.policy(Issue.NEED_LEVEL));
        double capPolicy = planned ? w.planCap : m.policy(Issue.HARVEST_CAP);
        if (!Double.isNaN(m.imposedHarvestCap())) {
            capPolicy = Math.min(capPolicy, m.imposedHarvestCap());
        }
        double sanctionsPolicy = planned || !sc.byAssembly() ? w.planSanctions : m.policy(Issue.SANCTIONS);
        double p = sc.monitoring() * sanctionsPolicy;
        ledger.setPoliciesInForce(capPolicy, sanctionsPolicy);
        CommonPool pool = ledger.sharedCommons();
        double capacity = ledger.capacity();
        double stock = pool == null ? ledger.commons() : pool.stock();
        // A shared commons' productivity is read from the stock that stood at the start of the week, so it
        // does not depend on which town harvested first.
        double perHour = e.productivity() * e.automationFactor() * m.productivityFactor()
                * (pool == null ? Commons.productivityFactor(stock, capacity, e.resourceDependence())
                        : Commons.productivityFactor(pool.opening(), pool.capacity(), e.resourceDependence()));
        double hours = ledger.hours();
        double kappa = e.effortCost();
        double alpha = e.matchFraction();
        double norm = sc.effortNorm();
        double forgive = sc.forgiveness() > 0 ? 1 / sc.forgiveness() : 0;
        boolean market = rule == DistributionRule.WAGE;
        double wage = ledger.wageRate();
        double townReturn = Effort.privateReturn(rule, n, commonShare, 1 - wage);
        double potentialSum = 0;
        double supply = 0;

        // 1-2. Effort, output, monitoring and sanctions.
        w.clearWeek();
        double total = 0;
        double hoursWorked = 0;
        int checks = 0;
        int sanctions = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            fine[k] = 0;
            if (c.owner(id)) {
                c.setEffort(id, 0);
                c.setOutput(id, 0);
                continue;
            }
            int away = c.excludedWeeks(id);
            if (away > 0) {
                c.setExcludedWeeks(id, away - 1);
                c.setEffort(id, 0);
                c.setOutput(id, 0);
                fine[k] = EXCLUDED;
                continue;
            }
            int offences = c.offences(id);
            if (offences > 0 && forgive > 0 && random.nextDouble() < forgive) {
                offences--;
            }
            double potential = c.ability(id) * hours * perHour * w.factor[j];
            double r = regime.poolsTown() || rule == DistributionRule.WAGE ? townReturn
                    : Effort.privateReturn(rule, m.coopMembers(j), 0, 0);
            double selfish = Effort.selfish(r, kappa, norm, potential, p,
                    Sanctions.lossIfCaught(offences + 1, potential, c.income(id), sc));
            double effort = switch (c.strategy(id)) {
                case FREE_RIDER -> selfish;
                case CONDITIONAL -> Effort.conditional(selfish, alpha, w.lastEffort[j]);
                case COOPERATOR -> 1;
            };
            if (market) {
                potentialSum += potential;
                supply += LabourMarket.supplied(wage, potential, c.need(id));
            }
            double y = effort * potential;
            c.setEffort(id, effort);
            c.setOutput(id, y);
            total += y;
            hoursWorked += hours;
            w.effortSum[j] += effort;
            w.workers[j]++;
            if (p > 0 && random.nextDouble() < p) {
                checks++;
                if (effort < norm - 1e-9) {
                    offences++;
                    sanctions++;
                    c.loseEsteem(id, sc.esteemLoss());
                    switch (Sanctions.kind(offences, sc)) {
                        case EXCLUSION -> {
                            c.setExcludedWeeks(id, sc.exclusionWeeks());
                            // A repeat offender stays one step from exclusion until forgiven.
                            offences = sc.exclusionAfter() - 1;
                            fine[k] = EXCLUDED;
                        }
                        case FINE -> fine[k] = Sanctions.fine(offences, effort, potential, sc);
                        case WARNING -> { }
                    }
                }
            }
            c.setOffences(id, offences);
        }
        w.rollEffort();

        // 3. Harvest within the cap (on the town's own capacity, its part of a shared one) and what stands,
        // monitoring costs, regrowth (a shared commons regrows in closeWeek).
        double harvest = e.resourceIntensity() * total;
        double limit = Math.min(Commons.cap(capPolicy, e.commonsGrowth(), capacity), stock);
        double produced = total;
        if (harvest > limit) {
            produced = total * limit / harvest;
            harvest = limit;
        }
        double net = Math.max(0, produced - checks * sc.monitoringCost());
        double factor = total > 0 ? net / total : 0;
        ledger.setHarvest(harvest);
        if (pool == null) {
            ledger.setCommons(Commons.step(stock, harvest, e.commonsGrowth(), capacity));
        } else {
            pool.take(harvest);
        }

        // 4. Distribution.
        if (regime.poolsTown()) {
            shareTown(m, c, ledger, rule, net, factor, commonShare, needLevel, e.stockDecay());
        } else if (rule == DistributionRule.WAGE) {
            payWages(m, c, factor, wage);
            ledger.setWageRate(LabourMarket.adjust(wage, LabourMarket.demanded(wage, potentialSum, e.profitShare()),
                    supply, e.wageAdjustment()));
        } else {
            shareCoops(m, c, w, rule, factor);
        }

        // 5. Consumption and saving.
        double rate = e.consumptionRate();
        int shortfalls = 0;
        double needSum = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double before = c.wealth(id);
            double available = before + received[k];
            double need = c.need(id);
            double consumed = Math.min(available, need + rate * before);
            c.setWealth(id, available - consumed);
            c.setConsumption(id, consumed);
            c.setIncome(id, received[k]);
            if (c.inShortfall(id)) {
                shortfalls++;
            }
            needSum += need;
            payoff[k] = received[k] - kappa * c.output(id);
        }

        // 6. Exchange in the market regimes.
        if (regime.has(Regime.Trait.TRADES_PRIVATELY) && e.exchangeRate() > 0 && n > 1) {
            exchange(m, c, e.exchangeRate(), random);
        }

        // 7. Imitation of better-off neighbours' types.
        if (e.imitationRate() > 0 && n > 1) {
            imitate(m, c, e.imitationRate(), needSum / n, random);
        }

        // 8. Accounts, crisis and collapse.
        ledger.setSanctions(sanctions);
        ledger.setHoursWorked(hoursWorked);
        ledger.recordCrisis((double) shortfalls / n > e.crisisThreshold(), e.collapseWeeks(), (int) week);
    }

    /**
     * Town pool (municipalized, state socialist): output first covers each entitled citizen's level
     * {@code L * need}, the common stock (after spoilage) making up any gap, pro rata when even the stock
     * cannot; of what output exceeds the levels, the common share {@code s} is saved in the stock and the
     * rest divided by the rule. Excluded citizens get nothing; fines are forfeited.
     */
    private void shareTown(Municipality m, Citizens c, Ledger ledger, DistributionRule rule, double net,
                           double factor, double commonShare, double needLevel, double decay) {
        int n = m.population();
        double stock = ledger.commonStock() * (1 - decay);
        double needs = 0;
        double weights = 0;
        int entitled = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.output(id) * factor;
            c.setOutput(id, y);
            if (fine[k] >= 0) {
                needs += c.need(id);
                weights += weight(rule, c.need(id), y);
                entitled++;
            }
        }
        double levels = needLevel * needs;
        double cover;
        double rest;
        if (net >= levels) {
            cover = 1;
            stock += commonShare * (net - levels);
            rest = (1 - commonShare) * (net - levels);
        } else {
            double draw = Math.min(stock, levels - net);
            stock -= draw;
            cover = (net + draw) / levels;
            rest = 0;
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (fine[k] < 0) {
                received[k] = 0;
                continue;
            }
            double share = weights > 0 ? weight(rule, c.need(id), c.output(id)) / weights : 1.0 / entitled;
            received[k] = Math.max(0, cover * needLevel * c.need(id) + rest * share - fine[k]);
        }
        ledger.setCommonStock(stock);
    }

    /** Co-op pools (syndicalist, communitarian): each co-op divides its own output among its entitled members. */
    private void shareCoops(Municipality m, Citizens c, Workplaces w, DistributionRule rule, double factor) {
        int n = m.population();
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            double y = c.output(id) * factor;
            c.setOutput(id, y);
            w.poolOutput[j] += y;
            if (fine[k] >= 0) {
                w.poolWeight[j] += weight(rule, c.need(id), y);
                w.poolEntitled[j]++;
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            if (fine[k] < 0) {
                received[k] = 0;
                continue;
            }
            double share = w.poolWeight[j] > 0 ? weight(rule, c.need(id), c.output(id)) / w.poolWeight[j]
                    : 1.0 / w.poolEntitled[j];
            received[k] = Math.max(0, w.poolOutput[j] * share - fine[k]);
        }
    }

    /**
     * Capitalist: each entitled worker is paid the week's wage rate {@code w} ({@link LabourMarket}) per good
     * of their own output; the owners take the rest, output minus wages, in proportion to their wealth (their
     * capital), so their wealth compounds. With no owners the profit is shared equally among the entitled
     * workers.
     */
    private void payWages(Municipality m, Citizens c, double factor, double wageRate) {
        int n = m.population();
        double profit = 0;
        double capital = 0;
        int owners = 0;
        int workers = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double y = c.output(id) * factor;
            c.setOutput(id, y);
            if (c.owner(id)) {
                capital += Math.max(0, c.wealth(id));
                owners++;
                received[k] = 0;
            } else if (fine[k] < 0) {
                profit += y;
                received[k] = 0;
            } else {
                double wage = wageRate * y;
                profit += y - wage;
                received[k] = Math.max(0, wage - fine[k]);
                workers++;
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (owners > 0 && c.owner(id)) {
                received[k] = capital > 0 ? profit * Math.max(0, c.wealth(id)) / capital : profit / owners;
            } else if (owners == 0 && workers > 0 && fine[k] >= 0) {
                received[k] += profit / workers;
            }
        }
    }

    private static double weight(DistributionRule rule, double need, double output) {
        return switch (rule) {
            case NEED -> need;
            case EQUAL, WAGE -> 1;
            case CONTRIBUTION -> output;
        };
    }

    /**
     * Yard-sale exchange (Chakraborti 2002; Boghosian 2014): each citizen meets a random neighbour and a
     * fair coin moves {@code f * min(w_i, w_j)} from one to the other.
     */
    private static void exchange(Municipality m, Citizens c, double stake, MersenneTwisterFast random) {
        int n = m.population();
        for (int k = 0; k < n; k++) {
            int i = m.member(k);
            int other = random.nextInt(n - 1);
            int j = m.member(other >= k ? other + 1 : other);
            double amount = stake * Math.min(c.wealth(i), c.wealth(j));
            if (random.nextBoolean()) {
                amount = -amount;
            }
            c.setWealth(i, c.wealth(i) + amount);
            c.setWealth(j, c.wealth(j) - amount);
        }
    }

    /**
     * Proportional imitation (Schlag 1998): with probability {@code rate} a worker looks at a random
     * working neighbour; if the neighbour's payoff (income minus effort cost) is higher, the worker
     * adopts the neighbour's type with probability {@code min(1, difference / mean need)}. All
     * comparisons use the week's payoffs before any switch (synchronous update).
     */
    private void imitate(Municipality m, Citizens c, double rate, double scale, MersenneTwisterFast random) {
        int n = m.population();
        for (int k = 0; k < n; k++) {
            next[k] = (byte) c.strategy(m.member(k)).ordinal();
        }
        for (int k = 0; k < n; k++) {
            if (c.owner(m.member(k)) || random.nextDouble() >= rate) {
                continue;
            }
            int other = random.nextInt(n - 1);
            int j = other >= k ? other + 1 : other;
            int model = m.member(j);
            double gain = payoff[j] - payoff[k];
            if (!c.owner(model) && gain > 0 && random.nextDouble() * scale < gain) {
                next[k] = (byte) c.strategy(model).ordinal();
            }
        }
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            if (next[k] != c.strategy(id).ordinal()) {
                setStrategy(c, id, Strategy.of(next[k]));
            }
        }
    }

    private void ensure(int n) {
        if (fine.length < n) {
            fine = new double[n];
            received = new double[n];
            payoff = new double[n];
            next = new byte[n];
        }
    }
}
