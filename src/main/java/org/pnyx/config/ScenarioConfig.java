package org.pnyx.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A fully resolved scenario: every model parameter with defaults filled in, the municipalities
 * (either explicit, or generated from {@code municipalities.count} and {@code municipalities.size}),
 * and the values it was built from, for the manifest.
 *
 * @param values          every catalogue value, defaults included
 * @param municipalities  explicit municipalities, or empty to generate them from the size distribution
 * @param overrides       per-municipality overrides as written (bylaw keys, and {@code regime}), by municipality
 *                        name (for the manifest)
 * @param interventions   rules set at chosen weeks during the run, in the order they apply: by week, and within
 *                        a week in the order given (the file's list, then {@code --intervene} flags); empty for none
 */
public record ScenarioConfig(ParameterValues values, List<MunicipalitySpec> municipalities,
                             Map<String, Map<String, Object>> overrides, List<Intervention> interventions) {

    /** Run settings: fixed for the run. */
    static final Section RUN = new Section("", false);
    /** How the towns are generated: fixed for the run (a town's population is never set from outside). */
    static final Section MUNICIPALITIES = new Section("municipalities", false);
    /** The assemblies' policies at the start; the assemblies change them by their decisions. */
    static final Section POLICY = new Section("policy", true);
    /** Behavioural calibration of influence in the assembly: fixed for the run. */
    static final Section INFLUENCE = new Section("influence", false);
    static final Section METRICS = new Section("metrics", false);

    public static final Param.Text NAME = RUN.text("name", "Scenario name", "baseline")
            .means("Scenario name; names the output folder results/<name>/seed-<seed>/.");
    public static final Param.Lng SEED = RUN.wholeLong("seed", "Seed", 1).in(0, Long.MAX_VALUE)
            .means("Seed of the run's single random generator (MersenneTwisterFast, seeded from all 64 bits).");
    public static final Param.Int STEPS = RUN.whole("steps", "Weeks simulated", 520).in(1, 10_000_000).unit("weeks")
            .means("Number of weekly steps to simulate (520 = 10 years).");
    public static final Param.Int TOWN_COUNT = MUNICIPALITIES.whole("count", "Number of towns", 10).in(1, 1_000_000)
            .unit("municipalities").means("Number of municipalities generated when no explicit list is given.");
    public static final Param.Dist TOWN_SIZE = MUNICIPALITIES.distribution("size", "Town size", "lognormal", 300, 150,
            1, 10_000_000, "citizens", "Population of each generated municipality, rounded to a whole number.",
            "Pnyx design");
    public static final Param.Dist TOWN_ENDOWMENT = MUNICIPALITIES.distribution("endowment", "Town endowment",
            "constant", 1, 0, 0, 100, "times",
            "Productivity multiplier of each generated municipality (its land and resources); constant 1 by default.",
            "Pnyx design");
    public static final Param.Bool STAGGER_MEETINGS = MUNICIPALITIES.flag("staggerMeetings", "Stagger meetings", true)
            .means("Spread assembly meetings of different municipalities over the weeks of the interval.");
    public static final Param.Dbl POLICY_COMMON_SHARE = POLICY.number("commonShare", "Common share", 0.2).in(0, 1)
            .unit("share of surplus").source("Bookchin (Biehl 1998)")
            .means("Initial share of the surplus over the need levels saved in the common stock (pooling regimes).");
    public static final Param.Dbl POLICY_NEED_LEVEL = POLICY.number("needLevel", "Need level", 0.5).in(0, 1)
            .unit("need level 0-1").source("Bookchin (Biehl 1998)")
            .means("Initial need level set by the assembly: each citizen is entitled to (0.5 + value) x need (0.5: exactly need).");
    public static final Param.Dbl POLICY_HARVEST_CAP = POLICY.number("harvestCap", "Harvest cap", 1.0).in(0, 1)
            .unit("share of twice the MSY").source("Ostrom, Gardner & Walker (1994)")
            .means("Initial harvest cap of the commons: cap = value * r K / 2 (0.5 = maximum sustainable yield r K / 4).");
    public static final Param.Dbl POLICY_SANCTIONS = POLICY.number("sanctions", "Sanctions policy", 1.0).in(0, 1)
            .unit("share").source("Ostrom (1990)")
            .means("Initial sanctions policy: the bylaws' monitoring probability is multiplied by it (0 suspends sanctions).");
    public static final Param.Dbl INFLUENCE_GAIN = INFLUENCE.number("gain", "Influence gain", 0.5).in(0, 10)
            .unit("influence units").source("Bonabeau, Theraulaz & Deneubourg (1995)")
            .means("Influence a proposer gains when a proposal carries (and loses when it fails).");
    public static final Param.Dbl INFLUENCE_RELAXATION = INFLUENCE.number("relaxation", "Influence relaxation", 0.05)
            .in(0, 1).unit("share per meeting").source("Bonabeau, Theraulaz & Deneubourg (1995)")
            .means("Share of the distance to the neutral influence 1 lost at each meeting.");
    public static final Param.Dbl STANDING_WEIGHT = INFLUENCE.number("standingWeight", "Weight of standing in votes",
            0.05).in(0, 10).unit("opinion distance per log influence").source("Pnyx design")
            .means("How much an attendee's rating of a candidate for office rises with the log of the candidate's"
                    + " influence, against the mean opinion distance (0: elections judge views alone).");
    public static final Param.Dbl PERSUASION = INFLUENCE.number("persuasion", "Persuasiveness of standing", 0.3)
            .in(0, 1).unit("share of the gap").source("Bonabeau, Theraulaz & Deneubourg (1995); Pnyx design")
            .means("Pull of a motion's presentation: attendees within the confidence radius of the motion move"
                    + " persuasion x I/(I+1) x reason of the way to it, I the mover's influence; a holder answering"
                    + " a recall widens approval by I^persuasion (0: standing persuades nobody).");
    public static final Param.Int CANDIDATES = INFLUENCE.whole("candidates", "Candidates standing", 3).in(1, 1000)
            .unit("citizens").source("Pnyx design")
            .means("Attendees who stand at an election, drawn with weight influence x (0.05 + reason).");
    public static final Param.Dbl WEALTH_WEIGHT = INFLUENCE.number("wealthWeight", "Weight of wealth in standing", 0)
            .in(0, 5).unit("exponent").source("Bookchin (Biehl 1998): without rough economic equality democracy gives"
                    + " way to oligarchy; Pnyx design")
            .means("Wealth buys standing and agenda control: a citizen's weight in moving motions and standing for"
                    + " office, the standing voters see and the pull of their presentation are multiplied by"
                    + " (wealth / the town's mean wealth)^wealthWeight (0: wealth buys nothing).");
    public static final Param.Dbl TIME_WEIGHT = INFLUENCE.number("timeWeight", "Weight of wealth in free time", 0)
            .in(0, 5).unit("exponent").source("Bookchin (Biehl 1998): without free time no politics; Verba, Schlozman"
                    + " & Brady (1995): time and money as resources for participation; Pnyx design")
            .means("Wealth buys time for politics: the cost of a meeting in a citizen's attendance decision is divided"
                    + " by (wealth / the town's mean wealth)^timeWeight, so the well-off attend more cheaply (0: wealth"
                    + " buys no time).");
    public static final Param.Dbl ORGANIZED_SHARE = INFLUENCE.number("organizedShare", "Share of the rich who"
            + " form an interest", 0).in(0, 0.5).unit("share of members").source("Olson (1965); Bookchin (Biehl"
                    + " 1998): proprietors will come to assembly meetings and try to advance their own interests")
            .means("The richest share of each town's members form an interest group: its line on each issue is the"
                    + " mean of its members' interested views; its wins and losses are counted (0: no group).");
    public static final Param.Bool ORGANIZING = INFLUENCE.flag("organizing", "Organized interest", true)
            .source("Olson (1965): small groups with concentrated interests organize; Pnyx design")
            .means("Whether the interest group (influence.organizedShare) coordinates: its members attend whenever an"
                    + " item where its line differs from policy by more than the block margin is on the agenda,"
                    + " move motions on the issue it has most at stake, at its line, and hold to the line in"
                    + " deliberation (false: its members act each on their own).");
    public static final Param.Dbl COUNTER_SHARE = INFLUENCE.number("counterShare", "Share who organize against the"
            + " interest", 0).in(0, 0.5).unit("share of members").source("Bookchin (Biehl 1998): an organized group"
                    + " of citizens can counter the proprietors by persuasion; Pnyx design")
            .means("The share of each town's members, outside the interest group, of highest solidarity, who form a"
                    + " counter-group: its line on each issue is the mean of its members' interested views (0: none;"
                    + " it turns out only against an interest group, influence.organizedShare).");
    public static final Param.Bool COUNTER_ORGANIZING = INFLUENCE.flag("counterOrganizing", "Counter-organization",
            true).source("Bookchin (Biehl 1998); Pnyx design")
            .means("Whether the counter-group (influence.counterShare) coordinates: its members attend whenever the"
                    + " interest group's line is at stake on the agenda, move motions at their own line, argue it"
                    + " against every motion that departs from it (the member of highest standing presents it, as a"
                    + " mover presents a motion) and hold to it in deliberation (false: they act each on their own).");
    public static final Param.Int FINAL_WINDOW = METRICS.whole("finalWindow", "Final window", 52).in(1, 10_000_000)
            .unit("weeks").means("Length of the final window over which means, trends and stability are computed.");

    public ScenarioConfig {
        municipalities = List.copyOf(municipalities);
        overrides = Map.copyOf(overrides);
        interventions = interventions.stream().sorted(Comparator.comparingInt(Intervention::week)).toList();
        for (Intervention i : interventions) {
            if (i.week() >= values.get(STEPS)) {
                throw new IllegalArgumentException("intervention " + i + ": week must be in [0, "
                        + (values.get(STEPS) - 1) + "], but was " + i.week());
            }
        }
        // Builds every record once so that a bad combination fails here, not mid-run.
        BylawConfig.from(values);
        AttendanceConfig.from(values);
        InterestsConfig.from(values);
        CivicConfig.from(values);
        EconomyConfig.from(values);
        CitizenTraitsConfig.from(values);
        ConfederationConfig.from(values);
        KnowledgeConfig.from(values);
        values.get(TOWN_SIZE);
        values.get(TOWN_ENDOWMENT);
    }

    /** A scenario without interventions. */
    public ScenarioConfig(ParameterValues values, List<MunicipalitySpec> municipalities,
                          Map<String, Map<String, Object>> overrides) {
        this(values, municipalities, overrides, List.of());
    }

    public String name() {
        return values.get(NAME);
    }

    public long seed() {
        return values.get(SEED);
    }

    public int steps() {
        return values.get(STEPS);
    }

    public int finalWindow() {
        return values.get(FINAL_WINDOW);
    }

    public BylawConfig bylaws() {
        return BylawConfig.from(values);
    }

    public AttendanceConfig attendance() {
        return AttendanceConfig.from(values);
    }

    public InterestsConfig interests() {
        return InterestsConfig.from(values);
    }

    public CivicConfig civic() {
        return CivicConfig.from(values);
    }

    /** The scenario-wide economy; a municipality of an explicit list may override its regime. */
    public EconomyConfig economy() {
        return EconomyConfig.from(values);
    }

    /** Whether each town has its own commons or the towns of a region share one (scenario-wide). */
    public CommonsScope commonsScope() {
        return CommonsScope.of(values.get(EconomyConfig.COMMONS_SCOPE));
    }

    public ConfederationConfig confederation() {
        return ConfederationConfig.from(values);
    }

    /** Technical questions and competence. */
    public KnowledgeConfig knowledge() {
        return KnowledgeConfig.from(values);
    }

    public CitizenTraitsConfig citizens() {
        return CitizenTraitsConfig.from(values);
    }

    /** Influence gained or lost per carried or failed proposal. */
    public double influenceGain() {
        return values.get(INFLUENCE_GAIN);
    }

    /** Exponent of relative wealth in the time a citizen can give to politics. */
    public double timeWeight() {
        return values.get(TIME_WEIGHT);
    }

    /** Share of the richest members of each town who form an interest group (0: none). */
    public double organizedShare() {
        return values.get(ORGANIZED_SHARE);
    }

    /** Whether the interest group coordinates attendance, motions and arguments. */
    public boolean organizing() {
        return values.get(ORGANIZING);
    }

    /** Share of the members, outside the interest group, of highest solidarity, who organize against it. */
    public double counterShare() {
        return values.get(COUNTER_SHARE);
    }

    /** Whether the counter-group coordinates attendance, motions and arguments. */
    public boolean counterOrganizing() {
        return values.get(COUNTER_ORGANIZING);
    }

    /** Weight of the log of a candidate's influence in attendees' ratings. */
    public double standingWeight() {
        return values.get(STANDING_WEIGHT);
    }

    /** Persuasiveness of standing: the pull of a motion's presentation and a holder's defence. */
    public double persuasion() {
        return values.get(PERSUASION);
    }

    /** Exponent of relative wealth in standing and agenda control. */
    public double wealthWeight() {
        return values.get(WEALTH_WEIGHT);
    }

    /** Attendees who stand at an election. */
    public int candidates() {
        return values.get(CANDIDATES);
    }

    /** Share of the distance to neutral influence lost per meeting. */
    public double influenceRelaxation() {
        return values.get(INFLUENCE_RELAXATION);
    }
}
