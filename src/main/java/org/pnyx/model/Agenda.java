package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.pnyx.rules.Tally;

/**
 * A meeting takes up the defeated or postponed motions that are due, oldest first, so that the minority
 * "retains the crucial freedom to try to overturn the decision" (seed 001), and fills the rest of its
 * {@code proposalsPerMeeting} items with new motions on a uniformly drawn issue, moved by an attendee
 * of the previous meeting drawn with weight influence times reason, the facilitator's weight multiplied
 * by {@code facilitatorBonus} (the chair's control of the floor; Freeman 1972). One per town: the
 * motions waiting to return and the current meeting's items.
 */
public final class Agenda {

    private final List<Proposal> tabled = new ArrayList<>();
    private final List<Proposal> items = new ArrayList<>();

    /** Sets the meeting's items: due tabled motions first, then new ones. */
    void build(Meeting mt, MersenneTwisterFast random) {
        items.clear();
        // A confederal question waiting for this assembly takes one item's share of the meeting's time.
        int wanted = Math.max(0, mt.b.proposalsPerMeeting() - mt.m.openConfederalItems());
        for (Iterator<Proposal> it = tabled.iterator(); it.hasNext() && items.size() < wanted; ) {
            Proposal p = it.next();
            if (p.dueMeeting() <= mt.number) {
                items.add(p);
                it.remove();
            }
        }
        int open = openIssues(mt);
        while (items.size() < wanted && open > 0) {
            Issue issue = mt.issues[random.nextInt(open)];
            int proposer = pickProposer(mt, random);
            double value = mt.c.opinion[proposer * Issue.COUNT + issue.ordinal()];
            if (mt.organizing && mt.organized(proposer)) {
                // An organized interest moves what serves it: its line, where it has most at stake (InterestGroup).
                Issue best = InterestGroup.mostAtStake(mt, open);
                if (best != null) {
                    issue = best;
                    value = mt.line[best.ordinal()];
                }
            } else if (mt.counterOrganizing && mt.counterFloor != Double.POSITIVE_INFINITY && mt.counter(proposer)) {
                // A counter-group moves its own line where it has most at stake (CounterGroup).
                Issue best = InterestGroup.mostAtStake(mt, open, mt.counterLine);
                if (best != null) {
                    issue = best;
                    value = mt.counterLine[best.ordinal()];
                }
            }
            items.add(new Proposal(issue, value, proposer, false, mt.number));
        }
    }

    /**
     * The issues a new motion may be on, into {@code mt.issues}; returns how many. Where decisions count only
     * where they take effect, the agenda holds only the issues the town's regime lets its assembly decide
     * (issue 13; {@link Municipality#regimeDecides}), so a town of a centrally planned regime puts no motion; a
     * town under a state council still debates its regime's issues, as resolutions. Otherwise every issue.
     */
    private static int openIssues(Meeting mt) {
        int open = 0;
        boolean effect = mt.m.rules().amendments().efficacyFromEffect();
        for (Issue issue : Issue.values()) {
            if (!effect || mt.m.regimeDecides(issue)) {
                mt.issues[open++] = issue;
            }
        }
        return open;
    }

    /**
     * The mover is drawn among the last meeting's attendees with weight influence times
     * {@code 0.05 + reason} times what their wealth buys ({@link Meeting#clout}), the facilitator's weight
     * multiplied by the bylaw bonus; before the first
     * attended meeting, among all members uniformly.
     */
    private static int pickProposer(Meeting mt, MersenneTwisterFast random) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        Minutes record = m.minutes();
        int k = record.lastAttendeeCount();
        if (k == 0) {
            return m.member(random.nextInt(m.population()));
        }
        int facilitator = m.offices().holder();
        double[] weights = mt.weights;
        double total = 0;
        for (int j = 0; j < k; j++) {
            int id = record.lastAttendee(j);
            double w = c.influence[id] * (0.05 + c.reason[id]) * mt.clout(id);
            if (id == facilitator) {
                w *= mt.b.facilitatorBonus();
            }
            weights[j] = w;
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int j = 0; j < k; j++) {
            u -= weights[j];
            if (u < 0) {
                return record.lastAttendee(j);
            }
        }
        return record.lastAttendee(k - 1);
    }

    /** An inquorate meeting decides nothing: each of its items waits for the next meeting. */
    void postpone(int meeting) {
        for (Proposal p : items) {
            tabled.add(new Proposal(p.issue(), p.value(), p.proposer(), p.returning(), meeting + 1,
                    p.reconsideration(), p.support()));
        }
    }

    /**
     * A defeated new motion returns {@code delay} meetings later (0: never); a returning motion that
     * fails again is dropped.
     */
    void reconsider(Proposal p, int meeting, int delay) {
        if (!p.returning() && delay > 0) {
            tabled.add(new Proposal(p.issue(), p.value(), p.proposer(), true, meeting + delay));
        }
    }

    /**
     * The minority on an adopted decision "retains the crucial freedom to try to overturn the decision"
     * (seed 001): when the motion carried against at least a third of the votes cast, its most influential
     * opponent moves to restore the replaced policy, {@code delay} meetings later (0: never). A
     * reconsideration that fails returns again after the delay while the minority gains ground (its share
     * of the votes cast grew since the last time), and is dropped otherwise; a reconsideration that carries
     * is not itself reconsidered (the former majority may move the policy again as a new motion). Returns
     * whether one was tabled.
     */
    boolean reconsiderAdopted(Proposal adopted, double statusQuo, Tally tally, int mover, int meeting, int delay) {
        if (delay <= 0 || mover < 0 || adopted.reconsideration() || tally.cast() == 0) {
            return false;
        }
        double minority = (double) tally.no() / tally.cast();
        if (minority < 1.0 / 3 - 1e-12) {
            return false;
        }
        tabled.add(new Proposal(adopted.issue(), statusQuo, mover, true, meeting + delay, true, minority));
        return true;
    }

    /** A reconsideration that failed returns after the delay while its support grew; returns whether it did. */
    boolean reconsiderAgain(Proposal p, Tally tally, int meeting, int delay) {
        if (delay <= 0 || tally == null || tally.cast() == 0) {
            return false;
        }
        double support = (double) tally.yes() / tally.cast();
        if (support <= p.support()) {
            return false;
        }
        tabled.add(new Proposal(p.issue(), p.value(), p.proposer(), true, meeting + delay, true, support));
        return true;
    }

    /** The current meeting's items, in order. */
    List<Proposal> items() {
        return items;
    }

    /** Puts a proposal on the waiting list, to be taken up at or after its due meeting (used by fixtures). */
    public void table(Proposal proposal) {
        tabled.add(proposal);
    }

    /** Proposals defeated or postponed and waiting to return. */
    public int tabledCount() {
        return tabled.size();
    }
}
