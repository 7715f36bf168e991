package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalDecision;
import org.pnyx.model.ConfederalItem;
import org.pnyx.model.Minutes;
import org.pnyx.model.Municipality;
import org.pnyx.model.VoteRecord;
import org.pnyx.rules.RuleOutcomes;

/**
 * A confederation-wide question is decided by "the aggregate votes of all the citizens of all the
 * municipalities" (seed 001), cast where "their separate assemblies engage in rational discourse before
 * making decisions". On a vote week the council puts one question onto every member's agenda: a sanction, when
 * it upholds a complaint a harmed town brings (sized by the complaining town's assembly), else a new pooled share
 * from the towns' own proposals, reconciled into one text; each town's next quorate
 * meeting deliberates and votes it under its own bylaws ({@code model.ConfederalDecision}), giving the town's
 * mandate. At the next vote week the question is counted: the votes cast in the meetings, added across towns
 * (the seed's aggregate), the towns' votes carried by their delegates, the delegates' own judgement, and, as
 * a comparison, every resident polled outside any meeting (the plebiscite). The outcome under the rule in
 * force is applied and folded into each voter's efficacy and imposition; then the next question is put.
 */
final class ConfederalVote {

    private final ConfederalRules rules;
    private final Citizens c;
    private final ConfederalLedger ledger;
    private final Delegates delegates;
    private final Enforcement enforcement;
    private final double efficacyMemory;
    private final Consumer<VoteRecord> votes;

    // Per town, by index, and overall: this week's counts.
    private final int[] townVotes;
    private final int[] townDisagreements;
    private final int[] townParadoxes;
    private final int[] townCast;
    private final int[] townResidents;
    private int votesThisWeek;
    private int disagreementsThisWeek;
    private int paradoxesThisWeek;
    private long castThisWeek;
    private long residentsThisWeek;

    // The count, indexed by position in the confederation; the residents' poll by member, in member order.
    private int[] yes = new int[0];
    private int[] no = new int[0];
    private int[] cast = new int[0];
    private int[] own = new int[0];
    private int[] pollYes = new int[0];
    private int[] pollNo = new int[0];
    private byte[] poll = new byte[0];

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
        townParadoxes = new int[towns];
        townCast = new int[towns];
        townResidents = new int[towns];
    }

    /** Clears the week's counts. */
    void startWeek() {
        Arrays.fill(townVotes, 0);
        Arrays.fill(townDisagreements, 0);
        Arrays.fill(townParadoxes, 0);
        Arrays.fill(townCast, 0);
        Arrays.fill(townResidents, 0);
        votesThisWeek = 0;
        disagreementsThisWeek = 0;
        paradoxesThisWeek = 0;
        castThisWeek = 0;
        residentsThisWeek = 0;
    }

    /** Whether a week is a vote week: {@code week mod voteInterval = voteInterval - 1}, under the rules in force. */
    boolean voteWeek(long week) {
        int interval = rules.config().voteInterval();
        return week % interval == interval - 1;
    }

    /**
     * On a vote week: counts the question put at the previous vote week, if any, then puts the next one to
     * the member towns' assemblies, if at least two of its members govern themselves.
     */
    void hold(Confederation f, long week, MersenneTwisterFast random) {
        ensure(f.members().size());
        if (f.pending) {
            count(f, week, random);
        }
        put(f, week);
    }

    /** The confederation's mean wealth per citizen over the members that take part, or NaN if fewer than two do. */
    private double meanWealth(Confederation f) {
        long population = 0;
        double totalWealth = 0;
        int active = 0;
        for (Municipality m : f.members()) {
            if (Confederation.takesPart(m)) {
                population += m.population();
                totalWealth += ledger.wealth(m.index());
                active++;
            }
        }
        return active < 2 ? Double.NaN : totalWealth / population;
    }

    /**
     * Puts a question to every member that takes part. First the council hears the complaint a harmed member
     * brings, if any ({@link Enforcement#complaint}); upheld, the question is a sanction of the accused whose size
     * the complaining town's assembly proposes (status quo 0; the accused's interest 0, the members sharing its
     * stock 1, the others 1/2). Otherwise the question is the pooled share: each member's assembly proposes a
     * share ({@link #townProposal}; a member's interest is 1 when its mean wealth is below the confederation's, a
     * net receiver); the council reconciles the proposals into one text, their mean weighted by the citizens present
     * at the meetings that formed them, or, with
     * reconciliation off, puts the towns' proposals one at a time, in turn.
     */
    private void put(Confederation f, long week) {
        f.pending = false;
        double mean = meanWealth(f);
        if (Double.isNaN(mean)) {
            return;
        }
        List<Municipality> members = f.members();
        int n = members.size();
        Enforcement.Complaint complaint = enforcement.complaint(f);
        if (complaint == null || !complaint.upheld()) {
            Enforcement.Complaint refusal = enforcement.refusal(f);
            complaint = refusal != null ? refusal : complaint;
        }
        f.complaint = complaint;
        f.made.clear();
        double statusQuo;
        double proposal;
        double[] interest = new double[n];
        int target = -1;
        if (complaint != null && complaint.upheld()) {
            target = complaint.accused();
            statusQuo = 0;
            for (int p = 0; p < n; p++) {
                interest[p] = p == target ? 0
                        : complaint.kind() == Enforcement.Kind.REFUSED_TRANSFER ? 1
                        : !complaint.members() && enforcement.harmedBy(f, p, target) ? 1 : 0.5;
            }
            // The complaining town's assembly proposes the size; for a complaint on behalf of a town's own members,
            // those members (present at their latest meeting), with their interest in their own commons.
            Municipality complaining = members.get(complaint.complainant());
            proposal = townProposal(complaining, 1);
            f.made.add(new VoteRecord.Proposal(complainant(f, complaint), proposal, proposers(complaining)));
            f.origin = complainant(f, complaint);
            f.reconciled = false;
            f.proposals = 1;
        } else {
            statusQuo = f.share;
            for (int p = 0; p < n; p++) {
                Municipality m = members.get(p);
                if (Confederation.takesPart(m)) {
                    interest[p] = ledger.wealth(m.index()) / m.population() < mean ? 1 : 0;
                }
            }
            proposal = shareProposal(f, interest);
        }
        boolean coin = rules.config().impartialCulture();
        for (int p = 0; p < n; p++) {
            if (Confederation.takesPart(members.get(p))) {
                f.items[p].put(week, statusQuo, proposal, interest[p], coin);
            }
        }
        f.pending = true;
        f.question = target >= 0 ? VoteRecord.Question.SANCTION : VoteRecord.Question.SHARE;
        f.target = target;
        f.harm = target >= 0 ? complaint.overHarvest() : 0;
        f.putWeek = week;
        putLevy(f, week, mean);
    }

    /**
     * With levy votes on (Pnyx design after Biehl 1998, the municipality as the confederation's unit: the town owes
     * its share and its assembly decides whether to pay it): reads each member's latest levy decision (refusing until
     * the next vote week when a quorate meeting voted no; no decision pays, as agreed), clears what was owed and paid
     * since the latest vote week, and puts the levy question again: pay the share in force (the proposal) or nothing
     * (the status quo), the town's interest 1 when its mean wealth is below the confederation's (a net receiver), else
     * 0. Nothing is put while the share is 0.
     */
    private void putLevy(Confederation f, long week, double mean) {
        List<Municipality> members = f.members();
        int n = members.size();
        java.util.Arrays.fill(f.owed, 0);
        java.util.Arrays.fill(f.paid, 0);
        if (!rules.config().levyVote()) {
            return;
        }
        if (f.levy == null) {
            f.levy = new ConfederalItem[n];
            for (int p = 0; p < n; p++) {
                f.levy[p] = new ConfederalItem(f.name() + " levy");
                members.get(p).addConfederalItem(f.levy[p]);
            }
        }
        for (int p = 0; p < n; p++) {
            ConfederalItem item = f.levy[p];
            f.refusing[p] = item.putWeek() == f.levyPutWeek && item.decided() && item.mandate() < 0;
            if (item.open()) {
                item.close(false); // undecided by the vote week: it pays, as agreed; the question is put afresh
            }
        }
        f.levyPutWeek = -1;
        if (f.share <= 0) {
            return;
        }
        boolean coin = rules.config().impartialCulture();
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            if (Confederation.takesPart(m)) {
                f.levy[p].put(week, 0, f.share, ledger.wealth(m.index()) / m.population() < mean ? 1 : 0, coin);
            }
        }
        f.levyPutWeek = week;
    }

    /**
     * The share put to the assemblies: each member's proposal, reconciled by the council into one text, their
     * mean weighted by the citizens behind each, those present at the meeting whose positions formed it (Pnyx design
     * after Biehl 1998, the council "reconciling (with base approval) differences among them": it splits the
     * difference between the towns' proposals in proportion to the citizens who formed each and adds no policy of
     * its own; a town's weight is that of its assembly, as in the aggregate, not of its residents; the text goes back to the assemblies for approval), or with
     * reconciliation off the proposal of the next member in turn. Sets the question's origin.
     */
    private double shareProposal(Confederation f, double[] interest) {
        List<Municipality> members = f.members();
        int n = members.size();
        if (!rules.config().reconcile()) {
            for (int k = 0; k < n; k++) {
                int p = (f.nextProposer + k) % n;
                if (Confederation.takesPart(members.get(p))) {
                    f.nextProposer = (p + 1) % n;
                    f.origin = members.get(p).name();
                    f.reconciled = false;
                    f.proposals = 1;
                    double v = townProposal(members.get(p), interest[p]);
                    f.made.add(new VoteRecord.Proposal(members.get(p).name(), v, proposers(members.get(p))));
                    return v;
                }
            }
            throw new IllegalStateException("no member takes part");
        }
        double[] value = new double[n];
        long[] weight = new long[n];
        int count = 0;
        long total = 0;
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            if (Confederation.takesPart(m)) {
                value[count] = townProposal(m, interest[p]);
                weight[count] = proposers(m);
                total += weight[count];
                f.made.add(new VoteRecord.Proposal(m.name(), value[count], (int) weight[count]));
                count++;
            }
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += weight[k] * value[k];
        }
        double text = sum / total;
        f.origin = "council";
        f.reconciled = true;
        f.proposals = count;
        return text;
    }

    /**
     * What a town's assembly proposes on a confederal question: the mean position of those present at its latest
     * meeting (every member before any meeting) given the town's interest in it (Pnyx design: the measure
     * originates in the citizens' own positions, formed from principle and the town's situation as in §7.2).
     */
    /** The citizens behind a town's proposal: those present at its latest meeting, every member before any. */
    private static int proposers(Municipality m) {
        int present = m.minutes().lastAttendeeCount();
        return present > 0 ? present : m.population();
    }

    private double townProposal(Municipality m, double interest) {
        Minutes latest = m.minutes();
        int present = latest.lastAttendeeCount();
        int size = present > 0 ? present : m.population();
        double sum = 0;
        for (int k = 0; k < size; k++) {
            sum += ConfederalDecision.position(c, present > 0 ? latest.lastAttendee(k) : m.member(k), interest);
        }
        return sum / size;
    }

    /** Counts the pending question under every rule, applies the outcome under the rule in force and records it. */
    private void count(Confederation f, long week, MersenneTwisterFast random) {
        f.pending = false;
        List<Municipality> members = f.members();
        int n = members.size();
        int active = 0;
        int residents = 0;
        for (Municipality m : members) {
            if (Confederation.takesPart(m)) {
                active++;
                residents += m.population();
            }
        }
        if (active < 2) {
            for (ConfederalItem item : f.items) {
                if (item.putWeek() == f.putWeek) {
                    item.close(false);
                }
            }
            return;
        }
        if (poll.length < residents) {
            poll = new byte[residents];
        }
        int deviated = 0;
        int at = 0;
        List<VoteRecord.TownVote> towns = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            ConfederalItem item = f.items[p];
            yes[p] = 0;
            no[p] = 0;
            cast[p] = 0;
            own[p] = 0;
            pollYes[p] = 0;
            pollNo[p] = 0;
            boolean part = Confederation.takesPart(m) && item.putWeek() == f.putWeek;
            if (part) {
                delegates.seat(f, p, random);
                at = poll(m, item, at, p, random);
                yes[p] = item.yes();
                no[p] = item.no();
                int mandate = item.mandate();
                int d = f.delegate[p];
                own[p] = d < 0 ? 0 : voteOf(m, d, item, random);
                cast[p] = mandate;
                double expected = delegates.recallCredible(f, p) && yes[p] + no[p] > 0
                        ? (double) (mandate > 0 ? yes[p] : no[p]) / (yes[p] + no[p]) : 0;
                if (delegates.deviates(f, p, mandate, own[p], d < 0 ? 0 : conviction(m, d, item), expected,
                        random)) {
                    cast[p] = own[p];
                    deviated++;
                }
            }
        }
        RuleOutcomes outcomes = RuleOutcomes.count(yes, no, cast, own, pollYes, pollNo, n);
        Rule rule = rules.config().rule();
        boolean adopted = outcomes.under(rule);
        double statusQuo = f.items[0].statusQuo();
        double proposal = f.items[0].proposal();
        for (int p = 0; p < n; p++) {
            if (f.items[p].putWeek() == f.putWeek) {
                statusQuo = f.items[p].statusQuo();
                proposal = f.items[p].proposal();
                break;
            }
        }
        Municipality accused = f.question == VoteRecord.Question.SANCTION ? members.get(f.target) : null;
        boolean carriedOut = false;
        if (adopted && accused == null) {
            f.share = proposal;
        } else if (adopted && Confederation.takesPart(accused) && !enforcement.sanctioned(accused.index())) {
            if (f.complaint != null && f.complaint.kind() == Enforcement.Kind.REFUSED_TRANSFER) {
                enforcement.sanctionRefusal(f, f.target, proposal, f.complaint.unpaid());
            } else {
                enforcement.sanction(f, f.target, proposal, f.harm, f.complaint != null && f.complaint.members());
            }
            carriedOut = true;
        }
        recordOutcomes(f, adopted, rule == Rule.PLEBISCITE);
        recordBindings(f, adopted, rule == Rule.PLEBISCITE);
        boolean[] recall = new boolean[n];
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            ConfederalItem item = f.items[p];
            boolean part = Confederation.takesPart(m) && item.putWeek() == f.putWeek;
            int recallVote = 0;
            if (part && cast[p] != item.mandate() && delegates.dueForRecallVote(f, p)) {
                recall[p] = ConfederalDecision.recallVote(m, item);
                recallVote = recall[p] ? 1 : -1;
                if (!recall[p]) {
                    delegates.forgiven(m.index());
                }
            }
            towns.add(new VoteRecord.TownVote(m.name(), m.population(), part, part ? item.meetingsTried() : 0,
                    part ? item.attendance() : 0, part ? item.meeting() : 0, yes[p], no[p],
                    part ? item.mandate() : 0, pollYes[p], pollNo[p], own[p], cast[p], recallVote));
            if (part) {
                item.close(adopted);
            }
        }
        delegates.recall(f, recall);
        tally(f, outcomes, residents);
        Enforcement.Complaint complaint = f.complaint;
        votes.accept(new VoteRecord(week, f.name(), f.question, accused == null ? "" : accused.name(), statusQuo,
                proposal, outcomes, deviated, rule, f.putWeek, List.copyOf(towns), f.origin, f.reconciled,
                f.proposals, complaint == null ? "" : complainant(f, complaint),
                complaint == null ? "" : members.get(complaint.accused()).name(),
                complaint == null ? "" : complaint.upheld() ? "upheld" : "dismissed",
                complaint == null ? "" : complaint.harm(), complaint == null ? 0 : complaint.overHarvest(),
                List.copyOf(f.made), carriedOut));
    }

    /** Who brought a complaint: the harmed town, or {@code <town> members} for a town's own members. */
    private static String complainant(Confederation f, Enforcement.Complaint complaint) {
        String town = f.members().get(complaint.complainant()).name();
        return complaint.members() ? town + " members" : town;
    }

    /**
     * Polls every resident of a member town outside any meeting (the plebiscite's count): each votes their
     * position, their hand-set vote, or a fair coin under impartial culture. Keeps each poll vote from
     * {@code at} on; returns the next free place.
     */
    private int poll(Municipality m, ConfederalItem item, int at, int p, MersenneTwisterFast random) {
        int size = m.population();
        int y = 0;
        int nays = 0;
        for (int k = 0; k < size; k++) {
            int v = voteOf(m, m.member(k), item, random);
            poll[at + k] = (byte) v;
            y += v > 0 ? 1 : 0;
            nays += v < 0 ? 1 : 0;
        }
        pollYes[p] = y;
        pollNo[p] = nays;
        return at + size;
    }

    /**
     * How strongly a delegate prefers their side, in [0, 1]: their preference between proposal and status quo as
     * a share of the distance between them; 1 for a vote set by hand, 0 under impartial culture (a coin is no
     * conviction).
     */
    private double conviction(Municipality m, int id, ConfederalItem item) {
        if (m.handSetVote(id) != 0) {
            return 1;
        }
        double span = Math.abs(item.proposal() - item.statusQuo());
        if (item.coin() || span == 0) {
            return 0;
        }
        double p = ConfederalDecision.position(c, id, item.interest());
        return Math.min(1, Math.abs(Math.abs(p - item.statusQuo()) - Math.abs(p - item.proposal())) / span);
    }

    /** A citizen's vote outside a meeting: set by hand, a fair coin under impartial culture, or by position. */
    private int voteOf(Municipality m, int id, ConfederalItem item, MersenneTwisterFast random) {
        int set = m.handSetVote(id);
        if (set != 0) {
            return set;
        }
        if (item.coin()) {
            return random.nextBoolean() ? 1 : -1;
        }
        return ConfederalDecision.vote(ConfederalDecision.position(c, id, item.interest()), item.statusQuo(),
                item.proposal());
    }

    /**
     * Folds the decision into each voter's smoothed efficacy and imposition (the liberty measure): won when
     * the outcome matched their vote, imposed when adopted against it. The voters are those who voted in
     * their town's meeting; under the plebiscite rule, every resident polled.
     */
    private void recordOutcomes(Confederation f, boolean adopted, boolean plebiscite) {
        List<Municipality> members = f.members();
        int at = 0;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            ConfederalItem item = f.items[p];
            if (!Confederation.takesPart(m) || item.putWeek() != f.putWeek) {
                continue;
            }
            if (plebiscite) {
                for (int k = 0; k < m.population(); k++) {
                    fold(m.member(k), poll[at + k], adopted);
                }
                at += m.population();
            } else {
                for (int k = 0; k < item.voterCount(); k++) {
                    fold(item.voter(k), item.vote(k), adopted);
                }
            }
        }
    }

    /**
     * Records the decision into the liberty history of every citizen of the towns whose meeting took it up
     * (docs/model/liberty.md): it binds them all; those who voted in the meeting that formed the mandate took
     * part (under the plebiscite, every resident polled); it was imposed without their assembly's consent when
     * their town's mandate (under the plebiscite, its residents' majority) was against the outcome, and on the
     * citizens of a sanctioned town whenever its assembly did not approve the sanction (no mandate counts as none).
     */
    private void recordBindings(Confederation f, boolean adopted, boolean plebiscite) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            ConfederalItem item = f.items[p];
            if (!Confederation.takesPart(m) || item.putWeek() != f.putWeek) {
                continue;
            }
            int mandate = plebiscite ? Integer.signum(pollYes[p] - pollNo[p]) : item.mandate();
            // A sanction the council carries out on a town is imposed on it unless its own assembly approved it.
            boolean carriedOut = adopted && f.question == VoteRecord.Question.SANCTION && p == f.target;
            boolean opposed = carriedOut ? mandate <= 0 : mandate != 0 && (mandate > 0) != adopted;
            for (int k = 0; k < m.population(); k++) {
                c.recordBinding(m.member(k), plebiscite, opposed);
            }
            if (!plebiscite) {
                for (int k = 0; k < item.voterCount(); k++) {
                    c.recordTookPart(item.voter(k));
                }
            }
        }
    }

    private void fold(int id, int vote, boolean adopted) {
        if (vote != 0) {
            c.recordOutcome(id, (vote > 0) == adopted, adopted && vote < 0, efficacyMemory);
        }
    }

    private void tally(Confederation f, RuleOutcomes outcomes, int residents) {
        votesThisWeek++;
        if (outcomes.disagree()) {
            disagreementsThisWeek++;
        }
        if (outcomes.paradox()) {
            paradoxesThisWeek++;
        }
        castThisWeek += outcomes.citizens().yes() + outcomes.citizens().no();
        residentsThisWeek += residents;
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (Confederation.takesPart(m)) {
                int t = m.index();
                townVotes[t]++;
                townDisagreements[t] += outcomes.disagree() ? 1 : 0;
                townParadoxes[t] += outcomes.paradox() ? 1 : 0;
                townCast[t] += yes[p] + no[p];
                townResidents[t] += m.population();
            }
        }
    }

    private void ensure(int n) {
        if (yes.length < n) {
            yes = new int[n];
            no = new int[n];
            cast = new int[n];
            own = new int[n];
            pollYes = new int[n];
            pollNo = new int[n];
        }
    }

    /** Confederal votes counted this week in confederations the town takes part in. */
    int townVotes(int town) {
        return townVotes[town];
    }

    /** Votes counted this week, in the town's confederations, on which the three rules disagreed. */
    int townDisagreements(int town) {
        return townDisagreements[town];
    }

    /** Votes counted this week, in the town's confederations, that showed the referendum paradox. */
    int townParadoxes(int town) {
        return townParadoxes[town];
    }

    /** Votes the town's assembly cast on the questions counted this week over its residents; NaN if none counted. */
    double townTurnout(int town) {
        return townResidents[town] == 0 ? Double.NaN : (double) townCast[town] / townResidents[town];
    }

    /** Confederal votes counted this week, over all confederations. */
    int votesThisWeek() {
        return votesThisWeek;
    }

    /** Votes counted this week on which the three rules did not all agree. */
    int disagreementsThisWeek() {
        return disagreementsThisWeek;
    }

    /** Votes counted this week on which the aggregate of citizens and the majority of towns disagreed. */
    int paradoxesThisWeek() {
        return paradoxesThisWeek;
    }

    /** Votes cast in the assemblies on the questions counted this week, over the residents of the towns taking part. */
    double turnoutThisWeek() {
        return residentsThisWeek == 0 ? Double.NaN : (double) castThisWeek / residentsThisWeek;
    }
}
