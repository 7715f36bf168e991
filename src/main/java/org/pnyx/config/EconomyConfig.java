package org.pnyx.config;

/**
 * The economy of one municipality: its ownership regime and distribution rule, production and
 * working time, the behavioural types of effort, co-ops, the market regimes' settings, the common
 * stock, the renewable commons, crisis and collapse, and the bylaws' monitoring and sanctions.
 * Units, defaults and sources: {@link Parameters}, keys {@code economy.*} and {@code bylaws.*}.
 *
 * @param regime             ownership regime
 * @param distribution       distribution rule (the regime's own unless the scenario chose another it permits)
 * @param productivity       goods an hour of full effort yields at ability 1, before automation, above 0
 * @param workHours          standard working week in hours, in [1, 80]
 * @param automation         automation level in [0, 1]
 * @param automationGain     productivity gain at full automation (productivity times {@code 1 + gain * automation})
 * @param effortCost         disutility of effort, goods per good of potential output forgone, in (0, 1]
 * @param matchFraction      share of the co-op's last mean effort a conditional cooperator matches, in [0, 1]
 * @param initialEffort      first-week effort of conditional cooperators and free riders, in [0, 1]
 * @param conditionalShare   share of conditional cooperators at the start
 * @param freeRiderShare     share of free riders at the start (the rest are unconditional cooperators)
 * @param imitationRate      weekly probability a citizen compares payoffs with a random neighbour, in [0, 1]
 * @param coopSize           workers per co-op, at least 1
 * @param coopProductivity   distribution of each co-op's productivity factor (its land and machines)
 * @param profitShare        capitalist owners' required margin: the wage rate starts at {@code 1 - profitShare}
 *                           and owners demand all labour on offer when the margin equals it, in [0, 1]
 * @param wageAdjustment     speed of the capitalist labour market's wage adjustment, per week, in [0, 1]
 * @param ownerShare         share of citizens who own the capitalist workplaces, in [0, 1)
 * @param exchangeRate       yard-sale stake in the market regimes, share of the poorer's wealth, in [0, 1]
 * @param consumptionRate    share of private wealth consumed each week on top of need, in [0, 1]
 * @param initialStock       common stock at the start, in weeks of the town's total need
 * @param stockDecay         share of the common stock that spoils each week, in [0, 1]
 * @param commonsCapacity    carrying capacity of the renewable commons per citizen (resource units)
 * @param commonsGrowth      intrinsic weekly regrowth rate r of the commons, in [0, 1]
 * @param resourceIntensity  resource units harvested per good produced, at least 0
 * @param resourceDependence weight d of the commons stock in labour productivity, in [0, 1]
 * @param commonsInitial     initial commons stock as a share of capacity, in [0, 1]
 * @param crisisThreshold    share of citizens in shortfall above which a week is a crisis, in [0, 1]
 * @param collapseWeeks      consecutive crisis weeks recorded as collapse, at least 1
 * @param sanctions          monitoring and graduated sanctions of the bylaws
 */
public record EconomyConfig(Regime regime, DistributionRule distribution, double productivity, double workHours,
                            double automation, double automationGain, double effortCost, double matchFraction,
                            double initialEffort, double conditionalShare, double freeRiderShare,
                            double imitationRate, int coopSize, Distribution coopProductivity, double profitShare,
                            double wageAdjustment, double ownerShare, double exchangeRate, double consumptionRate, double initialStock,
                            double stockDecay, double commonsCapacity, double commonsGrowth,
                            double resourceIntensity, double resourceDependence, double commonsInitial,
                            double crisisThreshold, int collapseWeeks, SanctionConfig sanctions) {

    public EconomyConfig {
        BylawConfig.check(regime != null, "regime", "one of " + Regime.names(), regime);
        BylawConfig.check(distribution != null && regime.permits(distribution), "distribution",
                "one the " + regime.key() + " regime permits (its own: " + regime.ownRule().key() + ")",
                distribution == null ? null : distribution.key());
        BylawConfig.check(productivity > 0, "productivity", "above 0", productivity);
        BylawConfig.check(workHours >= 1 && workHours <= 80, "workHours", "in [1, 80]", workHours);
        BylawConfig.check(automation >= 0 && automation <= 1, "automation", "in [0, 1]", automation);
        BylawConfig.check(automationGain >= 0, "automationGain", "at least 0", automationGain);
        BylawConfig.check(effortCost > 0 && effortCost <= 1, "effortCost", "in (0, 1]", effortCost);
        BylawConfig.check(matchFraction >= 0 && matchFraction <= 1, "matchFraction", "in [0, 1]", matchFraction);
        BylawConfig.check(initialEffort >= 0 && initialEffort <= 1, "initialEffort", "in [0, 1]", initialEffort);
        BylawConfig.check(conditionalShare >= 0 && freeRiderShare >= 0 && conditionalShare + freeRiderShare <= 1 + 1e-9,
                "conditionalShare + freeRiderShare", "in [0, 1]", conditionalShare + freeRiderShare);
        BylawConfig.check(imitationRate >= 0 && imitationRate <= 1, "imitationRate", "in [0, 1]", imitationRate);
        BylawConfig.check(coopSize >= 1, "coopSize", "at least 1", coopSize);
        BylawConfig.check(coopProductivity.min() >= 0, "coopProductivity.min", "at least 0", coopProductivity.min());
        BylawConfig.check(profitShare >= 0 && profitShare <= 1, "profitShare", "in [0, 1]", profitShare);
        BylawConfig.check(wageAdjustment >= 0 && wageAdjustment <= 1, "wageAdjustment", "in [0, 1]",
                wageAdjustment);
        BylawConfig.check(ownerShare >= 0 && ownerShare < 1, "ownerShare", "in [0, 1)", ownerShare);
        BylawConfig.check(exchangeRate >= 0 && exchangeRate <= 1, "exchangeRate", "in [0, 1]", exchangeRate);
        BylawConfig.check(consumptionRate >= 0 && consumptionRate <= 1, "consumptionRate", "in [0, 1]",
                consumptionRate);
        BylawConfig.check(initialStock >= 0, "initialStock", "at least 0", initialStock);
        BylawConfig.check(stockDecay >= 0 && stockDecay <= 1, "stockDecay", "in [0, 1]", stockDecay);
        BylawConfig.check(commonsCapacity > 0, "commonsCapacity", "above 0", commonsCapacity);
        BylawConfig.check(commonsGrowth >= 0 && commonsGrowth <= 1, "commonsGrowth", "in [0, 1]", commonsGrowth);
        BylawConfig.check(resourceIntensity >= 0, "resourceIntensity", "at least 0", resourceIntensity);
        BylawConfig.check(resourceDependence >= 0 && resourceDependence <= 1, "resourceDependence", "in [0, 1]",
                resourceDependence);
        BylawConfig.check(commonsInitial >= 0 && commonsInitial <= 1, "commonsInitial", "in [0, 1]", commonsInitial);
        BylawConfig.check(crisisThreshold >= 0 && crisisThreshold <= 1, "crisisThreshold", "in [0, 1]",
                crisisThreshold);
        BylawConfig.check(collapseWeeks >= 1, "collapseWeeks", "at least 1", collapseWeeks);
        BylawConfig.check(sanctions != null, "sanctions", "given", sanctions);
    }

    /** Reads the {@code economy.*} keys and the sanction keys among {@code bylaws.*}. */
    public static EconomyConfig from(ParameterValues v) {
        Regime regime = Regime.of(v.s("economy.regime"));
        String rule = v.s("economy.distribution");
        DistributionRule distribution = rule.equals("regime") ? regime.ownRule() : DistributionRule.of(rule);
        return new EconomyConfig(regime, distribution, v.d("economy.productivity"), v.d("economy.workHours"),
                v.d("economy.automation"), v.d("economy.automationGain"), v.d("economy.effortCost"),
                v.d("economy.matchFraction"), v.d("economy.initialEffort"), v.d("economy.conditionalShare"),
                v.d("economy.freeRiderShare"), v.d("economy.imitationRate"), v.i("economy.coopSize"),
                v.distribution("economy.coopProductivity"), v.d("economy.profitShare"),
                v.d("economy.wageAdjustment"), v.d("economy.ownerShare"),
                v.d("economy.exchangeRate"), v.d("economy.consumptionRate"), v.d("economy.initialStock"),
                v.d("economy.stockDecay"), v.d("economy.commonsCapacity"), v.d("economy.commonsGrowth"),
                v.d("economy.resourceIntensity"), v.d("economy.resourceDependence"), v.d("economy.commonsInitial"),
                v.d("economy.crisisThreshold"), v.i("economy.collapseWeeks"), SanctionConfig.from(v));
    }

    /** Share of unconditional cooperators at the start. */
    public double cooperatorShare() {
        return Math.max(0, 1 - conditionalShare - freeRiderShare);
    }

    /** Productivity multiplier of automation, {@code 1 + automationGain * automation}. */
    public double automationFactor() {
        return 1 + automationGain * automation;
    }

    /** Hours a worker works a week: the standard week, shortened by automation where the regime frees time. */
    public double hours() {
        return regime.freesTime() ? workHours / automationFactor() : workHours;
    }

    /** The same settings under another regime, with that regime's own distribution rule. */
    public EconomyConfig withRegime(Regime other) {
        return new EconomyConfig(other, other.ownRule(), productivity, workHours, automation, automationGain,
                effortCost, matchFraction, initialEffort, conditionalShare, freeRiderShare, imitationRate, coopSize,
                coopProductivity, profitShare, wageAdjustment, ownerShare, exchangeRate, consumptionRate, initialStock, stockDecay,
                commonsCapacity, commonsGrowth, resourceIntensity, resourceDependence, commonsInitial,
                crisisThreshold, collapseWeeks, sanctions);
    }
}
