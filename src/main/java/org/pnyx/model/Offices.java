package org.pnyx.model;

import ec.util.MersenneTwisterFast;

/**
 * The facilitator's office is held accountable to the assembly (seed 001): a quorate meeting fills a
 * vacant or expired office from its attendees by the bylaws' {@code officeSelection} (election,
 * sortition or rotation), passing over the holder of {@code termLimit} consecutive terms; a term lasts
 * {@code termLength} quorate meetings; and the attendees recall the holder when fewer than
 * {@code recallThreshold} of them approve, approval meaning a mean opinion distance of at most
 * {@code approvalRadius}. One per town: the holder, the meetings left in the term and the consecutive
 * terms served.
 */
public final class Offices {

    private int holder = -1;
    private int termMeetingsLeft;
    private int consecutiveTerms;

    /** The facilitator's citizen id, or -1 when the office is vacant. */
    public int holder() {
        return holder;
    }

    /**
     * Fills a vacant or expired office among the attendees with the town's office selector; standing
     * for election is influence times reason.
     */
    void fill(Meeting mt, MersenneTwisterFast random) {
        if (holder >= 0 && termMeetingsLeft > 0) {
            return;
        }
        int previous = holder;
        boolean barred = mt.b.termLimit() > 0 && consecutiveTerms >= mt.b.termLimit();
        int[] candidates = mt.candidates;
        double[] weights = mt.weights;
        int count = 0;
        for (int k = 0; k < mt.present; k++) {
            int id = mt.attendees[k];
            if (!(barred && id == previous)) {
                candidates[count] = id;
                weights[count] = mt.c.influence[id] * mt.c.reason[id];
                count++;
            }
        }
        int chosen = mt.m.selector().choose(candidates, weights, count, previous, random);
        consecutiveTerms = chosen == previous && chosen >= 0 ? consecutiveTerms + 1 : 1;
        holder = chosen;
        termMeetingsLeft = chosen >= 0 ? mt.b.termLength() : 0;
    }

    /**
     * At the end of a quorate meeting the holder's term shortens by one meeting; then, unless the
     * threshold is 0, the holder is recalled and the office falls vacant when the approving attendees
     * are fewer than {@code recallThreshold} of those present. Returns whether the holder was recalled.
     */
    boolean recall(Meeting mt) {
        int f = holder;
        if (f < 0) {
            return false;
        }
        termMeetingsLeft--;
        mt.c.officeMeetings[f]++;
        if (mt.b.recallThreshold() <= 0) {
            return false;
        }
        int approving = 0;
        for (int k = 0; k < mt.present; k++) {
            if (approves(mt.c, mt.attendees[k], f, mt.b.approvalRadius())) {
                approving++;
            }
        }
        if (approving < mt.b.recallThreshold() * mt.present - 1e-9) {
            vacate(f);
            return true;
        }
        return false;
    }

    /** Whether citizen {@code id}'s mean opinion distance to the holder {@code f} is at most {@code radius}. */
    static boolean approves(Citizens c, int id, int f, double radius) {
        double distance = 0;
        for (int i = 0; i < Issue.COUNT; i++) {
            distance += Math.abs(c.opinion[id * Issue.COUNT + i] - c.opinion[f * Issue.COUNT + i]);
        }
        return distance / Issue.COUNT <= radius;
    }

    /** The office falls vacant if {@code id} holds it (recalled, or leaving the town). */
    void vacate(int id) {
        if (holder == id) {
            holder = -1;
            termMeetingsLeft = 0;
            consecutiveTerms = 0;
        }
    }
}
