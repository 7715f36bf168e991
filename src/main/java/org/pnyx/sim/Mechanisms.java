package org.pnyx.sim;

import java.util.List;
import java.util.Map;
import org.pnyx.config.AmendmentConfig;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.CitizenTraitsConfig;
import org.pnyx.config.CivicConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.InterestsConfig;
import org.pnyx.config.KnowledgeConfig;
import org.pnyx.config.Param;
import org.pnyx.config.PowersConfig;
import org.pnyx.config.SanctionConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;

/**
 * The registry of the model's mechanisms: for each, what it does, where its rule comes from, the class
 * that holds it, and its knockout, the declared parameter value that switches it off or sets it neutral,
 * so that every result can be shown to depend on the mechanism meant to produce it. Where a metric must
 * become neutral under the knockout (zero, or constant over the run), the registry names it as the
 * knockout's witness. {@code pnyx reproduce} runs each published pattern ({@code patterns.Patterns}) with its
 * mechanism knocked out.
 */
public final class Mechanisms {

    private Mechanisms() {
    }

    /** What a witness metric does when its mechanism is knocked out. */
    public enum Neutral {
        /** The metric is 0 every week. */
        ZERO,
        /** The metric keeps its first week's value (in every town). */
        CONSTANT,
        /** No single metric shows it; the run's outputs differ from the run with the mechanism on. */
        NONE
    }

    /**
     * One mechanism.
     *
     * @param name     short name
     * @param what     what it does, in a few words
     * @param source   where its rule comes from
     * @param holder   the class that holds it
     * @param knockout the parameter that knocks it out
     * @param neutral  the knockout's value, as a scenario would write it
     * @param witness  the metric made neutral by the knockout, or null
     * @param kind     how the witness is neutral
     * @param live     settings under which the mechanism is active (for a test or a pattern), as key=value
     */
    public record Mechanism(String name, String what, String source, String holder, Param knockout, String neutral,
                            Metric witness, Neutral kind, Map<String, String> live) {
    }

    private static final Map<String, String> CONFEDERATED = Map.of(
            ConfederationConfig.CONFEDERATION_ENABLED.path(), "true",
            ConfederationConfig.MIGRATION_ENABLED.path(), "true");

    private static final List<Mechanism> ALL = List.of(
            new Mechanism("habit", "attendance habit learns from outcomes", "Bendor, Diermeier & Ting (2003)",
                    "model.Attendance", AttendanceConfig.LEARNING_RATE, "0", Metric.MEAN_HABIT, Neutral.CONSTANT,
                    Map.of()),
            // Assumed, and off by default: kept so a scenario can compare it with the experienced size below.
            new Mechanism("size-dilution", "efficacy diluted by town size (assumed, off by default)", "Bryan (2004)",
                    "model.Attendance", AttendanceConfig.SIZE_ELASTICITY, "0", null, Neutral.NONE,
                    Map.of(AttendanceConfig.SIZE_ELASTICITY.path(), "0.5")),
            new Mechanism("size-experience", "citizens weigh the meeting they experience: speaking turns shared among"
                    + " attendees, attendees they know, the chance their vote decides",
                    "Dahl & Tufte (1973); Bryan (2004); Dunbar (1992); Riker & Ordeshook (1968)", "model.Attendance",
                    AttendanceConfig.EXPERIENCE, "0", null, Neutral.NONE, Map.of()),
            new Mechanism("survival", "citizens in shortfall spend free hours seeking the means of life, not on"
                    + " politics", "Bookchin (Biehl 1998); Pnyx design", "model.Attendance", AttendanceConfig.SURVIVAL_HOURS, "0",
                    null, Neutral.NONE, Map.of(EconomyConfig.PRODUCTIVITY.path(), "0.01")),
            new Mechanism("interests", "opinions move toward what citizens' interests and values favour",
                    "Bookchin (Biehl 1998); Downs (1957); Pnyx design", "model.Interests", InterestsConfig.PULL, "0", null,
                    Neutral.NONE, Map.of()),
            new Mechanism("interest-anchoring", "in deliberation each attendee returns part of the way to the view"
                    + " their own situation gives, so a minority whose situation differs persists",
                    "Friedkin & Johnsen (1990)", "model.Decision", InterestsConfig.ANCHOR, "0", null, Neutral.NONE,
                    Map.of()),
            new Mechanism("canvassing", "the minority on an adopted motion persuades members between meetings",
                    "Bookchin (Biehl 1998); Deffuant et al. (2000); Pnyx design", "model.Decision",
                    InterestsConfig.CANVASS, "0", null, Neutral.NONE, Map.of(InterestsConfig.CANVASS.path(), "3")),
            new Mechanism("means-insecurity", "the wish to save in the common stock falls with one's own reserves",
                    "Moene & Wallerstein (2001); Pnyx design", "model.Interests", InterestsConfig.HORIZON, "0", null,
                    Neutral.NONE, Map.of()),
            new Mechanism("organized-interest", "the richest members coordinate: they attend when their interest is"
                    + " on the agenda, move what serves it and hold their line", "Olson (1965); Bookchin (Biehl 1998)",
                    "model.InterestGroup", ScenarioConfig.ORGANIZING, "false", null, Neutral.NONE,
                    Map.of(ScenarioConfig.ORGANIZED_SHARE.path(), "0.1")),
            new Mechanism("counter-organization", "citizens of high solidarity coordinate against the organized"
                    + " interest: they turn out where it does, move and argue their own line and hold it",
                    "Bookchin (Biehl 1998); Pnyx design", "model.CounterGroup", ScenarioConfig.COUNTER_ORGANIZING,
                    "false", null, Neutral.NONE, Map.of(ScenarioConfig.ORGANIZED_SHARE.path(), "0.1",
                            ScenarioConfig.COUNTER_SHARE.path(), "0.1")),
            new Mechanism("wealth-buys-time", "the cost of a meeting falls with the attendee's wealth",
                    "Verba, Schlozman & Brady (1995); Pnyx design", "model.Attendance", ScenarioConfig.TIME_WEIGHT, "0",
                    null, Neutral.NONE, Map.of(ScenarioConfig.TIME_WEIGHT.path(), "1")),
            new Mechanism("deliberation", "bounded-confidence opinion exchange among attendees",
                    "Hegselmann & Krause (2002); Deffuant et al. (2000)", "rules.Deliberation",
                    BylawConfig.DELIBERATION, "none", null, Neutral.NONE, Map.of()),
            new Mechanism("civic-formation", "solidarity and reason grow by taking part in empowered assemblies and"
                    + " erode with absence, exclusion and powerlessness",
                    "Biehl (1998), The Formation of Citizenship; Pateman (1970); Mansbridge (1980)",
                    "model.CivicFormation", CivicConfig.FORMATION, "false", Metric.MEAN_SOLIDARITY, Neutral.CONSTANT,
                    Map.of()),
            new Mechanism("judgement", "in deliberation, listeners weigh speakers by the speakers' reason",
                    "Biehl (1998): reason weighs the possible courses of action", "rules.Deliberation",
                    CivicConfig.JUDGEMENT, "false", null, Neutral.NONE, Map.of()),
            new Mechanism("influence", "winner-loser feedback: movers of carried motions and winners of contested"
                    + " elections gain standing, losers lose it", "Bonabeau, Theraulaz & Deneubourg (1995)",
                    "model.Influence, model.Offices", ScenarioConfig.INFLUENCE_GAIN, "0", null, Neutral.NONE, Map.of()),
            new Mechanism("persuasion", "a mover's standing pulls the room toward the motion; a holder's standing"
                    + " answers a recall", "Bonabeau, Theraulaz & Deneubourg (1995); Pnyx design", "model.Decision",
                    ScenarioConfig.PERSUASION, "0", null, Neutral.NONE, Map.of()),
            new Mechanism("standing-in-elections", "attendees rate candidates by views and by standing",
                    "Michels (1911); Pnyx design", "model.Offices", ScenarioConfig.STANDING_WEIGHT, "0", null,
                    Neutral.NONE, Map.of()),
            new Mechanism("chair-agenda", "the facilitator's weight in moving motions is multiplied (agenda power)",
                    "Freeman (1972)", "model.Agenda", BylawConfig.FACILITATOR_BONUS, "1", null, Neutral.NONE,
                    Map.of()),
            new Mechanism("wealth-buys-standing", "wealth multiplies a citizen's weight in moving motions, standing"
                    + " for office, voters' eyes and persuasion", "Bookchin (Biehl 1998); Pnyx design", "model.Meeting",
                    ScenarioConfig.WEALTH_WEIGHT, "0", null, Neutral.NONE, Map.of(ScenarioConfig.WEALTH_WEIGHT.path(),
                            "1", EconomyConfig.REGIME.path(), "capitalist")),
            new Mechanism("recall", "a recall is moved when approval falls and decided under the bylaws",
                    "Bookchin (Biehl 1998)", "model.Offices", BylawConfig.RECALL_THRESHOLD, "0", Metric.RECALLS_MOVED,
                    // Opinions that follow interests lie close together: a narrower approval radius lets disapproval
                    // arise in the two years of the test.
                    Neutral.ZERO, Map.of(BylawConfig.APPROVAL_RADIUS.path(), "0.05")),
            new Mechanism("reconsideration", "the minority on an adopted decision moves to restore the old policy",
                    "Bookchin (Biehl 1998)", "model.Agenda", BylawConfig.RECONSIDERATION_DELAY, "0",
                    // Set when a town's members agreed (before issue 16's anchoring); kept so the test's run is
                    // unchanged.
                    Metric.RECONSIDERATIONS, Neutral.ZERO, Map.of(InterestsConfig.PULL.path(), "0")),
            new Mechanism("correlated-votes", "on a technical question attendees defer to an opinion leader drawn by influence",
                    "Boland, Proschan & Tong (1989); Ladha (1992)", "model.Knowledge", KnowledgeConfig.DEFERENCE, "0",
                    null, Neutral.NONE, Map.of(KnowledgeConfig.SHARE.path(), "1")),
            new Mechanism("expert-presentation", "an expert's clear presentation raises attendees' competence",
                    "Bookchin (Biehl 1998)", "model.Knowledge", KnowledgeConfig.EXPERT_GAIN, "0", null, Neutral.NONE,
                    Map.of(KnowledgeConfig.SHARE.path(), "1", KnowledgeConfig.EXPERT.path(), "1")),
            new Mechanism("amendments", "assemblies amend their own bylaws, moved and voted from what citizens lived"
                    + " through", "Bookchin (Biehl 1998); Ostrom (1990) principle 3; Buchanan & Tullock (1962)",
                    "model.Amendments", AmendmentConfig.AMENDMENTS_PER_MEETING, "0", Metric.AMENDMENTS, Neutral.ZERO,
                    Map.of(AmendmentConfig.AMENDMENTS_PER_MEETING.path(), "1", BylawConfig.QUORUM.path(), "0.25")),
            new Mechanism("efficacy-from-effect", "agendas hold only what the assembly decides; wins and losses count"
                    + " only where its decisions take effect", "Pnyx design; Bryan (2004)", "model.Decision",
                    AmendmentConfig.EFFICACY_FROM_EFFECT, "false", null, Neutral.NONE, Map.of()),
            new Mechanism("production", "work produces goods", "Pnyx design", "economy.Work",
                    EconomyConfig.PRODUCTIVITY, "0", Metric.OUTPUT_PER_CAPITA, Neutral.ZERO, Map.of()),
            new Mechanism("conditional-cooperation", "conditional cooperators match their co-op's last effort,"
                    + " imperfectly", "Fischbacher, Gaechter & Fehr (2001); Fischbacher & Gaechter (2010)",
                    "economy.Effort", EconomyConfig.MATCH_FRACTION, "1", null, Neutral.NONE, Map.of()),
            new Mechanism("free-riding", "free riders give only their best response (and their duty)", "Fischbacher, Gaechter & Fehr (2001)",
                    "economy.Effort", EconomyConfig.FREE_RIDER_SHARE, "0", null, Neutral.NONE, Map.of()),
            new Mechanism("moral-channel", "every worker gives at least the effort their solidarity holds due",
                    "Andreoni (1990) warm glow; Biehl (1998): duties to the community", "economy.Effort",
                    EconomyConfig.DUTY_WEIGHT, "0", null, Neutral.NONE, Map.of()),
            new Mechanism("moral-types", "effort types follow solidarity in absolute terms and move as it crosses a"
                    + " threshold", "Fischbacher, Gaechter & Fehr (2001) shares; Biehl (1998), The Formation of"
                    + " Citizenship; Pnyx design", "model.TypeBands, model.CivicFormation", EconomyConfig.MORAL_TYPES,
                    "false", null, Neutral.NONE, Map.of()),
            new Mechanism("first-week-inclination", "in a town's first week workers act on their own inclination:"
                    + " they expect others to give what they would, and free riders have not yet learned",
                    "Ross, Greene & House (1977); Andreoni (1988, 1995)", "economy.Work", EconomyConfig.INCLINATION,
                    "false", null, Neutral.NONE, Map.of()),
            new Mechanism("trust", "trust, the share conditional cooperators match, follows the reciprocity met"
                    + " and rises with deliberating together in an empowered assembly",
                    "Biehl (1998): trust in one another; Fischbacher & Gaechter (2010); Ostrom, Walker & Gardner (1992)",
                    "economy.Work, model.CivicFormation",
                    EconomyConfig.TRUST_RATE, "0", Metric.MEAN_TRUST, Neutral.CONSTANT, Map.of()),
            new Mechanism("sanctions", "monitoring and graduated sanctions", "Ostrom (1990) principles 4-5",
                    "economy.Work", SanctionConfig.MONITORING, "0", Metric.SANCTIONS, Neutral.ZERO, Map.of()),
            new Mechanism("fines", "graduated fines take a share of what an offender shirked",
                    "Ostrom (1990) principle 5; Fehr & Gaechter (2000)", "economy.Sanctions", SanctionConfig.SANCTION_FINE,
                    "0", null, Neutral.NONE, Map.of()),
            // Types also move when civic formation carries solidarity across a threshold (moral-types); the
            // witness is tested with types by rank, so that imitation is the one thing that changes them.
            new Mechanism("imitation", "citizens copy better-off neighbours' types", "Schlag (1998)",
                    "economy.Imitation", EconomyConfig.IMITATION_RATE, "0", Metric.FREE_RIDER_SHARE,
                    Neutral.CONSTANT, Map.of(EconomyConfig.MORAL_TYPES.path(), "false")),
            new Mechanism("commons", "production harvests a renewable commons", "Gordon (1954); Schaefer (1954)",
                    "economy.Commons", EconomyConfig.RESOURCE_INTENSITY, "0", Metric.COMMONS_STOCK, Neutral.CONSTANT,
                    Map.of()),
            new Mechanism("need-distribution", "the town pool is shared according to need", "Bookchin (Biehl 1998)",
                    "economy.TownPool", EconomyConfig.DISTRIBUTION, "contribution", null, Neutral.NONE, Map.of()),
            new Mechanism("consumption", "citizens consume their need and a share of their wealth", "Pnyx design",
                    "economy.Consumption", EconomyConfig.CONSUMPTION, "false", Metric.MEAN_WEALTH, Neutral.CONSTANT,
                    Map.of(EconomyConfig.REGIME.path(), "syndicalist", EconomyConfig.PRODUCTIVITY.path(), "0",
                            SanctionConfig.MONITORING.path(), "0")),
            new Mechanism("exchange", "yard-sale exchange where the regime trades privately",
                    "Chakraborti (2002); Boghosian (2014)", "economy.Exchange", EconomyConfig.EXCHANGE_RATE, "0", null,
                    Neutral.NONE, Map.of(EconomyConfig.REGIME.path(), "syndicalist")),
            new Mechanism("random-exchange", "pairs pool their wealth and split it by a uniform random fraction",
                    "Dragulescu & Yakovenko (2000)", "economy.Exchange", EconomyConfig.EXCHANGE, "none", null,
                    Neutral.NONE, Map.of(EconomyConfig.REGIME.path(), "syndicalist", EconomyConfig.EXCHANGE.path(),
                            "random_split")),
            new Mechanism("plan-overrides", "a central plan holds a planned town's policies and overrides its"
                    + " assembly", "Individual liberty under socialism; Biehl 1998 (state socialism)", "model.Bindings, economy.TownWeek",
                    PowersConfig.PLAN_OVERRIDES, "false", null, Neutral.NONE,
                    Map.of(EconomyConfig.REGIME.path(), "state_socialist")),
            new Mechanism("exit-ban", "a central plan bars its citizens from leaving", "Individual liberty under socialism (travel)",
                    "model.Society, confederation.Migration", PowersConfig.PLAN_CLOSES_EXIT, "false",
                    null, Neutral.NONE, Map.of(EconomyConfig.REGIME.path(), "state_socialist",
                            ConfederationConfig.MIGRATION_ENABLED.path(), "true",
                            ConfederationConfig.MIGRATION_TOLERANCE.path(), "0.1")),
            new Mechanism("owners-decide", "owners set the wage of privately owned workplaces", "Biehl 1998 (capitalism);"
                    + " Walras (1874)", "economy.TownWeek, economy.Wages", PowersConfig.OWNERS_DECIDE, "false", null,
                    Neutral.NONE, Map.of(EconomyConfig.REGIME.path(), "capitalist")),
            new Mechanism("labour-market", "the capitalist wage rate moves toward clearing", "Walras (1874)",
                    "economy.Wages", EconomyConfig.WAGE_ADJUSTMENT, "0", null, Neutral.NONE,
                    Map.of(EconomyConfig.REGIME.path(), "capitalist", EconomyConfig.PROFIT_SHARE.path(), "0.5")),
            // A pooled share of 0 is not neutral: the confederation's votes on the share can raise it again.
            // Until pooling has a switch of its own, its knockout is the confederal layer as a whole.
            new Mechanism("redistribution", "confederations pool a share of surplus and give it by need",
                    "Bookchin (Biehl 1998)", "confederation.Pooling", ConfederationConfig.CONFEDERATION_ENABLED, "false",
                    Metric.TRANSFERS, Neutral.ZERO, CONFEDERATED),
            new Mechanism("town-levy", "what a town owes the confederation is owed by the town and paid from its common"
                    + " stock first, the rest raised from its members by wealth", "Bookchin (Biehl 1998)",
                    "confederation.Redistribution", ConfederationConfig.LEVY_FROM_STOCK, "false", null, Neutral.NONE,
                    Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true", ConfederationConfig.SHARE.path(),
                            "0.3")),
            // The plebiscite tallies every resident polled outside any meeting: attendance, quorum and the
            // meeting's deliberation then weigh nothing in the aggregate.
            new Mechanism("confederal-votes-in-assemblies", "confederal questions are decided in each town's"
                    + " meeting and the votes cast there are added across towns", "Bookchin (Biehl 1998)",
                    "model.ConfederalDecision", ConfederationConfig.RULE, "plebiscite", null, Neutral.NONE,
                    Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true",
                            ConfederationConfig.VOTE_INTERVAL.path(), "4")),
            // Solidarity 0.5 mixes principle and interest, so a town splits and its delegate may disagree with the
            // mandate; with little solidarity every citizen votes the town's interest and the council's reconciled
            // text leaves the delegate nothing to deviate over.
            new Mechanism("delegate-recall", "after a delegate breaks the mandate the home assembly votes to recall"
                    + " or forgive them, and delegates expecting recall deviate less", "Bookchin (Biehl 1998)",
                    "confederation.Delegates", BylawConfig.DELEGATE_RECALL, "0",
                    Metric.DELEGATE_RECALLS, Neutral.ZERO, Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(),
                            "true", ConfederationConfig.VOTE_INTERVAL.path(), "1",
                            BylawConfig.MEETING_INTERVAL.path(), "1",
                            CitizenTraitsConfig.SOLIDARITY.path() + ".mean", "0.5")),
            new Mechanism("complaints", "a town harmed by another's over-harvest of their shared commons complains, the"
                    + " council adjudicates on the record, and an upheld complaint is put as a sanction sized by the"
                    + " complaining assembly", "Bookchin (Biehl 1998); Ostrom (1990) principles 4-6",
                    "confederation.Enforcement", ConfederationConfig.COMPLAINTS, "false", Metric.CONFEDERAL_SANCTIONS,
                    Neutral.ZERO, Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true",
                            ConfederationConfig.VOTE_INTERVAL.path(), "4", EconomyConfig.COMMONS_SCOPE.path(),
                            "region", EconomyConfig.RESOURCE_INTENSITY.path(), "0.3",
                            ScenarioConfig.POLICY_HARVEST_CAP.path(), "0.7")),
            new Mechanism("member-complaints", "the members of a town over-harvesting its own commons complain to the"
                    + " council, which adjudicates on the record; an upheld complaint is put as a sanction sized by those"
                    + " members, holding the town to the sustainable harvest and paying them a fine by need",
                    "Bookchin (Biehl 1998); Ostrom (1990) principles 4-6", "confederation.Enforcement",
                    ConfederationConfig.MEMBER_COMPLAINTS, "false", Metric.CONFEDERAL_SANCTIONS, Neutral.ZERO,
                    Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true",
                            ConfederationConfig.MEMBER_COMPLAINTS.path(), "true",
                            ConfederationConfig.VOTE_INTERVAL.path(), "4",
                            EconomyConfig.RESOURCE_INTENSITY.path(), "0.3",
                            ScenarioConfig.POLICY_HARVEST_CAP.path(), "0.7")),
            new Mechanism("levy-vote", "each member's assembly votes whether to pay the pooled share; a town that"
                    + " refuses pays and takes nothing, and the towns that lose the transfer may complain",
                    "Bookchin (Biehl 1998)", "confederation.ConfederalVote", ConfederationConfig.LEVY_VOTE, "false",
                    null, Neutral.NONE, Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true",
                            ConfederationConfig.LEVY_VOTE.path(), "true")),
            new Mechanism("reconciliation", "the council reconciles the towns' competing proposals on the pooled"
                    + " share into one text that goes back to the assemblies", "Bookchin (Biehl 1998)",
                    "confederation.ConfederalVote", ConfederationConfig.RECONCILE, "false", null, Neutral.NONE,
                    Map.of(ConfederationConfig.CONFEDERATION_ENABLED.path(), "true")),
            new Mechanism("migration", "dissatisfied citizens move", "Pnyx design", "confederation.Migration",
                    ConfederationConfig.MIGRATION_ENABLED, "false", Metric.MIGRATIONS, Neutral.ZERO,
                    Map.of(ConfederationConfig.MIGRATION_ENABLED.path(), "true",
                            ConfederationConfig.MIGRATION_TOLERANCE.path(), "0.1")),
            // Registered after the week's order (appended): the floor is given inside the assembly step. Live in
            // the knockout test's towns of 150, whose meetings draw more attendees than their 21 turns.
            new Mechanism("floor", "when more attend than a meeting has speaking turns, the chair gives the turns"
                    + " by standing times what wealth buys", "Dahl & Tufte (1973); Michels (1911); Pnyx design",
                    "model.Floor", BylawConfig.FLOOR, "queue", null, Neutral.NONE, Map.of()));

    /** Every registered mechanism, in the order of the week. */
    public static List<Mechanism> all() {
        return ALL;
    }
}
