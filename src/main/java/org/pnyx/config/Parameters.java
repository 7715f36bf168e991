package org.pnyx.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of every scenario parameter, in the order they are documented and written
 * to the manifest. Scenario files, {@code --set} overrides and {@code pnyx describe} all use it.
 */
public final class Parameters {

    /** Trait keys under {@code citizens.}, each a {@link Distribution}. */
    public static final List<String> TRAITS =
            List.of("solidarity", "reason", "freeTime", "need", "ability", "wealth", "habit", "opinion");

    /** Keys a distribution section accepts. */
    public static final List<String> DISTRIBUTION_KEYS = List.of("dist", "mean", "sd", "min", "max");

    private static final Parameters CATALOG = new Parameters();

    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();

    private Parameters() {
        text("name", "baseline", "", "Scenario name; names the output folder results/<name>/seed-<seed>/.");
        lng("seed", 1, 0, Long.MAX_VALUE, "", "Seed of the run's single random generator (MersenneTwisterFast).");
        integer("steps", 520, 1, 10_000_000, "weeks", "Number of weekly steps to simulate (520 = 10 years).");

        integer("municipalities.count", 10, 1, 1_000_000, "municipalities",
                "Number of municipalities generated when no explicit list is given.");
        distribution("municipalities.size", "lognormal", 300, 150, 1, 10_000_000, "citizens",
                "Population of each generated municipality, rounded to a whole number.");
        distribution("municipalities.endowment", "constant", 1, 0, 0, 100, "times",
                "Productivity multiplier of each generated municipality (its land and resources); constant 1 by default.");
        bool("municipalities.staggerMeetings", true,
                "Spread assembly meetings of different municipalities over the weeks of the interval.");

        distribution("citizens.solidarity", "beta", 0.5, 0.15, 0, 1, "index 0-1",
                "Civic virtue: how strongly a citizen feels a duty to take part (Bookchin's solidarity).");
        distribution("citizens.reason", "beta", 0.6, 0.15, 0, 1, "index 0-1",
                "Openness to argument: the share of the gap to the deliberating neighbours' mean a citizen moves.");
        distribution("citizens.freeTime", "normal", 12, 6, 0, 80, "hours/week",
                "Hours a week free of work and care; a meeting costs its length out of it.");
        distribution("citizens.need", "normal", 1.0, 0.2, 0.1, 10, "goods/week",
                "Goods a citizen must consume each week to meet basic need; below it the citizen is in shortfall.");
        distribution("citizens.ability", "lognormal", 1.0, 0.4, 0.05, 20, "index, mean 1",
                "Productive ability; weekly output is ability x effort x hours x productivity (x co-op and commons factors).");
        distribution("citizens.wealth", "lognormal", 20, 15, 0, 1_000_000, "goods",
                "Initial private wealth.");
        distribution("citizens.habit", "beta", 0.3, 0.15, 0, 1, "propensity 0-1",
                "Initial attendance habit, the learned propensity to attend (Bendor-Diermeier-Ting, Fowler).");
        distribution("citizens.opinion", "uniform", 0.5, 0.29, 0, 1, "position 0-1",
                "Initial opinion on each policy issue (the preferred policy value).");

        dbl("policy.commonShare", 0.2, 0, false, 1, "share of surplus",
                "Initial share of the surplus over the need levels saved in the common stock (pooling regimes).",
                "Bookchin (seed 001)");
        dbl("policy.needLevel", 0.5, 0, false, 1, "need level 0-1",
                "Initial need level set by the assembly: each citizen is entitled to (0.5 + value) x need (0.5: exactly need).",
                "Bookchin (seed 001)");
        dbl("policy.harvestCap", 1.0, 0, false, 1, "share of twice the MSY",
                "Initial harvest cap of the commons: cap = value * r K / 2 (0.5 = maximum sustainable yield r K / 4).",
                "Ostrom, Gardner & Walker (1994)");
        dbl("policy.sanctions", 1.0, 0, false, 1, "share",
                "Initial sanctions policy: the bylaws' monitoring probability is multiplied by it (0 suspends sanctions).",
                "Ostrom (1990)");

        integer("bylaws.meetingInterval", 4, 1, 520, "weeks", "Weeks between assembly meetings.");
        dbl("bylaws.meetingHours", 3, 0.25, false, 40, "hours", "Length of a meeting, the time it costs each attendee.",
                "Bryan (2004)");
        dbl("bylaws.quorum", 0.05, 0, false, 1, "share of citizens",
                "Share of the municipality's citizens who must be present for any decision.", "Pnyx design");
        choice("bylaws.decisionRule", "majority", List.of("majority", "supermajority", "consensus"),
                "How a proposal is adopted: more yes than no; yes share at or above the threshold; or no block.");
        dbl("bylaws.supermajority", 0.6667, 0.5, true, 1, "share of votes cast",
                "Yes share of votes cast needed under the supermajority rule (and as a consensus fallback).");
        integer("bylaws.consensusRounds", 3, 1, 50, "rounds",
                "Rounds of deliberation and testing for consensus before the proposal fails or falls back.");
        dbl("bylaws.blockMargin", 0.05, 0, false, 1, "opinion distance",
                "How much more an attendee must prefer the status quo than the proposal to block consensus.");
        choice("bylaws.fallbackRule", "none", List.of("none", "majority", "supermajority"),
                "Rule applied when consensus fails after all rounds (none: the proposal fails).");
        choice("bylaws.deliberation", "hegselmann_krause", List.of("hegselmann_krause", "deffuant", "none"),
                "Bounded-confidence opinion exchange used in deliberation.");
        dbl("bylaws.confidence", 0.2, 0, true, 1, "opinion distance",
                "Bounded-confidence radius: attendees listen only to opinions at most this far from their own.");
        integer("bylaws.deliberationRounds", 3, 0, 200, "rounds", "Rounds of opinion exchange per proposal.");
        dbl("bylaws.convergence", 0.3, 0, true, 0.5, "share of gap",
                "Deffuant convergence parameter mu: share of the gap each partner moves in an encounter.");
        integer("bylaws.proposalsPerMeeting", 2, 0, 50, "proposals", "Proposals put to each meeting.");
        integer("bylaws.reconsiderationDelay", 3, 0, 520, "meetings",
                "Meetings after which a defeated proposal returns to the agenda (0: it never returns).");
        choice("bylaws.officeSelection", "election", List.of("election", "sortition", "rotation"),
                "How the facilitator is chosen among attendees.");
        integer("bylaws.termLength", 6, 1, 520, "meetings", "Meetings a facilitator serves per term.");
        integer("bylaws.termLimit", 0, 0, 100, "terms",
                "Consecutive terms a facilitator may serve (0: no limit).");
        dbl("bylaws.recallThreshold", 0.3, 0, false, 1, "share of attendees",
                "The facilitator is recalled when the approving share of attendees falls below this (0: never).");
        dbl("bylaws.approvalRadius", 0.25, 0, false, 1, "opinion distance",
                "An attendee approves the facilitator when their mean opinion distance is at most this.");
        dbl("bylaws.facilitatorBonus", 3, 1, false, 100, "times",
                "Weight multiplier of the facilitator's chance to put a proposal on the agenda.");
        integer("bylaws.delegateRecall", 1, 0, 100, "deviations",
                "Deviations from its mandate within a term after which the assembly recalls its confederal delegate (0: never).",
                "Bookchin (seed 001): delegates are immediately recallable");
        dbl("bylaws.monitoring", 0.2, 0, false, 1, "probability/week",
                "Chance each worker's effort is checked in a week (times the assembly's sanctions policy).",
                "Ostrom (1990) principle 4");
        dbl("bylaws.monitoringCost", 0.1, 0, false, 1000, "goods per check",
                "Output a check costs the pool.", "Ostrom, Gardner & Walker (1994)");
        dbl("bylaws.effortNorm", 0.8, 0, false, 1, "share of potential",
                "Effort below which a checked worker commits an offence.", "Pnyx design");
        dbl("bylaws.sanctionFine", 1.0, 0, false, 100, "goods per good shirked",
                "Fine per unit of shirked potential output, times (offences - 1): the graduated loss of share.",
                "Ostrom (1990) principle 5; Fehr & Gaechter (2000)");
        integer("bylaws.exclusionAfter", 3, 2, 1000, "offences",
                "Offence that excludes a worker from work and share (the first is a warning, the ones between fines).");
        integer("bylaws.exclusionWeeks", 8, 1, 10_000, "weeks", "Length of an exclusion.");
        dbl("bylaws.forgiveness", 52, 0, false, 1e6, "weeks",
                "Mean weeks after which one offence is forgiven (0: never).", "Ostrom (1990)");
        bool("bylaws.sanctionsByAssembly", false,
                "Whether the assembly votes the sanctions policy each meeting (false: sanctions are a standing bylaw at "
                        + "policy.sanctions; see scenarios/sanctions-by-vote.yaml for why).");
        dbl("bylaws.esteemLoss", 0.1, 0, false, 1, "share of influence",
                "Share of influence in the assembly a sanctioned citizen loses (loss of esteem).", "Ostrom (1990)");

        dbl("attendance.base", -4.5, -20, false, 20, "log-odds", "Intercept of the attendance log-odds.",
                "Pnyx calibration");
        dbl("attendance.solidarity", 2.0, 0, false, 20, "log-odds per unit", "Weight of civic virtue.",
                "Riker & Ordeshook (1968) duty term");
        dbl("attendance.habit", 3.0, 0, false, 20, "log-odds per unit", "Weight of the attendance habit.",
                "Fowler (2006)");
        dbl("attendance.salience", 2.0, 0, false, 20, "log-odds per unit",
                "Weight of agenda salience (how far the proposals are from the status quo for the citizen).",
                "Bryan (2004)");
        dbl("attendance.efficacy", 1.5, 0, false, 20, "log-odds per unit",
                "Weight of perceived efficacy (share of recent decisions that went the citizen's way, shrunk by size).",
                "Bryan (2004)");
        dbl("attendance.cost", 2.0, 0, false, 20, "log-odds per unit",
                "Weight of the meeting's cost: meeting hours over the citizen's free hours.", "Downs (1957)");
        dbl("attendance.referenceSize", 100, 1, false, 1e9, "citizens",
                "Assembly size at which perceived efficacy is not yet diluted.", "Bryan (2004)");
        dbl("attendance.sizeElasticity", 0.5, 0, false, 5, "exponent",
                "Efficacy falls as (referenceSize / population)^sizeElasticity in larger towns.", "Bryan (2004)");
        dbl("attendance.learningRate", 0.1, 0, false, 1, "share",
                "Bush-Mosteller step by which satisfying outcomes reinforce (or unsatisfying ones inhibit) the habit.",
                "Bendor, Diermeier & Ting (2003)");
        dbl("attendance.aspirationMemory", 0.8, 0, false, 1, "share",
                "Weight of the old aspiration when it adapts toward the latest payoff.",
                "Bendor, Diermeier & Ting (2003)");
        dbl("attendance.efficacyMemory", 0.8, 0, false, 1, "share",
                "Weight of past efficacy when updated with the latest outcome.", "Pnyx design");
        dbl("attendance.duty", 0.5, 0, false, 5, "payoff units",
                "Payoff of having attended, per unit of solidarity (expressive benefit).",
                "Riker & Ordeshook (1968)");

        dbl("influence.gain", 0.5, 0, false, 10, "influence units",
                "Influence a proposer gains when a proposal carries (and loses when it fails).",
                "Bonabeau, Theraulaz & Deneubourg (1995)");
        dbl("influence.relaxation", 0.05, 0, false, 1, "share per meeting",
                "Share of the distance to the neutral influence 1 lost at each meeting.",
                "Bonabeau, Theraulaz & Deneubourg (1995)");

        choice("economy.regime", "municipalized", Regime.names(),
                "Ownership regime of every municipality (a municipality of an explicit list may override it): "
                        + "municipalized, syndicalist, communitarian, capitalist or state_socialist (seed 001).");
        choice("economy.distribution", "regime", List.of("regime", "need", "equal", "contribution", "wage"),
                "Distribution rule; 'regime' uses the regime's own (need, contribution, equal, wage, need); "
                        + "wage only under capitalism, which permits nothing else.");
        dbl("economy.productivity", 0.075, 0, true, 100, "goods/hour",
                "Goods an hour of full effort yields at ability 1, co-op factor 1 and a full commons, before automation.",
                "Pnyx calibration");
        dbl("economy.workHours", 40, 1, false, 80, "hours/week",
                "Standard working week; free time (citizens.freeTime) is counted on top of it.");
        dbl("economy.automation", 0, 0, false, 1, "level 0-1",
                "Automation level: productivity is multiplied by 1 + automationGain * automation.",
                "Bookchin, post-scarcity (seed 001)");
        dbl("economy.automationGain", 1.0, 0, false, 100, "times",
                "Productivity gain at full automation; where the regime frees time, hours shrink by the same factor.",
                "Bookchin, post-scarcity (seed 001)");
        dbl("economy.effortCost", 0.2, 0, true, 1, "goods per good of potential",
                "Disutility of effort: the value a worker puts on the output their effort would forgo (payoff cost kappa).",
                "Pnyx calibration; linear public-goods payoff (Ledyard 1995)");
        dbl("economy.matchFraction", 0.8, 0, false, 1, "share",
                "A conditional cooperator gives this share of the co-op's mean effort of last week (imperfect matching).",
                "Fischbacher, Gaechter & Fehr (2001); Fischbacher & Gaechter (2010)");
        dbl("economy.initialEffort", 0.5, 0, false, 1, "share of potential",
                "First-week effort of conditional cooperators and free riders (contributions start near half).",
                "Ledyard (1995); Fehr & Gaechter (2000)");
        dbl("economy.conditionalShare", 0.5, 0, false, 1, "share of citizens",
                "Initial share of conditional cooperators.", "Fischbacher, Gaechter & Fehr (2001): 50%");
        dbl("economy.freeRiderShare", 0.3, 0, false, 1, "share of citizens",
                "Initial share of free riders; the rest are unconditional cooperators.",
                "Fischbacher, Gaechter & Fehr (2001): 30%");
        dbl("economy.imitationRate", 0.02, 0, false, 1, "probability/week",
                "Weekly chance a citizen compares payoffs with a random neighbour and may copy a better-off one's type.",
                "Schlag (1998) proportional imitation");
        integer("economy.coopSize", 20, 1, 1_000_000, "workers", "Workers per co-op (workplace).");
        distribution("economy.coopProductivity", "lognormal", 1.0, 0.25, 0.05, 20, "factor, mean 1",
                "Productivity factor of each co-op (its land and machines), drawn once.");
        dbl("economy.profitShare", 0.3, 0, false, 1, "share of output",
                "Capitalist regime: owners' required margin mu. The wage rate starts at 1 - mu; owners' labour demand"
                        + " is (1 - wage rate) / mu of the labour on offer, so with labour supply saturated the market"
                        + " clears at wage rate 1 - mu.",
                "Pnyx calibration");
        dbl("economy.wageAdjustment", 0.1, 0, false, 1, "per week",
                "Capitalist regime: speed lambda of the town's labour market, w <- w + lambda (D - S) / S, w in [0, 1]"
                        + " (goods of wage per good of output); 0 keeps the wage rate at 1 - profitShare.",
                "Walras (1874) tatonnement; Samuelson (1941); Arrow & Hurwicz (1958)");
        dbl("economy.ownerShare", 0.1, 0, false, 0.99, "share of citizens",
                "Capitalist regime: the initially richest share of each town owns its workplaces and does not work.");
        dbl("economy.exchangeRate", 0.05, 0, false, 1, "share of the poorer's wealth",
                "Market regimes (syndicalist, capitalist): stake of a weekly fair-coin exchange with a random neighbour.",
                "Chakraborti (2002); Boghosian (2014) yard-sale model");
        dbl("economy.consumptionRate", 0.02, 0, false, 1, "share of wealth per week",
                "Share of private wealth consumed each week on top of need.");
        dbl("economy.initialStock", 4, 0, false, 1000, "weeks of need",
                "Common stock at the start in the pooling regimes, in weeks of the town's total need.");
        dbl("economy.stockDecay", 0.005, 0, false, 1, "share per week", "Share of the common stock that spoils each week.");
        dbl("economy.commonsCapacity", 100, 0, true, 1e9, "resource units per citizen",
                "Carrying capacity K of the town's renewable commons, per citizen.");
        dbl("economy.commonsGrowth", 0.02, 0, false, 1, "per week",
                "Intrinsic regrowth rate r of the commons: logistic growth r S (1 - S/K).", "Verhulst; Schaefer (1954)");
        dbl("economy.resourceIntensity", 0.1, 0, false, 1000, "resource units per good",
                "Commons harvested per good produced.", "Pnyx calibration");
        dbl("economy.resourceDependence", 0.5, 0, false, 1, "weight 0-1",
                "Labour productivity is multiplied by 1 - d + d S/K (d = 1: Gordon-Schaefer harvest qES).",
                "Gordon (1954); Schaefer (1954)");
        dbl("economy.commonsInitial", 1, 0, false, 1, "share of capacity", "Initial commons stock S/K.");
        choice("economy.commonsScope", "municipality", CommonsScope.names(),
                "Who draws on one commons: each municipality its own, or all towns of a region one shared stock "
                        + "(capacity the sum of theirs; region as the confederation assigns it).",
                "Ostrom (1990)");
        dbl("economy.crisisThreshold", 0.2, 0, false, 1, "share of citizens",
                "A week is a crisis when more than this share of citizens consume less than their need.");
        integer("economy.collapseWeeks", 26, 1, 10_000_000, "weeks",
                "Consecutive crisis weeks after which the municipality is recorded as collapsed (for good).");


        bool("confederation.enabled", false,
                "Municipalities form confederations that vote, redistribute and enforce (off: every town is isolated).");
        integer("confederation.regions", 1, 1, 1_000_000, "confederations",
                "Regional confederations generated when municipalities name no region: town k joins region floor(k * regions / count).");
        bool("confederation.communeOfCommunes", false,
                "The regional confederations also form one Commune of communes that votes and redistributes over all towns.");
        choice("confederation.rule", "aggregate_citizens",
                List.of("aggregate_citizens", "one_municipality_one_vote", "delegate_council"),
                "Rule in force for confederal votes: majority of all citizens (seed 001), majority of towns, or majority of delegates' own votes.",
                "Bookchin (seed 001); Feix, Lepelley, Merlin & Rouet (2004)");
        integer("confederation.voteInterval", 13, 1, 520, "weeks", "Weeks between confederal votes.");
        dbl("confederation.share", 0.1, 0, false, 1, "share of surplus",
                "Initial confederal share of each town's weekly surplus (income above need) pooled for redistribution.",
                "Bookchin (seed 001)");
        dbl("confederation.delegateFidelity", 0.9, 0, false, 1, "probability",
                "Chance that a delegate who disagrees with the mandate still carries it.");
        dbl("confederation.hoardingThreshold", 1.5, 1, false, 1000, "times the confederation mean",
                "A town whose mean wealth exceeds this multiple of the confederation's mean wealth is hoarding.",
                "Bookchin (seed 001)");
        dbl("confederation.sanctionRate", 0.5, 0, false, 1, "share of the excess",
                "Share of a sanctioned town's wealth above the hoarding threshold paid into the confederal pool.");

        integer("interdependence.goods", 1, 1, 64, "kinds of goods",
                "Kinds of goods every citizen needs in equal parts (1: every town is self-sufficient).");
        integer("interdependence.goodsPerTown", 1, 1, 64, "kinds of goods",
                "Kinds each town produces: town k makes kinds k, k+1, ... (mod goods); the rest it must obtain from confederates.");
        dbl("interdependence.autarkyEfficiency", 0.5, 0, false, 1, "share of productivity",
                "Productivity at which a town makes for itself a kind it lacks and cannot obtain from its confederation.",
                "Bookchin (seed 001): Localism and Interdependence");

        bool("migration.enabled", false, "Dissatisfied citizens may move to another municipality (voluntary association).");
        dbl("migration.rate", 0.05, 0, false, 1, "probability per week",
                "Weekly chance of leaving per unit of dissatisfaction above the tolerance.");
        dbl("migration.tolerance", 0.4, 0, false, 1, "dissatisfaction 0-1",
                "Dissatisfaction (mean of shortfall, share of outcomes lost, and sanction) a citizen bears without leaving.");
        dbl("migration.cap", 0.01, 0, false, 1, "share of population per week",
                "At most this share of a town's citizens leaves in one week.");
        dbl("migration.cost", 5, 0, false, 1_000_000, "goods", "Goods a migrant spends on moving (lost, not transferred).");

        bool("transition.enabled", false,
                "Transition mode: towns start under a state council; a movement builds extralegal assemblies toward dual power.");
        integer("transition.seedTowns", 1, 0, 1_000_000, "municipalities",
                "Towns where the movement (study groups) starts: the first ones by index.");
        dbl("transition.educationRate", 0.01, 0, false, 1, "share per week",
                "Share of the gap to full civic engagement (solidarity 1) closed each week where the movement is active.",
                "Bookchin (seed 001): study groups and education");
        dbl("transition.threshold", 0.15, 0, false, 1, "moral power",
                "Moral power (smoothed assembly attendance) at which the state council cedes power to the assembly.");
        dbl("transition.memory", 0.8, 0, false, 1, "share",
                "Weight of past moral power when updated with the latest meeting's attendance.");
        dbl("transition.statePressure", 0.1, 0, false, 1, "moral power",
                "State pressure added to the threshold per unit of the democratized share (the state moves against strength).",
                "Bookchin (seed 001): Dual Power");

        integer("metrics.finalWindow", 52, 1, 10_000_000, "weeks",
                "Length of the final window over which means, trends and stability are computed.");
    }

    /** The catalogue. */
    public static Parameters catalog() {
        return CATALOG;
    }

    /** Every parameter, in documentation order. */
    public List<ParameterSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(specs.values()));
    }

    /** The parameter at a path, or null. */
    public ParameterSpec get(String path) {
        return specs.get(path);
    }

    /** The bylaw parameters, which a municipality may override. */
    public List<ParameterSpec> bylaws() {
        return specs.values().stream().filter(s -> s.path().startsWith("bylaws.")).toList();
    }

    private void add(ParameterSpec s) {
        specs.put(s.path(), s);
    }

    private void text(String path, String def, String unit, String meaning) {
        add(new ParameterSpec(path, ParameterSpec.Type.TEXT, def, 0, false, 0, List.of(), unit, meaning, "Pnyx design"));
    }

    private void lng(String path, long def, long min, long max, String unit, String meaning) {
        add(new ParameterSpec(path, ParameterSpec.Type.LONG, def, min, false, max, List.of(), unit, meaning,
                "Pnyx design"));
    }

    private void integer(String path, int def, int min, int max, String unit, String meaning) {
        add(new ParameterSpec(path, ParameterSpec.Type.INT, def, min, false, max, List.of(), unit, meaning,
                "Pnyx design"));
    }

    private void integer(String path, int def, int min, int max, String unit, String meaning, String source) {
        add(new ParameterSpec(path, ParameterSpec.Type.INT, def, min, false, max, List.of(), unit, meaning, source));
    }

    private void choice(String path, String def, List<String> choices, String meaning, String source) {
        add(new ParameterSpec(path, ParameterSpec.Type.CHOICE, def, 0, false, 0, choices, "", meaning, source));
    }

    private void bool(String path, boolean def, String meaning) {
        add(new ParameterSpec(path, ParameterSpec.Type.BOOLEAN, def, 0, false, 0, List.of(), "", meaning,
                "Pnyx design"));
    }

    private void choice(String path, String def, List<String> choices, String meaning) {
        add(new ParameterSpec(path, ParameterSpec.Type.CHOICE, def, 0, false, 0, choices, "", meaning,
                "Pnyx design"));
    }

    private void dbl(String path, double def, double min, boolean minExclusive, double max, String unit,
                     String meaning) {
        dbl(path, def, min, minExclusive, max, unit, meaning, "Pnyx design");
    }

    private void dbl(String path, double def, double min, boolean minExclusive, double max, String unit,
                     String meaning, String source) {
        add(new ParameterSpec(path, ParameterSpec.Type.DOUBLE, def, min, minExclusive, max, List.of(), unit,
                meaning, source));
    }

    private void distribution(String path, String dist, double mean, double sd, double min, double max,
                              String unit, String meaning) {
        add(new ParameterSpec(path + ".dist", ParameterSpec.Type.CHOICE, dist, 0, false, 0,
                Distribution.Kind.names(), "", "Distribution family. " + meaning, "Pnyx design"));
        dbl(path + ".mean", mean, min, false, max, unit, "Mean (constant: the value).");
        dbl(path + ".sd", sd, 0, false, max - min, unit, "Standard deviation (ignored for constant and uniform).");
        dbl(path + ".min", min, min, false, max, unit, "Lowest value drawn (normal draws are truncated here).");
        dbl(path + ".max", max, min, false, max, unit, "Highest value drawn.");
    }
}
