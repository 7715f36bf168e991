package org.pnyx.config;

import java.util.List;

/**
 * The economy of one municipality: its ownership regime and distribution rule, production and
 * working time, the behavioural types of effort, co-ops, the market regimes' settings, the common
 * stock, the renewable commons, crisis and collapse, and the bylaws' monitoring and sanctions.
 * Each setting is declared once below (key, label, default, range, unit, meaning, source); the
 * compact constructor checks the fields against those declarations.
 *
 * @param regime             ownership regime
 * @param distribution       distribution rule (the regime's own unless the scenario chose another it permits)
 * @param productivity       goods an hour of full effort yields at ability 1, before automation
 * @param workHours          standard working week in hours
 * @param automation         automation level
 * @param automationGain     productivity gain at full automation (productivity times {@code 1 + gain * automation})
 * @param effortCost         disutility of effort, goods per good of potential output forgone
 * @param matchFraction      initial trust: share of the co-op's last mean effort a conditional cooperator matches
 * @param conditionalShare   share of conditional cooperators at the start
 * @param freeRiderShare     share of free riders at the start
 * @param humpShare          share of hump-shaped contributors at the start (the rest are unconditional cooperators)
 * @param dutyWeight         effort a citizen owes by their own lights per unit of solidarity (the moral channel)
 * @param moralTypes         whether effort types follow solidarity in absolute terms and move with it
 * @param trustRate          share of the gap to the reciprocity experienced that trust closes each week
 * @param inclination        whether workers act on their own inclination in a town's first week
 * @param imitationRate      weekly probability a citizen compares payoffs with a random neighbour
 * @param coopSize           workers per co-op
 * @param coopProductivity   distribution of each co-op's productivity factor (its land and machines)
 * @param profitShare        capitalist owners' required margin: the wage rate starts at {@code 1 - profitShare}
 *                           and owners demand all labour on offer when the margin equals it
 * @param wageAdjustment     speed of the capitalist labour market's wage adjustment, per week
 * @param ownerShare         share of citizens who own the capitalist workplaces
 * @param exchange           how citizens trade privately where the regime lets them
 * @param exchangeRate       yard-sale stake in the market regimes, share of the poorer's wealth
 * @param consumption        whether citizens consume from the economy (false: need is met outside it)
 * @param consumptionRate    share of private wealth consumed each week on top of need
 * @param initialStock       common stock at the start, in weeks of the town's total need
 * @param stockDecay         share of the common stock that spoils each week
 * @param commonsCapacity    carrying capacity of the renewable commons per citizen (resource units)
 * @param commonsGrowth      intrinsic weekly regrowth rate r of the commons
 * @param resourceIntensity  resource units harvested per good produced
 * @param resourceDependence weight d of the commons stock in labour productivity
 * @param commonsInitial     initial commons stock as a share of capacity
 * @param crisisThreshold    share of citizens in shortfall above which a week is a crisis
 * @param collapseWeeks      consecutive crisis weeks recorded as collapse
 * @param sanctions          monitoring and graduated sanctions of the bylaws
 */
public record EconomyConfig(Regime regime, DistributionRule distribution, double productivity, double workHours,
                            double automation, double automationGain, double effortCost, double matchFraction,
                            double conditionalShare, double freeRiderShare, double humpShare,
                            double dutyWeight, boolean moralTypes, double trustRate, boolean inclination, double imitationRate, int coopSize, Distribution coopProductivity, double profitShare,
                            double wageAdjustment, double ownerShare, ExchangeRule exchange, double exchangeRate,
                            boolean consumption, double consumptionRate, double initialStock,
                            double stockDecay, double commonsCapacity, double commonsGrowth,
                            double resourceIntensity, double resourceDependence, double commonsInitial,
                            double crisisThreshold, int collapseWeeks, SanctionConfig sanctions) {

    static final Section ECONOMY = new Section("economy", true);

    public static final Param.Choice REGIME = ECONOMY.choice("regime", "Regime", "municipalized", Regime.names())
            .means("Ownership regime of every municipality (a municipality of an explicit list may override it): "
            + "municipalized, syndicalist, communitarian, capitalist or state_socialist (Biehl 1998).");
    public static final Param.Choice DISTRIBUTION = ECONOMY.choice("distribution", "Distribution rule", "regime",
            List.of("regime", "need", "equal", "contribution", "wage"))
            .means("Distribution rule; 'regime' uses the regime's own (need, contribution, equal, wage, need); "
            + "wage only under capitalism, which permits nothing else.");
    public static final Param.Dbl PRODUCTIVITY = ECONOMY.number("productivity", "Productivity", 0.075).in(0, 100)
            .unit("goods/hour").source("Pnyx calibration")
            .means("Goods an hour of full effort yields at ability 1, co-op factor 1 and a full commons, before automation.");
    public static final Param.Dbl WORK_HOURS = ECONOMY.number("workHours", "Working week", 40).in(1, 80)
            .unit("hours/week").means("Standard working week; free time (citizens.freeTime) is counted on top of it.");
    public static final Param.Dbl AUTOMATION = ECONOMY.number("automation", "Automation", 0).in(0, 1).unit("level 0-1")
            .source("Bookchin, post-scarcity (Biehl 1998)")
            .means("Automation level: productivity is multiplied by 1 + automationGain * automation.");
    public static final Param.Dbl AUTOMATION_GAIN = ECONOMY.number("automationGain", "Automation gain", 1.0).in(0, 100)
            .unit("times").source("Bookchin, post-scarcity (Biehl 1998)")
            .means("Productivity gain at full automation; where the regime frees time, hours shrink by the same factor.");
    public static final Param.Dbl EFFORT_COST = ECONOMY.number("effortCost", "Effort cost", 0.2).above(0, 1)
            .unit("goods per good of potential").source("Pnyx calibration; linear public-goods payoff (Ledyard 1995)")
            .means("Disutility of effort: the value a worker puts on the output their effort would forgo (payoff cost kappa).");
    public static final Param.Dbl MATCH_FRACTION = ECONOMY.number("matchFraction", "Match fraction", 0.8).in(0, 1)
            .unit("share").source("Fischbacher, Gaechter & Fehr (2001); Fischbacher & Gaechter (2010)")
            .means("Initial trust: a conditional cooperator first gives this share of what they expect of their co-op"
            + " (imperfect matching); trust then moves with the reciprocity they meet (trustRate).");
    public static final Param.Dbl CONDITIONAL_SHARE = ECONOMY.number("conditionalShare", "Conditional cooperators", 0.5)
            .in(0, 1).unit("share of citizens").source("Fischbacher, Gaechter & Fehr (2001): 50%").fixed()
            .means("Share of conditional cooperators among citizens of reference solidarity (economy.moralTypes): the"
            + " band of solidarity above the free riders and the hump-shaped contributors.");
    public static final Param.Dbl FREE_RIDER_SHARE = ECONOMY.number("freeRiderShare", "Free riders", 0.3).in(0, 1)
            .unit("share of citizens").source("Fischbacher, Gaechter & Fehr (2001): 30%").fixed()
            .means("Share of free riders among citizens of reference solidarity (economy.moralTypes): the band of least"
            + " solidarity; a more solidary town has fewer.");
    public static final Param.Dbl HUMP_SHARE = ECONOMY.number("humpShare", "Hump-shaped contributors", 0.14).in(0, 1)
            .unit("share of citizens").source("Fischbacher, Gaechter & Fehr (2001): 14%").fixed()
            .means("Share of hump-shaped contributors (they match what others give up to half, and give less above"
            + " it) among citizens of reference solidarity, in the band between the free riders and the conditional"
            + " cooperators; above it, whatever share is left, are unconditional cooperators.");
    public static final Param.Dbl DUTY_WEIGHT = ECONOMY.number("dutyWeight", "Duty weight", 0.2).in(0, 1)
            .unit("share of potential per unit of solidarity")
            .source("Andreoni (1990) warm glow; Biehl (1998): citizens owe duties to their community; Pnyx calibration")
            .means("The moral channel: every worker gives at least dutyWeight x solidarity of their potential, the"
            + " effort they owe by their own lights; 0 knocks the channel out.");
    public static final Param.Bool MORAL_TYPES = ECONOMY.flag("moralTypes", "Types follow solidarity", true)
            .source("Fischbacher, Gaechter & Fehr (2001) shares; Biehl (1998), The Formation of Citizenship; Pnyx design")
            .fixed()
            .means("Whether effort types follow solidarity in absolute terms: the type shares are the mix among citizens"
            + " of the default solidarity distribution, whose quantiles at the cumulative shares divide free riders,"
            + " hump-shaped, conditional and unconditional cooperators; a more solidary town has fewer free riders,"
            + " and a citizen whose solidarity crosses a threshold changes type. False: in each town the shares hold"
            + " by rank of solidarity at set-up, and types change only by imitation.");
    public static final Param.Dbl TRUST_RATE = ECONOMY.number("trustRate", "Trust rate", 0.2).in(0, 1)
            .unit("share per week").source("Biehl (1998): trust grows as citizens prove worthy of it; Pnyx design")
            .means("Share of the gap closed each week between a worker's trust and the reciprocity they met (their"
            + " co-op's last mean effort over their own, at most 1); trust is the share a conditional cooperator"
            + " matches. It starts at matchFraction; 0 keeps it there.");
    public static final Param.Bool INCLINATION = ECONOMY.flag("inclination", "First-week inclination", true)
            .source("Ross, Greene & House (1977) false consensus; Andreoni (1988, 1995) learning").fixed()
            .means("Whether in a town's first week, before anyone has seen others work, workers act on their own"
            + " inclination (their solidarity): conditional and hump-shaped ones expect others to give what they"
            + " would, and free riders, who have not yet learned that giving does not pay, give it; false: they"
            + " expect nothing of others and free riders give only their duty.");
    public static final Param.Dbl IMITATION_RATE = ECONOMY.number("imitationRate", "Imitation rate", 0.02).in(0, 1)
            .unit("probability/week").source("Schlag (1998) proportional imitation")
            .means("Weekly chance a citizen compares payoffs with a random neighbour and may copy a better-off one's type.");
    public static final Param.Int COOP_SIZE = ECONOMY.whole("coopSize", "Co-op size", 20).in(1, 1_000_000)
            .unit("workers").fixed().means("Workers per co-op (workplace).");
    public static final Param.Dist COOP_PRODUCTIVITY = ECONOMY.distribution("coopProductivity", "Co-op productivity",
            "lognormal", 1.0, 0.25, 0.05, 20, "factor, mean 1",
            "Productivity factor of each co-op (its land and machines), drawn once.", "Pnyx design");
    public static final Param.Dbl PROFIT_SHARE = ECONOMY.number("profitShare", "Profit share", 0.3).in(0, 1)
            .unit("share of output").source("Pnyx calibration")
            .means("Capitalist regime: owners' required margin mu. The wage rate starts at 1 - mu; owners' labour demand"
            + " is (1 - wage rate) / mu of the labour on offer, so with labour supply saturated the market"
            + " clears at wage rate 1 - mu.");
    public static final Param.Dbl WAGE_ADJUSTMENT = ECONOMY.number("wageAdjustment", "Wage adjustment speed", 0.1).in(0,
            1).unit("per week").source("Walras (1874) tatonnement; Samuelson (1941); Arrow & Hurwicz (1958)")
            .means("Capitalist regime: speed lambda of the town's labour market, w <- w + lambda (D - S) / S, w in [0, 1]"
            + " (goods of wage per good of output); 0 keeps the wage rate at 1 - profitShare.");
    public static final Param.Dbl OWNER_SHARE = ECONOMY.number("ownerShare", "Owners", 0.1).in(0, 0.99)
            .unit("share of citizens").fixed()
            .means("Capitalist regime: the initially richest share of each town owns its workplaces and does not work.");
    public static final Param.Choice EXCHANGE = ECONOMY.choice("exchange", "Exchange", "yard_sale",
            ExchangeRule.names()).source("Chakraborti (2002); Boghosian (2014); Dragulescu & Yakovenko (2000)")
            .means("Market regimes (syndicalist, capitalist): how a citizen trades each week with a random neighbour:"
            + " yard_sale (a fair coin moves exchangeRate times the poorer's wealth), random_split (the pair pools"
            + " its wealth and splits it by a uniform random fraction) or none.");
    public static final Param.Dbl EXCHANGE_RATE = ECONOMY.number("exchangeRate", "Exchange stake", 0.05).in(0, 1)
            .unit("share of the poorer's wealth").source("Chakraborti (2002); Boghosian (2014) yard-sale model")
            .means("Market regimes (syndicalist, capitalist): stake of a weekly fair-coin exchange with a random neighbour.");
    public static final Param.Bool CONSUMPTION = ECONOMY.flag("consumption", "Consumption", true)
            .means("Whether citizens consume from the economy; false knocks consumption out: need is met outside the"
            + " modelled economy and income is saved whole (as in the exchange models, Dragulescu & Yakovenko 2000).");
    public static final Param.Dbl CONSUMPTION_RATE = ECONOMY.number("consumptionRate", "Consumption rate", 0.02).in(0,
            1).unit("share of wealth per week").means("Share of private wealth consumed each week on top of need.");
    public static final Param.Dbl INITIAL_STOCK = ECONOMY.number("initialStock", "Initial common stock", 4).in(0, 1000)
            .unit("weeks of need").fixed()
            .means("Common stock at the start in the pooling regimes, in weeks of the town's total need.");
    public static final Param.Dbl STOCK_DECAY = ECONOMY.number("stockDecay", "Stock decay", 0.005).in(0, 1)
            .unit("share per week").means("Share of the common stock that spoils each week.");
    public static final Param.Dbl COMMONS_CAPACITY = ECONOMY.number("commonsCapacity", "Commons capacity", 100).above(0,
            1e9).unit("resource units per citizen").fixed()
            .means("Carrying capacity K of the town's renewable commons, per citizen.");
    public static final Param.Dbl COMMONS_GROWTH = ECONOMY.number("commonsGrowth", "Commons regrowth rate", 0.02).in(0,
            1).unit("per week").source("Verhulst; Schaefer (1954)")
            .means("Intrinsic regrowth rate r of the commons: logistic growth r S (1 - S/K).");
    public static final Param.Dbl RESOURCE_INTENSITY = ECONOMY.number("resourceIntensity", "Resource intensity", 0.1)
            .in(0, 1000).unit("resource units per good").source("Pnyx calibration")
            .means("Commons harvested per good produced.");
    public static final Param.Dbl RESOURCE_DEPENDENCE = ECONOMY.number("resourceDependence", "Resource dependence", 0.5)
            .in(0, 1).unit("weight 0-1").source("Gordon (1954); Schaefer (1954)")
            .means("Labour productivity is multiplied by 1 - d + d S/K (d = 1: Gordon-Schaefer harvest qES).");
    public static final Param.Dbl COMMONS_INITIAL = ECONOMY.number("commonsInitial", "Initial commons stock", 1).in(0,
            1).unit("share of capacity").fixed().means("Initial commons stock S/K.");
    public static final Param.Choice COMMONS_SCOPE = ECONOMY.choice("commonsScope", "Commons scope", "municipality",
            CommonsScope.names()).source("Ostrom (1990)").fixed()
            .means("Who draws on one commons: each municipality its own, or all towns of a region one shared stock "
            + "(capacity the sum of theirs; region as the confederation assigns it).");
    public static final Param.Dbl CRISIS_THRESHOLD = ECONOMY.number("crisisThreshold", "Crisis threshold", 0.2).in(0, 1)
            .unit("share of citizens").fixed()
            .means("A week is a crisis when more than this share of citizens consume less than their need.");
    public static final Param.Int COLLAPSE_WEEKS = ECONOMY.whole("collapseWeeks", "Weeks to collapse", 26).in(1,
            10_000_000).unit("weeks").fixed()
            .means("Consecutive crisis weeks after which the municipality is recorded as collapsed (for good).");

    public EconomyConfig {
        BylawConfig.check(regime != null, "regime", "one of " + Regime.names(), regime);
        BylawConfig.check(distribution != null && regime.permits(distribution), "distribution",
                "one the " + regime.key() + " regime permits (its own: " + regime.ownRule().key() + ")",
                distribution == null ? null : distribution.key());
        PRODUCTIVITY.check(productivity);
        WORK_HOURS.check(workHours);
        AUTOMATION.check(automation);
        AUTOMATION_GAIN.check(automationGain);
        EFFORT_COST.check(effortCost);
        MATCH_FRACTION.check(matchFraction);
        CONDITIONAL_SHARE.check(conditionalShare);
        FREE_RIDER_SHARE.check(freeRiderShare);
        HUMP_SHARE.check(humpShare);
        BylawConfig.check(conditionalShare + freeRiderShare + humpShare <= 1 + 1e-9,
                "conditionalShare + freeRiderShare + humpShare", "in [0, 1]",
                conditionalShare + freeRiderShare + humpShare);
        DUTY_WEIGHT.check(dutyWeight);
        TRUST_RATE.check(trustRate);
        IMITATION_RATE.check(imitationRate);
        COOP_SIZE.check(coopSize);
        PROFIT_SHARE.check(profitShare);
        WAGE_ADJUSTMENT.check(wageAdjustment);
        OWNER_SHARE.check(ownerShare);
        BylawConfig.check(exchange != null, "exchange", "one of " + ExchangeRule.names(), exchange);
        EXCHANGE_RATE.check(exchangeRate);
        CONSUMPTION_RATE.check(consumptionRate);
        INITIAL_STOCK.check(initialStock);
        STOCK_DECAY.check(stockDecay);
        COMMONS_CAPACITY.check(commonsCapacity);
        COMMONS_GROWTH.check(commonsGrowth);
        RESOURCE_INTENSITY.check(resourceIntensity);
        RESOURCE_DEPENDENCE.check(resourceDependence);
        COMMONS_INITIAL.check(commonsInitial);
        CRISIS_THRESHOLD.check(crisisThreshold);
        COLLAPSE_WEEKS.check(collapseWeeks);
        BylawConfig.check(sanctions != null, "sanctions", "given", sanctions);
    }

    /** Reads the {@code economy.*} keys and the sanction keys among {@code bylaws.*}. */
    public static EconomyConfig from(ParameterValues v) {
        Regime regime = Regime.of(v.get(REGIME));
        String rule = v.get(DISTRIBUTION);
        DistributionRule distribution = rule.equals("regime") ? regime.ownRule() : DistributionRule.of(rule);
        return new EconomyConfig(regime, distribution, v.get(PRODUCTIVITY), v.get(WORK_HOURS), v.get(AUTOMATION),
                v.get(AUTOMATION_GAIN), v.get(EFFORT_COST), v.get(MATCH_FRACTION),
                v.get(CONDITIONAL_SHARE), v.get(FREE_RIDER_SHARE), v.get(HUMP_SHARE), v.get(DUTY_WEIGHT),
                v.get(MORAL_TYPES), v.get(TRUST_RATE), v.get(INCLINATION), v.get(IMITATION_RATE), v.get(COOP_SIZE),
                v.get(COOP_PRODUCTIVITY), v.get(PROFIT_SHARE), v.get(WAGE_ADJUSTMENT), v.get(OWNER_SHARE),
                ExchangeRule.of(v.get(EXCHANGE)), v.get(EXCHANGE_RATE), v.get(CONSUMPTION), v.get(CONSUMPTION_RATE),
                v.get(INITIAL_STOCK), v.get(STOCK_DECAY),
                v.get(COMMONS_CAPACITY), v.get(COMMONS_GROWTH), v.get(RESOURCE_INTENSITY), v.get(RESOURCE_DEPENDENCE),
                v.get(COMMONS_INITIAL), v.get(CRISIS_THRESHOLD), v.get(COLLAPSE_WEEKS), SanctionConfig.from(v));
    }

    /** Share of unconditional cooperators at the start. */
    public double cooperatorShare() {
        return Math.max(0, 1 - conditionalShare - freeRiderShare - humpShare);
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
                effortCost, matchFraction, conditionalShare, freeRiderShare, humpShare, dutyWeight, moralTypes, trustRate, inclination, imitationRate, coopSize,
                coopProductivity, profitShare, wageAdjustment, ownerShare, exchange, exchangeRate, consumption, consumptionRate, initialStock,
                stockDecay,
                commonsCapacity, commonsGrowth, resourceIntensity, resourceDependence, commonsInitial,
                crisisThreshold, collapseWeeks, sanctions);
    }
}
