package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.model.VoteRecord;
import org.pnyx.model.VoteRecord.TownVote;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;
import org.pnyx.rules.ReferendumParadox;

/** Patterns of the confederal layer, run in the engine. */
final class ConfederationPatterns {

    private ConfederationPatterns() {
    }

    /** Towns with unequal land (endowment 0.6-1.4) in one confederation that pools a share of surplus. */
    private static final String CONFEDERATED = """
            name: confederation
            municipalities:
              count: 8
              size: {dist: constant, mean: 200}
              endowment: {dist: uniform, mean: 1, min: 0.6, max: 1.4}
            confederation: {enabled: true, regions: 1, share: 0.3}
            """;

    /**
     * Fifteen equal towns of 41 whose assemblies meet every week and which everyone attends (intercept 20), one
     * confederal question a week, every vote cast a fair coin (impartial culture); pooling and sanctions kept out.
     * A delegate's own coin is no conviction, so delegates carry their mandates (a deviation would add its own
     * disagreements).
     */
    static final String IMPARTIAL = """
            name: impartial-culture
            municipalities: {count: 15, size: {dist: constant, mean: 41}}
            bylaws: {meetingInterval: 1}
            attendance: {base: 20}
            confederation: {enabled: true, voteInterval: 1, impartialCulture: true, share: 0}
            """;

    /**
     * The teaching table: Riverside, 1,000 citizens, 800 against and 200 for; four towns of 200, each 150 for and 50
     * against. Citizens 800 for, 1,000 against; towns 4 for, 1 against. Everyone attends, and
     * every citizen's solidarity is 1, so delegates carry their mandates.
     */
    static final String TABLE = """
            name: paradox-table
            municipalities:
              list:
                - {name: riverside, population: 1000, confederalFor: 200, confederalAgainst: 800}
                - {name: ashby, population: 200, confederalFor: 150, confederalAgainst: 50}
                - {name: brook, population: 200, confederalFor: 150, confederalAgainst: 50}
                - {name: carrow, population: 200, confederalFor: 150, confederalAgainst: 50}
                - {name: dunmore, population: 200, confederalFor: 150, confederalAgainst: 50}
            bylaws: {meetingInterval: 1}
            attendance: {base: 20}
            citizens: {solidarity: {dist: constant, mean: 1}}
            confederation: {enabled: true, voteInterval: 4, share: 0.1}
            """;

    /**
     * A city of 1,000 whose assembly meets every 26 weeks and five towns of 200 meeting every 4, one question every
     * 13 weeks: the city's assembly takes up about half of the questions.
     */
    static final String RARE_CITY = """
            name: rare-city
            municipalities:
              list:
                - {name: city, population: 1000, bylaws: {meetingInterval: 26}}
                - {name: ashby, population: 200}
                - {name: brook, population: 200}
                - {name: carrow, population: 200}
                - {name: dunmore, population: 200}
                - {name: elton, population: 200}
            confederation: {enabled: true, voteInterval: 13, share: 0.2}
            """;

    /** Ten towns of 100 with little solidarity (mean 0.3), meeting every 2 weeks, a confederal question every 2. */
    static final String DELEGATES = """
            name: delegates
            municipalities: {count: 10, size: {dist: constant, mean: 100}}
            citizens: {solidarity: {dist: beta, mean: 0.3, sd: 0.15}}
            bylaws: {meetingInterval: 2}
            confederation: {enabled: true, voteInterval: 2, share: 0.2}
            """;

    /**
     * A rogue on a shared commons (confederation-rogue.yaml, eight years): six towns of one region draw on one
     * stock; the populous, richly endowed rogue never revisits its harvest cap (0.7 of twice its sustainable yield).
     * With {@code economy.commonsScope=municipality} each town harvests a commons of its own, so the rogue's
     * over-harvest harms only its own members (confederation-own-members.yaml).
     */
    static final String ROGUE = """
            name: rogue-commons
            municipalities:
              list:
                - {name: rogue, population: 1500, endowment: 2.0, bylaws: {proposalsPerMeeting: 0}}
                - {name: ashby,  population: 200}
                - {name: brook,  population: 200}
                - {name: carrow, population: 200}
                - {name: dunmore, population: 200}
                - {name: elton,  population: 200}
            policy: {harvestCap: 0.7}
            economy: {commonsScope: region, resourceIntensity: 0.3}
            confederation: {enabled: true, share: 0.0, voteInterval: 13}
            """;


    /**
     * Ten towns of unequal size and land, each making two of four goods, whose assemblies vote each quarter whether to
     * pay the pooled share (confederation-levy-refusal.yaml).
     */
    static final String LEVY = """
            name: levy-refusal
            municipalities:
              count: 10
              size: {dist: lognormal, mean: 300, sd: 150, min: 50, max: 2000}
              endowment: {dist: uniform, mean: 1, min: 0.6, max: 1.4}
            citizens: {solidarity: {dist: beta, mean: 0.5, sd: 0.15}}
            interdependence: {goods: 4, goodsPerTown: 2, autarkyEfficiency: 0.5}
            confederation: {enabled: true, regions: 1, share: 0.3, voteInterval: 13, levyVote: true}
            """;

    /** Eight towns of unequal size (50-350) and land (0.6-1.4) in one confederation, a question every 4 weeks. */
    static final String RECONCILE = """
            name: reconcile
            municipalities:
              count: 8
              size: {dist: uniform, mean: 200, min: 50, max: 350}
              endowment: {dist: uniform, mean: 1, min: 0.6, max: 1.4}
            confederation: {enabled: true, regions: 1, share: 0.1, voteInterval: 4}
            """;

    static List<Pattern> all() {
        return List.of(
                new Pattern("referendum-paradox-table", "On the classic table (a large town against, the small towns"
                        + " for) the aggregate of citizens' votes and the majority of towns disagree",
                        "Feix, Lepelley, Merlin & Rouet (2004)",
                        "share of confederal votes showing the paradox, votes set by hand (Riverside 200 for, 800"
                                + " against; four towns of 200, 150 for, 50 against), cast in full meetings",
                        new Tolerance(0.99, 1, "the table's citizens are 800 for and 1,000 against while its towns are"
                                + " 4 for and 1 against, so every vote counted from it shows the paradox"),
                        Knockout.inRule("one-town-one-vote", "the towns tallied as one town"), null, 0, 3,
                        t -> paradoxShare(t.run(TABLE, set(ScenarioConfig.STEPS, t.scale(52, 24))).votes(),
                                t.knockedOut())),
                new Pattern("referendum-paradox-impartial-culture", "When every citizen's vote is a fair coin the"
                        + " aggregate of citizens and the majority of towns disagree as often as probability says",
                        "Feix, Lepelley, Merlin & Rouet (2004)",
                        "share of the model's confederal votes showing the paradox minus the exact probability for the"
                                + " same numbers of voters (computed by enumeration, rules.ReferendumParadox), 15 equal"
                                + " towns of 41, every vote a fair coin",
                        new Tolerance(-0.04, 0.04, "the exact probability is about 0.2 for ten to fifty equal towns"
                                + " (Feix et al. 2004); the model's count must agree with it within 0.04, about two"
                                + " standard errors of one replication's 400 votes (Pnyx design target)"),
                        Knockout.inRule("one-town-one-vote", "the towns tallied as one town"), null, 0, 10,
                        t -> {
                            List<VoteRecord> votes = t.run(IMPARTIAL, set(ScenarioConfig.STEPS, t.scale(400, 150)))
                                    .votes();
                            return paradoxShare(votes, t.knockedOut()) - exactShare(votes);
                        }),
                new Pattern("rare-meetings-weigh-less", "A town whose assembly meets rarely or thinly weighs less in"
                        + " the confederation's aggregate; under the plebiscite every resident counts whatever the"
                        + " assembly does", "Bookchin (Biehl 1998): the aggregate of votes cast in the assemblies",
                        "the city's share of the votes counted under the rule in force over its share of residents,"
                                + " mean over votes (city of 1,000 meeting every 26 weeks, five towns of 200 every 4,"
                                + " a question every 13 weeks)",
                        new Tolerance(0, 0.75, "the city's assembly takes up about half of the questions, so its"
                                + " weight should fall well below its share of residents (at most three quarters;"
                                + " Pnyx design target); the plebiscite gives 1 by construction"),
                        Knockout.of("confederal-votes-in-assemblies"), null, 0, 5,
                        t -> cityWeight(t.run(RARE_CITY, set(ScenarioConfig.STEPS, t.scale(520, 260))).votes())),
                new Pattern("recall-keeps-delegates-faithful", "Delegates who expect their assembly to recall them"
                        + " break their mandates less often", "Bookchin (Biehl 1998): delegates are imperatively"
                        + " mandated and immediately recallable",
                        "share of mandated council votes cast against the mandate with recall (bylaws.delegateRecall 1)"
                                + " over the same share with recall knocked out (delegateRecall 0), same seed, ten towns"
                                + " of 100 with solidarity mean 0.3, a question every 2 weeks",
                        new Tolerance(0, 0.8, "credible recall should cut deviations by at least a fifth (Pnyx design"
                                + " target for the seed's qualitative claim that recallable delegates carry their"
                                + " mandates)"),
                        Knockout.of("delegate-recall"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(520, 208));
                            double with = 1 - t.run(DELEGATES, steps).last(Metric.DELEGATE_FIDELITY);
                            double without = 1 - t.run(DELEGATES, steps, set(BylawConfig.DELEGATE_RECALL, 0))
                                    .last(Metric.DELEGATE_FIDELITY);
                            return with / without;
                        }),
                new Pattern("complaint-restrains-rogue", "A rogue town over-harvesting a shared commons is restrained"
                        + " by complaint and adjudication; with complaints knocked out the commons collapses",
                        "Bookchin (Biehl 1998): confederates may prevent a town that engrosses itself at the expense of"
                                + " others; Ostrom (1990) principles 4-6",
                        "the shared stock as a share of capacity, mean of the last year (six towns on one regional"
                                + " commons, the rogue of 1,500 with twice the land never revising its harvest cap)",
                        new Tolerance(0.2, 1, "restrained, the stock stays above a fifth of its capacity; collapsed,"
                                + " it runs down below (Pnyx design target: the maximum sustainable yield is at a half)"),
                        Knockout.of("complaints"), null, 0, 5,
                        t -> t.run(ROGUE, set(ScenarioConfig.STEPS, t.scale(624, 520)))
                                .townTail(0, Metric.COMMONS_STOCK, 52)),
                new Pattern("complaint-protects-members", "A rogue town over-harvesting its own commons is restrained"
                        + " by a complaint its own members bring; with their complaints knocked out its stock, and its"
                        + " members' livelihood, collapse",
                        "Bookchin (Biehl 1998): the confederation may prevent a municipality from inflicting damage on"
                                + " its own members; Ostrom (1990) principles 4-6",
                        "the rogue's own stock as a share of its capacity, mean of the last year (six towns each on a"
                                + " commons of its own, the rogue of 1,500 with twice the land never revising its harvest"
                                + " cap)",
                        new Tolerance(0.2, 1, "restrained, the stock stays above a fifth of its capacity; collapsed,"
                                + " it runs down below (Pnyx design target: the maximum sustainable yield is at a half)"),
                        Knockout.of("member-complaints"), null, 0, 5,
                        t -> t.run(ROGUE, set(ScenarioConfig.STEPS, t.scale(624, 520)),
                                set(EconomyConfig.COMMONS_SCOPE, "municipality"),
                                set(ConfederationConfig.MEMBER_COMPLAINTS, true))
                                .townTail(0, Metric.COMMONS_STOCK, 52)),
                new Pattern("refusal-complaints-keep-transfers", "Where towns' assemblies may refuse the levy, the"
                        + " complaints of the towns that lose the transfer keep between-town inequality lower",
                        "Bookchin (Biehl 1998): confederates may prevent a town that engrosses itself at the expense of"
                                + " others",
                        "Gini between towns with complaints over the same with complaints knocked out, same seed, last"
                                + " year's mean (ten towns of unequal size and land, each assembly voting each quarter"
                                + " whether to pay the pooled share)",
                        new Tolerance(0, 0.95, "refusals complained of and sanctioned should leave between-town"
                                + " inequality at least a twentieth lower than refusals nobody answers (Pnyx design"
                                + " target)"),
                        Knockout.of("complaints"), null, 0, 5,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(520, 260));
                            double with = t.run(LEVY, steps).tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            double without = t.run(LEVY, steps, set(ConfederationConfig.COMPLAINTS, false))
                                    .tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            return with / without;
                        }),
                new Pattern("reconciled-proposals-pass", "Reconciled proposals pass more often than the towns'"
                        + " separate ones", "Bookchin (Biehl 1998): the council reconciles, with base approval,"
                        + " differences among the assemblies",
                        "share of pooled-share questions adopted when the council reconciles the towns' proposals into"
                                + " one text over the share adopted when the towns' proposals are put one at a time,"
                                + " same seed (eight towns of 50-350 with land 0.6-1.4, a question every 4 weeks)",
                        new Tolerance(1.1, Double.POSITIVE_INFINITY, "reconciled texts should pass at least a tenth more often (Pnyx design"
                                + " target for the seed's claim that the council reconciles differences so that the"
                                + " assemblies can approve)"),
                        Knockout.of("reconciliation"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(520, 260));
                            double with = adoptedShare(t.run(RECONCILE, steps).votes());
                            double without = adoptedShare(t.run(RECONCILE, steps,
                                    set(ConfederationConfig.RECONCILE, false)).votes());
                            return with / without;
                        }),
                new Pattern("pooling-equalizes-towns", "Pooling surplus between towns and giving it by need lowers"
                        + " inequality between them", "Biehl 1998 (confederal redistribution)",
                        "Gini between towns confederated (pooling) over the Gini of the same towns isolated (same seed,"
                                + " last year's mean)",
                        new Tolerance(0, 0.9, "pooling lowers between-town inequality (Biehl 1998); by at least a"
                                + " tenth, a Pnyx design target for the qualitative claim"),
                        Knockout.of("redistribution"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(260, 104));
                            double pooled = t.run(CONFEDERATED, steps).tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            // Isolated, not a pooled share of 0: the confederation's votes could raise a 0 share.
                            double alone = t.run(CONFEDERATED, steps, set(ConfederationConfig.CONFEDERATION_ENABLED, false))
                                    .tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            return pooled / alone;
                        }));
    }

    /** Share of the pooled-share questions counted that were adopted under the rule in force. */
    static double adoptedShare(List<VoteRecord> votes) {
        int put = 0;
        int adopted = 0;
        for (VoteRecord v : votes) {
            if (v.question() == VoteRecord.Question.SHARE) {
                put++;
                adopted += v.adopted() ? 1 : 0;
            }
        }
        return put == 0 ? Double.NaN : (double) adopted / put;
    }

    /**
     * Share of the votes counted that show the paradox; knocked out, the towns are tallied as one town, whose
     * majority is the aggregate's, so no vote can.
     */
    static double paradoxShare(List<VoteRecord> votes, boolean asOneTown) {
        if (votes.isEmpty()) {
            return Double.NaN;
        }
        int paradoxes = 0;
        for (VoteRecord v : votes) {
            paradoxes += !asOneTown && v.outcomes().paradox() ? 1 : 0;
        }
        return (double) paradoxes / votes.size();
    }

    /** Mean over the votes of the exact probability of the paradox for their numbers of voters per town. */
    static double exactShare(List<VoteRecord> votes) {
        Map<List<Integer>, Double> known = new HashMap<>();
        double sum = 0;
        for (VoteRecord v : votes) {
            List<Integer> sizes = v.towns().stream().map(t -> t.yes() + t.no()).toList();
            sum += known.computeIfAbsent(sizes,
                    k -> ReferendumParadox.probability(k.stream().mapToInt(Integer::intValue).toArray()));
        }
        return votes.isEmpty() ? Double.NaN : sum / votes.size();
    }

    /**
     * The first town's share of the votes counted under the rule in force (cast in meetings, or every resident
     * polled under the plebiscite) over its share of the residents, averaged over votes.
     */
    static double cityWeight(List<VoteRecord> votes) {
        double sum = 0;
        for (VoteRecord v : votes) {
            boolean poll = v.rule() == Rule.PLEBISCITE;
            double counted = 0;
            double residents = 0;
            for (TownVote t : v.towns()) {
                counted += poll ? t.residentsYes() + t.residentsNo() : t.yes() + t.no();
                residents += t.residents();
            }
            TownVote city = v.towns().get(0);
            double share = counted == 0 ? 0 : (poll ? city.residentsYes() + city.residentsNo() : city.yes() + city.no())
                    / counted;
            sum += share / (city.residents() / residents);
        }
        return votes.isEmpty() ? Double.NaN : sum / votes.size();
    }
}
