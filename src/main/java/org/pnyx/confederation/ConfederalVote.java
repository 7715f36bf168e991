package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.VoteRecord;
import org.pnyx.rules.RuleOutcomes;

/**
 * A confederation-wide question is decided by "the aggregate votes of all the citizens of all the
 * municipalities" (seed 001), with the majority of towns and of delegates counted beside it: one
 * question per confederation and vote week (a sanction of the worst harm-doer, else a new pooled share
 * moved by a random citizen), each citizen's position {@code p_i = s_i x_i + (1 - s_i) interest_t},
 * each town's mandate its citizens' majority, carried by its delegate, and the outcome under the rule
 * in force folded into every voter's efficacy and imposition.
 */
final class ConfederalVote {

    private final ConfederalRules rules;
    private final Citizens c;
    private final ConfederalLedger ledger;
    private final Delegates delegates;
    private final Enforcement enforcement;
    private final double efficacyMemory;
    private final Consumer<VoteRecord> votes;

    // Per town, by index, and overall: this week's votes and rule disagreements.
    private final int[] townVotes;
    private final int[] townDisagreements;
    private int votesThisWeek;
    private int disagreementsThisWeek;

    // The question being put, and its count, indexed by position in the confederation.
    private double statusQuo;
    private double proposal;
    private double[] interest = new double[0];
    private int[] yes = new int[0];
    private int[] no = new int[0];
    private int[] cast = new int[0];
    private int[] own = new int[0];

    ConfederalVote(ConfederalRules rules, Citizens c, int towns, ConfederalLedger ledger, Delegates delegates,
                   Enforcement enforcement, double efficacyMemory, Consumer<VoteRecord> votes) {
        this.rules = rules;
        this.c = c;
        this.ledger = ledger;
        this.delegates = delegates;
        this.enforcement = enforcement;
        this.efficacyMemory = efficacyMemory;
        this.votes = votes;
        townVotes = new int[towns];
        townDisagreements = new int[towns];
    }

    /** Clears the week's counts. */
    void startWeek() {
        Arrays.fill(townVotes, 0);
        Arrays.fill(townDisagreements, 0);
        votesThisWeek = 0;
        disagreementsThisWeek = 0;
    }

    /** Whether a week is a vote week: {@code week mod voteInterval = voteInterval - 1}, under the rules in force. */
    boolean voteWeek(long week) {
        int interval = rules.config().voteInterval();
        return week % interval == interval - 1;
    }

    /** Puts this week's question to one confederation, if at least two of its members govern themselves. */
    void hold(Confederation f, long week, MersenneTwisterFast random) {
        List<Municipality> members = f.members();
        int n = members.size();
        ensure(n);
        long population = 0;
        double totalWealth = 0;
        int activeTowns = 0;
        for (Municipality m : members) {
            if (Confederation.takesPart(m)) {
                population += m.population();
                totalWealth += ledger.wealth(m.index());
                activeTowns++;
            }
        }
        if (activeTowns < 2) {
            return;
        }
        double mean = totalWealth / population;
        int target = enforcement.worstHarm(f, mean);
        VoteRecord.Question question = target >= 0 ? VoteRecord.Question.SANCTION : VoteRecord.Question.SHARE;
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            if (Confederation.takesPart(m)) {
                delegates.seat(f, p, random);
                delegates.deliberate(m, random);
            }
        }
        if (question == VoteRecord.Question.SANCTION) {
            putSanction(n, target);
        } else {
            putShare(f, mean, population, random);
        }
        int deviated = count(f, random);
        RuleOutcomes outcomes = RuleOutcomes.count(yes, no, cast, own, n);
        Rule rule = rules.config().rule();
        boolean adopted = outcomes.under(rule);
        if (adopted && question == VoteRecord.Question.SHARE) {
            f.share = proposal;
        } else if (adopted) {
            enforcement.sanction(f, target, mean);
        }
        recordOutcomes(f, adopted);
        recordBindings(f, adopted);
        delegates.recall(f);
        tally(members, outcomes);
        String subject = question == VoteRecord.Question.SANCTION ? members.get(target).name() : "";
        votes.accept(new VoteRecord(week, f.name(), question, subject, statusQuo, proposal, outcomes, deviated, rule));
    }

    /** A sanction of the member at {@code target}: proposal 1 against 0; the accused's interest is 0, the others' 1. */
    private void putSanction(int n, int target) {
        statusQuo = 0;
        proposal = 1;
        for (int p = 0; p < n; p++) {
            interest[p] = p == target ? 0 : 1;
        }
    }

    /**
     * A new share: a member's interest is 1 when its mean wealth is below the confederation's (a net
     * receiver); a random citizen's position is the proposal against the share in force.
     */
    private void putShare(Confederation f, double mean, long population, MersenneTwisterFast random) {
        List<Municipality> members = f.members();
        statusQuo = f.share;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            interest[p] = Confederation.takesPart(m) && ledger.wealth(m.index()) / m.population() < mean ? 1 : 0;
        }
        int mover = mover(f, population, random);
        int home = 0;
        while (members.get(home).index() != c.home(mover)) {
            home++;
        }
        proposal = position(mover, interest[home]);
    }

    /** A random citizen of the active members, whose position becomes the proposal. */
    private static int mover(Confederation f, long population, MersenneTwisterFast random) {
        long u = (long) (random.nextDouble() * population);
        for (Municipality m : f.members()) {
            if (Confederation.takesPart(m)) {
                if (u < m.population()) {
                    return m.member((int) u);
                }
                u -= m.population();
            }
        }
        throw new IllegalStateException("no citizen drawn");
    }

    /**
     * A citizen's position on a confederal question, in [0, 1]: principle weighted by solidarity,
     * interest by the rest, {@code p_i = s_i x_i + (1 - s_i) interest_t}.
     */
    private double position(int id, double townInterest) {
        double s = c.solidarity(id);
        return s * c.confederalOpinion(id) + (1 - s) * townInterest;
    }

    /** +1 when the proposal is nearer the position than the status quo, -1 when farther, 0 when equal. */
    static int vote(double position, double statusQuo, double proposal) {
        double pref = Math.abs(position - statusQuo) - Math.abs(position - proposal);
        return pref > 0 ? 1 : pref < 0 ? -1 : 0;
    }

    /**
     * Counts every active citizen's vote, fixes each town's mandate and its delegate's own and cast
     * votes; returns the number of deviations.
     */
    private int count(Confederation f, MersenneTwisterFast random) {
        List<Municipality> members = f.members();
        int deviated = 0;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            yes[p] = 0;
            no[p] = 0;
            cast[p] = 0;
            own[p] = 0;
            if (!Confederation.takesPart(m)) {
                continue;
            }
            double in = interest[p];
            int y = 0;
            int nays = 0;
            int size = m.population();
            for (int k = 0; k < size; k++) {
                int vote = vote(position(m.member(k), in), statusQuo, proposal);
                if (vote > 0) {
                    y++;
                } else if (vote < 0) {
                    nays++;
                }
            }
            yes[p] = y;
            no[p] = nays;
            int mandate = Integer.signum(y - nays);
            int d = f.delegate[p];
            own[p] = d < 0 ? 0 : vote(position(d, in), statusQuo, proposal);
            cast[p] = mandate;
            if (delegates.deviates(f, p, mandate, own[p], random)) {
                cast[p] = own[p];
                deviated++;
            }
        }
        return deviated;
    }

    /**
     * Folds the decision into each citizen's smoothed efficacy and imposition (the liberty measure):
     * won when the outcome matched their vote, imposed when adopted against it.
     */
    private void recordOutcomes(Confederation f, boolean adopted) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (!Confederation.takesPart(m)) {
                continue;
            }
            double in = interest[p];
            int size = m.population();
            for (int k = 0; k < size; k++) {
                int id = m.member(k);
                int vote = vote(position(id, in), statusQuo, proposal);
                if (vote != 0) {
                    c.recordOutcome(id, (vote > 0) == adopted, adopted && vote < 0, efficacyMemory);
                }
            }
        }
    }

    /**
     * Records the decision into the liberty history of every citizen of the towns that took part
     * (docs/model/liberty.md): it binds them; every citizen voted on it; it was imposed without their assembly's
     * consent when their town's citizens' majority was against the outcome.
     */
    private void recordBindings(Confederation f, boolean adopted) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (!Confederation.takesPart(m)) {
                continue;
            }
            int mandate = Integer.signum(yes[p] - no[p]);
            boolean opposed = mandate != 0 && (mandate > 0) != adopted;
            for (int k = 0; k < m.population(); k++) {
                c.recordBinding(m.member(k), true, opposed);
            }
        }
    }

    private void tally(List<Municipality> members, RuleOutcomes outcomes) {
        votesThisWeek++;
        if (outcomes.disagree()) {
            disagreementsThisWeek++;
        }
        for (Municipality m : members) {
            if (Confederation.takesPart(m)) {
                townVotes[m.index()]++;
                townDisagreements[m.index()] += outcomes.disagree() ? 1 : 0;
            }
        }
    }

    private void ensure(int n) {
        if (yes.length < n) {
            interest = new double[n];
            yes = new int[n];
            no = new int[n];
            cast = new int[n];
            own = new int[n];
        }
    }

    /** Confederal votes this week in confederations the town takes part in. */
    int townVotes(int town) {
        return townVotes[town];
    }

    /** Votes this week, in the town's confederations, on which the three rules disagreed. */
    int townDisagreements(int town) {
        return townDisagreements[town];
    }

    /** Confederal votes held this week, over all confederations. */
    int votesThisWeek() {
        return votesThisWeek;
    }

    /** Votes this week on which the three rules did not all agree. */
    int disagreementsThisWeek() {
        return disagreementsThisWeek;
    }
}
