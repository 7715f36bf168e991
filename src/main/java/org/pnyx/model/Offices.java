package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.BylawConfig;
import org.pnyx.rules.Tally;
import org.pnyx.rules.VotingRule;

/**
 * The facilitator's office is held accountable to the assembly (seed 001, "Assemblies at Work"). A
 * quorate meeting fills a vacant or expired office from its attendees by the bylaws' {@code officeSelection}:
 * <ul>
 * <li><b>election</b>: {@code influence.candidates} willing attendees stand, drawn one after another without
 * replacement with weight influence times (0.05 + reason), the weight with which citizens move motions
 * (standing gives the confidence to put oneself forward); every attendee then votes for the candidate they
 * rate highest, the rating being minus the mean opinion distance over the issues plus
 * {@code influence.standingWeight} times the natural log of the candidate's influence (both weights times
 * what wealth buys, {@link Meeting#clout}, when {@code influence.wealthWeight > 0}); the candidate with
 * the most votes wins (plurality; ties to the lower id). A candidate nearer the room's views can beat one
 * of higher standing. In a contested election the winner gains {@code influence.gain} of influence and
 * each loser loses as much (the winner-loser feedback; Bonabeau, Theraulaz &amp; Deneubourg 1995);</li>
 * <li><b>sortition</b>: a lot among the eligible attendees;</li>
 * <li><b>rotation</b>: the eligible attendee with the next id after the last holder (who may have been
 * recalled, or have left), wrapping around.</li>
 * </ul>
 * The holder of {@code termLimit} consecutive terms, and a holder recalled since the last filling, are
 * not eligible. A term lasts {@code termLength} quorate meetings.
 *
 * <p><b>Recall</b> is a motion: at the end of a quorate meeting, when fewer than {@code recallThreshold}
 * of the attendees approve of the holder (a mean opinion distance of at most {@code approvalRadius}), a
 * recall is moved; the holder answers it, and an attendee votes to keep them when within the approval radius
 * widened by the holder's standing ({@code approvalRadius} times influence to the power
 * {@code influence.persuasion}), to recall them otherwise. The motion is decided by the town's decision
 * rule in force (under consensus every vote to keep blocks; the consensus fallback, if any, applies). A
 * carried recall vacates the office. Every filling and recall is entered in the town's {@link Minutes}
 * (written to {@code offices.csv}). One per town: the holder, the last holder, the barred, the meetings
 * left in the term, the consecutive terms served, and the running sums of the tenure concentration.
 */
public final class Offices {

    private int holder = -1;
    private int lastHolder = -1;
    private int barred = -1;
    private int termMeetingsLeft;
    private int consecutiveTerms;
    /** Office-meetings served in this town, and the sum over holders of the square of each one's count. */
    private long served;
    private double servedSquares;

    /** The facilitator's citizen id, or -1 when the office is vacant. */
    public int holder() {
        return holder;
    }

    /** The last holder (the current one, or the one recalled or gone), or -1 before any filling. */
    public int lastHolder() {
        return lastHolder;
    }

    /**
     * The Herfindahl concentration of office tenure in this town: the sum over holders of the square of
     * their share of the office-meetings served so far (1: one holder served them all; 1/k: k holders
     * served equally); NaN before any meeting was chaired. A holder's count is their office-meetings in
     * any town (a migrant's earlier service counts).
     */
    public double tenureConcentration() {
        return served == 0 ? Double.NaN : servedSquares / ((double) served * served);
    }

    /** Fills a vacant or expired office among the attendees with the town's office selector. */
    void fill(Meeting mt, MersenneTwisterFast random) {
        if (holder >= 0 && termMeetingsLeft > 0) {
            return;
        }
        int previous = lastHolder;
        boolean limitReached = holder >= 0 && mt.b.termLimit() > 0 && consecutiveTerms >= mt.b.termLimit();
        int[] eligible = mt.candidates;
        double[] votes = mt.weights;
        int count = 0;
        for (int k = 0; k < mt.present; k++) {
            int id = mt.attendees[k];
            if (!(limitReached && id == holder) && id != barred) {
                eligible[count++] = id;
            }
        }
        boolean election = mt.b.officeSelection() == BylawConfig.OfficeSelection.ELECTION;
        int standing = count;
        if (election) {
            standing = stand(mt, eligible, count, holder, random);
            elect(mt, eligible, standing, votes);
        }
        int chosen = mt.m.selector().choose(eligible, votes, standing, previous, random);
        if (election && standing > 1 && chosen >= 0) {
            Citizens c = mt.c;
            for (int j = 0; j < standing; j++) {
                int id = eligible[j];
                c.influence[id] = id == chosen ? c.influence[id] + mt.gain
                        : Math.max(Influence.MIN, c.influence[id] - mt.gain);
            }
        }
        consecutiveTerms = chosen >= 0 && chosen == holder ? consecutiveTerms + 1 : 1;
        holder = chosen;
        if (chosen >= 0) {
            lastHolder = chosen;
        }
        barred = -1;
        termMeetingsLeft = chosen >= 0 ? mt.b.termLength() : 0;
        int won = 0;
        int cast = 0;
        if (election) {
            for (int j = 0; j < standing; j++) {
                cast += (int) votes[j];
                won += eligible[j] == chosen ? (int) votes[j] : 0;
            }
        }
        mt.m.minutes().office(new OfficeRecord(mt.number, OfficeRecord.FILLED,
                mt.b.officeSelection().name().toLowerCase(java.util.Locale.ROOT), chosen, previous, standing, won,
                cast));
    }

    /**
     * The willing stand: an eligible incumbent whose standing has risen above neutral (influence above 1)
     * seeks re-election; the rest of the {@code candidates} are drawn among the {@code count} eligible without
     * replacement with weight influence times (0.05 + reason). They are moved to the front of
     * {@code eligible} in ascending id order. Returns how many stand.
     */
    private static int stand(Meeting mt, int[] eligible, int count, int incumbent, MersenneTwisterFast random) {
        int wanted = Math.min(mt.candidateCount, count);
        if (wanted == count) {
            return count;
        }
        Citizens c = mt.c;
        int first = 0;
        if (incumbent >= 0 && c.influence[incumbent] > 1) {
            for (int k = 0; k < count; k++) {
                if (eligible[k] == incumbent) {
                    eligible[k] = eligible[0];
                    eligible[0] = incumbent;
                    first = 1;
                    break;
                }
            }
        }
        double[] w = mt.opinions; // scratch: the weights of those not yet drawn
        double total = 0;
        for (int k = first; k < count; k++) {
            int id = eligible[k];
            w[k] = c.influence[id] * (0.05 + c.reason[id]) * mt.clout(id);
            total += w[k];
        }
        for (int drawn = first; drawn < wanted; drawn++) {
            double u = random.nextDouble() * total;
            int pick = count - 1;
            for (int k = drawn; k < count; k++) {
                u -= w[k];
                if (u < 0) {
                    pick = k;
                    break;
                }
            }
            total -= w[pick];
            int id = eligible[pick];
            double wp = w[pick];
            eligible[pick] = eligible[drawn];
            w[pick] = w[drawn];
            eligible[drawn] = id;
            w[drawn] = wp;
        }
        java.util.Arrays.sort(eligible, 0, wanted);
        return wanted;
    }

    /** Every attendee votes for the candidate they rate highest; {@code votes[j]} is candidate j's count. */
    static void elect(Meeting mt, int[] candidates, int count, double[] votes) {
        Citizens c = mt.c;
        double[] standing = mt.reasons; // scratch: each candidate's standing term
        for (int j = 0; j < count; j++) {
            votes[j] = 0;
            standing[j] = mt.standingWeight * Math.log(c.influence[candidates[j]] * mt.clout(candidates[j]));
        }
        if (count == 0) {
            return;
        }
        for (int k = 0; k < mt.present; k++) {
            int voter = mt.attendees[k];
            int best = 0;
            double bestRating = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < count; j++) {
                double rating = standing[j] - distance(c, voter, candidates[j]);
                if (rating > bestRating) {
                    bestRating = rating;
                    best = j;
                }
            }
            votes[best]++;
        }
    }

    /**
     * At the end of a quorate meeting the holder's term shortens by one meeting and the meeting counts as
     * served; then, unless the threshold is 0, a recall is moved when fewer than {@code recallThreshold} of
     * those present approve, and decided under the bylaws (see the class comment). Returns whether the
     * holder was recalled.
     */
    boolean recall(Meeting mt) {
        int f = holder;
        if (f < 0) {
            return false;
        }
        termMeetingsLeft--;
        long t = mt.c.officeMeetings[f]++;
        served++;
        servedSquares += 2.0 * t + 1;
        if (mt.b.recallThreshold() <= 0) {
            return false;
        }
        int approving = 0;
        for (int k = 0; k < mt.present; k++) {
            if (approves(mt.c, mt.attendees[k], f, mt.b.approvalRadius())) {
                approving++;
            }
        }
        if (approving >= mt.b.recallThreshold() * mt.present - 1e-9) {
            return false;
        }
        mt.m.minutes().recallMoved();
        double defended = mt.b.approvalRadius() * Math.pow(mt.c.influence[f], mt.persuasion);
        int keep = 0;
        for (int k = 0; k < mt.present; k++) {
            if (approves(mt.c, mt.attendees[k], f, defended)) {
                keep++;
            }
        }
        Tally tally = new Tally(mt.present - keep, keep, 0, keep);
        boolean carried = mt.m.rules().rule().adopts(tally);
        VotingRule fallback = mt.m.rules().fallback();
        if (!carried && mt.b.decisionRule() == BylawConfig.DecisionRule.CONSENSUS && fallback != null) {
            carried = fallback.adopts(tally);
        }
        mt.m.minutes().office(new OfficeRecord(mt.number, carried ? OfficeRecord.RECALLED : OfficeRecord.KEPT,
                mt.b.decisionRule().name().toLowerCase(java.util.Locale.ROOT), carried ? -1 : f, f, 0,
                tally.yes(), tally.cast()));
        if (carried) {
            vacate(f);
            barred = f;
        }
        return carried;
    }

    /** Citizen {@code a}'s mean opinion distance to citizen {@code b} over the issues. */
    static double distance(Citizens c, int a, int b) {
        double d = 0;
        for (int i = 0; i < Issue.COUNT; i++) {
            d += Math.abs(c.opinion[a * Issue.COUNT + i] - c.opinion[b * Issue.COUNT + i]);
        }
        return d / Issue.COUNT;
    }

    /** Whether citizen {@code id}'s mean opinion distance to the holder {@code f} is at most {@code radius}. */
    static boolean approves(Citizens c, int id, int f, double radius) {
        return distance(c, id, f) <= radius;
    }

    /** The office falls vacant if {@code id} holds it (recalled, or leaving the town); rotation goes on from them. */
    void vacate(int id) {
        if (holder == id) {
            holder = -1;
            lastHolder = id;
            termMeetingsLeft = 0;
            consecutiveTerms = 0;
        }
    }

    /**
     * One filling or recall of the office, as {@code offices.csv} records it.
     *
     * @param meeting    the meeting's number in its town
     * @param event      {@link #FILLED}, {@link #RECALLED} or {@link #KEPT} (a recall moved and defeated)
     * @param rule       the office selection (fillings) or the decision rule (recalls) in force
     * @param holder     the holder after the event (-1: vacant)
     * @param previous   the last holder before the event (-1: none)
     * @param candidates citizens who stood (election) or were eligible (sortition, rotation); 0 for recalls
     * @param votesFor   votes for the winner (election) or for the recall; 0 otherwise
     * @param votesCast  votes cast (election or recall); 0 otherwise
     */
    public record OfficeRecord(int meeting, String event, String rule, int holder, int previous, int candidates,
                               int votesFor, int votesCast) {
        public static final String FILLED = "filled";
        public static final String RECALLED = "recalled";
        public static final String KEPT = "recall_defeated";

        /** The columns of {@code offices.csv} after {@code step} and {@code municipality}. */
        public static final List<String> COLUMNS = List.of("meeting", "event", "rule", "holder", "previous",
                "candidates", "votes_for", "votes_cast");

        /** The cells of this record, in {@link #COLUMNS} order. */
        public List<String> cells() {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            cells.add(Integer.toString(meeting));
            cells.add(event);
            cells.add(rule);
            cells.add(Integer.toString(holder));
            cells.add(Integer.toString(previous));
            cells.add(Integer.toString(candidates));
            cells.add(Integer.toString(votesFor));
            cells.add(Integer.toString(votesCast));
            return cells;
        }
    }
}
