package org.pnyx.config;

import java.util.List;

import java.util.Locale;

/**
 * Settings of the confederal layer (seed 001, "Confederation"): whether towns confederate, how
 * confederal votes are decided, the pooled share of surplus, complaints
 * and their adjudication, interdependence of goods, exit by migration, and the optional transition from
 * state to dual power. Keys {@code confederation.*}, {@code interdependence.*}, {@code migration.*}
 * and {@code transition.*}; each declared once below with its unit, range and source.
 *
 * @param enabled            whether towns form confederations (off: all towns isolated)
 * @param regions            regional confederations generated when towns name none
 * @param communeOfCommunes  whether the regions also form one Commune of communes over all towns
 * @param rule               rule in force for confederal votes
 * @param impartialCulture   every confederal vote cast is an independent fair coin (a test of the tallies)
 * @param voteInterval       weeks between confederal votes
 * @param share              initial confederal share of weekly surplus pooled
 * @param complaints         whether a town that suffers harm may bring a complaint for the council to adjudicate
 * @param memberComplaints   whether a complaint may be brought on behalf of a town's own members, harmed by the
 *                           town's over-harvest of their own commons
 * @param levyVote           whether each member's assembly votes whether to pay its pooled share, and may refuse
 * @param reconcile          whether the council reconciles the towns' competing proposals into one text
 * @param levyFromStock      whether a town pays what it owes the confederation from its common stock first
 * @param goods              kinds of goods every citizen needs
 * @param goodsPerTown       kinds each town produces
 * @param autarkyEfficiency  productivity for kinds a town must make for itself
 * @param migration          whether dissatisfied citizens may move
 * @param migrationRate      weekly chance of leaving per unit of dissatisfaction above tolerance
 * @param migrationTolerance dissatisfaction borne without leaving
 * @param migrationCap       largest share of a town's citizens leaving in one week
 * @param migrationCost      goods a migrant spends on moving
 * @param transition         whether towns start under a state council (transition mode)
 * @param seedTowns          towns where the movement starts
 * @param educationRate      share of the gap to solidarity 1 closed per week where the movement is active
 * @param powerThreshold     moral power at which a state council cedes power
 * @param powerMemory        weight of past moral power
 * @param statePressure      threshold increase per unit of democratized share
 */
public record ConfederationConfig(boolean enabled, int regions, boolean communeOfCommunes, Rule rule,
                                  boolean impartialCulture, int voteInterval, double share, boolean complaints,
                                  boolean memberComplaints, boolean levyVote, boolean reconcile, boolean levyFromStock, int goods, int goodsPerTown, double autarkyEfficiency,
                                  boolean migration, double migrationRate, double migrationTolerance,
                                  double migrationCap, double migrationCost, boolean transition, int seedTowns,
                                  double educationRate, double powerThreshold, double powerMemory,
                                  double statePressure) {

    /** How a confederal vote is decided. */
    public enum Rule {
        /** Majority of the votes cast by citizens in their towns' assemblies, added across towns (seed 001). */
        AGGREGATE_CITIZENS,
        /** Majority of the towns' votes as cast by their delegates. */
        ONE_MUNICIPALITY_ONE_VOTE,
        /** Majority of the delegates voting their own judgement (a parliament). */
        DELEGATE_COUNCIL,
        /** Majority of every resident polled outside any meeting (the mass plebiscite seed 001 rejects; a comparison). */
        PLEBISCITE;

        /** The lower-case name used in scenario files and outputs. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Section CONFEDERATION = new Section("confederation", true);
    /** How goods are spread over the towns: the structure of the economy, fixed for the run. */
    static final Section INTERDEPENDENCE = new Section("interdependence", false);
    static final Section MIGRATION = new Section("migration", true);
    static final Section TRANSITION = new Section("transition", true);

    public static final Param.Bool CONFEDERATION_ENABLED = CONFEDERATION.flag("enabled", "Confederation", false).fixed()
            .means("Municipalities form confederations that vote, redistribute and enforce (off: every town is isolated).");
    public static final Param.Int REGIONS = CONFEDERATION.whole("regions", "Regions", 1).in(1, 1_000_000)
            .unit("confederations").fixed()
            .means("Regional confederations generated when municipalities name no region: town k joins region floor(k * regions / count).");
    public static final Param.Bool COMMUNE_OF_COMMUNES = CONFEDERATION.flag("communeOfCommunes", "Commune of communes",
            false).fixed()
            .means("The regional confederations also form one Commune of communes that votes and redistributes over all towns.");
    public static final Param.Choice RULE = CONFEDERATION.choice("rule", "Confederal vote rule", "aggregate_citizens",
            List.of("aggregate_citizens", "one_municipality_one_vote", "delegate_council", "plebiscite"))
            .source("Bookchin (Biehl 1998); Feix, Lepelley, Merlin & Rouet (2004)")
            .means("Rule in force for confederal votes: majority of the votes cast in the towns' assemblies, added"
                    + " across towns (Biehl 1998), majority of towns, majority of delegates' own votes, or majority of"
                    + " every resident polled outside any meeting (the plebiscite, a comparison).");
    public static final Param.Bool IMPARTIAL_CULTURE = CONFEDERATION.flag("impartialCulture", "Impartial culture",
            false).fixed().source("Feix, Lepelley, Merlin & Rouet (2004)")
            .means("Every confederal vote cast (in a meeting or in the plebiscite's poll) is an independent fair coin,"
                    + " whatever the citizen's position: a test of the tallies against the referendum paradox's"
                    + " known probability, not a model of opinion.");
    public static final Param.Int VOTE_INTERVAL = CONFEDERATION.whole("voteInterval", "Confederal vote interval", 13)
            .in(1, 520).unit("weeks").means("Weeks between confederal votes.");
    public static final Param.Dbl SHARE = CONFEDERATION.number("share", "Confederal share", 0.1).in(0, 1)
            .unit("share of surplus").source("Bookchin (Biehl 1998)")
            .means("Initial confederal share of each town's weekly surplus (income above need) pooled for redistribution.");
    public static final Param.Bool COMPLAINTS = CONFEDERATION.flag("complaints", "Complaints", true)
            .source("Bookchin (Biehl 1998): confederates may prevent a town that engrosses itself at the expense of"
                    + " others; Ostrom (1990) principles 4-6")
            .means("A member town harmed by another's over-harvest of their shared commons brings a complaint; the"
                    + " council adjudicates it against the record, and an upheld complaint is put to the assemblies as a"
                    + " sanction whose size the complaining town's assembly proposes (off: no complaint is brought).");
    public static final Param.Bool MEMBER_COMPLAINTS = CONFEDERATION.flag("memberComplaints",
            "Complaints for a town's own members", false)
            .source("Bookchin (Biehl 1998): the confederation may prevent a municipality from inflicting damage on its"
                    + " own members; Ostrom (1990) principles 4-6")
            .means("Where each town harvests a commons of its own, the members of the town taking most of its stock"
                    + " bring a complaint to the council; upheld when the town's harvest exceeds its stock's sustainable"
                    + " yield, it is put to the assemblies as a sanction whose size the town's own members propose:"
                    + " the town is held to the sustainable harvest and pays a fine of that size to its own members by"
                    + " need (off: a town's harm to its own members cannot be taken up).");
    public static final Param.Bool LEVY_VOTE = CONFEDERATION.flag("levyVote", "Towns vote on paying the levy", false)
            .source("Bookchin (Biehl 1998): the municipality is the confederation's unit; a town that engrosses itself at"
                    + " the expense of others")
            .means("On each vote week every member's assembly is asked whether to pay the pooled share in force; a town"
                    + " whose next quorate meeting refuses pays nothing into the pool (and receives nothing) until the"
                    + " next vote week, and the towns that lose the transfer may complain (off: every town pays as"
                    + " agreed).");
    public static final Param.Bool RECONCILE = CONFEDERATION.flag("reconcile", "Council reconciles", true)
            .source("Bookchin (Biehl 1998): the council reconciles, with base approval, differences among the"
                    + " assemblies' policies")
            .means("The council merges the member towns' competing proposals on the pooled share into one text, their"
                    + " mean weighted by the citizens present at the meetings that formed them, which goes back to the"
                    + " assemblies (off: the towns' proposals are put one at a time, in turn).");
    public static final Param.Bool LEVY_FROM_STOCK = CONFEDERATION.flag("levyFromStock", "Levy from the common stock",
            true).source("Bookchin (Biehl 1998): the municipality, not the individual, is the confederation's unit")
            .means("What a town owes the confederation (its pooled share, a fine) is owed by the town and paid from its"
                    + " common stock first, the rest raised from its members in proportion to wealth (off: every member"
                    + " pays in proportion to wealth, the stock untouched).");
    public static final Param.Int GOODS = INTERDEPENDENCE.whole("goods", "Kinds of goods", 1).in(1, 64)
            .unit("kinds of goods")
            .means("Kinds of goods every citizen needs in equal parts (1: every town is self-sufficient).");
    public static final Param.Int GOODS_PER_TOWN = INTERDEPENDENCE.whole("goodsPerTown", "Kinds made per town", 1).in(1,
            64).unit("kinds of goods")
            .means("Kinds each town produces: town k makes kinds k, k+1, ... (mod goods); the rest it must obtain from confederates.");
    public static final Param.Dbl AUTARKY_EFFICIENCY = INTERDEPENDENCE.number("autarkyEfficiency", "Autarky efficiency",
            0.5).in(0, 1).unit("share of productivity").source("Bookchin (Biehl 1998): Localism and Interdependence")
            .means("Productivity at which a town makes for itself a kind it lacks and cannot obtain from its confederation.");
    public static final Param.Bool MIGRATION_ENABLED = MIGRATION.flag("enabled", "Migration", false)
            .means("Dissatisfied citizens may move to another municipality (voluntary association).");
    public static final Param.Dbl MIGRATION_RATE = MIGRATION.number("rate", "Migration rate", 0.05).in(0, 1)
            .unit("probability per week")
            .means("Weekly chance of leaving per unit of dissatisfaction above the tolerance.");
    public static final Param.Dbl MIGRATION_TOLERANCE = MIGRATION.number("tolerance", "Dissatisfaction tolerance", 0.4)
            .in(0, 1).unit("dissatisfaction 0-1")
            .means("Dissatisfaction (mean of shortfall, share of outcomes lost, and sanction) a citizen bears without leaving.");
    public static final Param.Dbl MIGRATION_CAP = MIGRATION.number("cap", "Migration cap", 0.01).in(0, 1)
            .unit("share of population per week").means("At most this share of a town's citizens leaves in one week.");
    public static final Param.Dbl MIGRATION_COST = MIGRATION.number("cost", "Moving cost", 5).in(0, 1_000_000)
            .unit("goods").means("Goods a migrant spends on moving (lost, not transferred).");
    public static final Param.Bool TRANSITION_ENABLED = TRANSITION.flag("enabled", "Transition", false).fixed()
            .means("Transition mode: towns start under a state council; a movement builds extralegal assemblies toward dual power.");
    public static final Param.Int TRANSITION_SEED_TOWNS = TRANSITION.whole("seedTowns", "Movement seed towns", 1).in(0,
            1_000_000).unit("municipalities").fixed()
            .means("Towns where the movement (study groups) starts: the first ones by index.");
    public static final Param.Dbl TRANSITION_EDUCATION_RATE = TRANSITION.number("educationRate", "Education rate", 0.01)
            .in(0, 1).unit("share per week").source("Bookchin (Biehl 1998): study groups and education")
            .means("Share of the gap to full civic engagement (solidarity 1) closed each week where the movement is active.");
    public static final Param.Dbl TRANSITION_THRESHOLD = TRANSITION.number("threshold", "Dual-power threshold", 0.15)
            .in(0, 1).unit("moral power")
            .means("Moral power (smoothed assembly attendance) at which the state council cedes power to the assembly.");
    public static final Param.Dbl TRANSITION_MEMORY = TRANSITION.number("memory", "Moral-power memory", 0.8).in(0, 1)
            .unit("share").means("Weight of past moral power when updated with the latest meeting's attendance.");
    public static final Param.Dbl TRANSITION_STATE_PRESSURE = TRANSITION.number("statePressure", "State pressure", 0.1)
            .in(0, 1).unit("moral power").source("Bookchin (Biehl 1998): Dual Power")
            .means("State pressure added to the threshold per unit of the democratized share (the state moves against strength).");

    public ConfederationConfig {
        REGIONS.check(regions);
        VOTE_INTERVAL.check(voteInterval);
        SHARE.check(share);
        GOODS.check(goods);
        GOODS_PER_TOWN.check(goodsPerTown);
        BylawConfig.check(goodsPerTown <= goods, "goodsPerTown", "in [1, goods = " + goods + "]", goodsPerTown);
        AUTARKY_EFFICIENCY.check(autarkyEfficiency);
        MIGRATION_RATE.check(migrationRate);
        MIGRATION_TOLERANCE.check(migrationTolerance);
        MIGRATION_CAP.check(migrationCap);
        MIGRATION_COST.check(migrationCost);
        TRANSITION_SEED_TOWNS.check(seedTowns);
        TRANSITION_EDUCATION_RATE.check(educationRate);
        TRANSITION_THRESHOLD.check(powerThreshold);
        TRANSITION_MEMORY.check(powerMemory);
        TRANSITION_STATE_PRESSURE.check(statePressure);
    }

    /** Reads the confederation, interdependence, migration and transition keys. */
    public static ConfederationConfig from(ParameterValues v) {
        return new ConfederationConfig(v.get(CONFEDERATION_ENABLED), v.get(REGIONS), v.get(COMMUNE_OF_COMMUNES),
                Rule.valueOf(v.get(RULE).toUpperCase(Locale.ROOT)), v.get(IMPARTIAL_CULTURE), v.get(VOTE_INTERVAL), v.get(SHARE),
                v.get(COMPLAINTS), v.get(MEMBER_COMPLAINTS), v.get(LEVY_VOTE), v.get(RECONCILE), v.get(LEVY_FROM_STOCK), v.get(GOODS),
                v.get(GOODS_PER_TOWN), v.get(AUTARKY_EFFICIENCY), v.get(MIGRATION_ENABLED), v.get(MIGRATION_RATE),
                v.get(MIGRATION_TOLERANCE), v.get(MIGRATION_CAP), v.get(MIGRATION_COST), v.get(TRANSITION_ENABLED),
                v.get(TRANSITION_SEED_TOWNS), v.get(TRANSITION_EDUCATION_RATE), v.get(TRANSITION_THRESHOLD),
                v.get(TRANSITION_MEMORY), v.get(TRANSITION_STATE_PRESSURE));
    }
}
