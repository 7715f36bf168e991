package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.BylawConfig;
import org.pnyx.rules.ConsensusRounds;
import org.pnyx.rules.Tally;
import org.pnyx.rules.VotingRule;

/**
 * A confederal question taken up by a town's meeting (seed 001: "their separate assemblies engage in
 * rational discourse before making decisions"): the attendees deliberate on their confederal opinions with
 * the town's deliberation model and rounds, each forms a position {@code p_i = s_i x_i + (1 - s_i) I_t}
 * (principle weighted by solidarity, the town's interest by the rest), and votes yes when the proposal is
 * nearer than the status quo, no when farther; the town's decision rule (and, under consensus, its rounds
 * and fallback) gives the mandate: yes if adopted, no if not and a vote was cast, none otherwise. An
 * inquorate meeting decides nothing: the question waits for the next meeting. A vote set by hand (a
 * teaching mode) or drawn as a fair coin (impartial culture) replaces the position's vote.
 */
public final class ConfederalDecision {

    private ConfederalDecision() {
    }

    /** A citizen's position on a confederal question, {@code s_i x_i + (1 - s_i) interest}. */
    public static double position(Citizens c, int id, double interest) {
        double s = c.solidarity[id];
        return s * c.confederalOpinion[id] + (1 - s) * interest;
    }

    /** +1 when the proposal is nearer the position than the status quo, -1 when farther, 0 when equal. */
    public static int vote(double position, double statusQuo, double proposal) {
        double pref = Math.abs(position - statusQuo) - Math.abs(position - proposal);
        return pref > 0 ? 1 : pref < 0 ? -1 : 0;
    }

    /** A quorate meeting decides every confederal question waiting for it, in the order of the town's items. */
    static void takeUp(Meeting mt, MersenneTwisterFast random) {
        for (ConfederalItem item : mt.m.confederalItems()) {
            if (item.open()) {
                decide(mt, item, random);
            }
        }
    }

    /** An inquorate meeting leaves every waiting confederal question for the next meeting. */
    static void postpone(Meeting mt) {
        for (ConfederalItem item : mt.m.confederalItems()) {
            if (item.open()) {
                item.tried(mt.present);
            }
        }
    }

    private static void decide(Meeting mt, ConfederalItem item, MersenneTwisterFast random) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        BylawConfig b = mt.b;
        int present = mt.present;
        double[] x = mt.opinions;
        double[] reasons = mt.reasons;
        double[] positions = mt.weights;
        byte[] votes = mt.votes;
        double sq = item.statusQuo();
        double proposal = item.proposal();
        for (int k = 0; k < present; k++) {
            int id = mt.attendees[k];
            x[k] = c.confederalOpinion[id];
            reasons[k] = mt.judgement ? c.reason[id] : 1;
            int set = m.handSetVote(id);
            votes[k] = (byte) (set != 0 ? set : item.coin() ? (random.nextBoolean() ? 1 : -1) : 0);
        }
        ConsensusRounds.Result decided = ConsensusRounds.decide(b.decisionRule() == BylawConfig.DecisionRule.CONSENSUS,
                b.consensusRounds(), m.rules().rule(), m.rules().fallback(), () -> {
                    for (int d = 0; d < b.deliberationRounds(); d++) {
                        m.deliberation().round(x, reasons, present, random);
                    }
                    for (int k = 0; k < present; k++) {
                        int id = mt.attendees[k];
                        positions[k] = votes[k] > 0 ? proposal : votes[k] < 0 ? sq
                                : c.solidarity[id] * x[k] + (1 - c.solidarity[id]) * item.interest();
                    }
                    return Tally.count(positions, present, proposal, sq, b.blockMargin());
                });
        Tally tally = decided.tally();
        boolean carried = decided.carried();
        for (int k = 0; k < present; k++) {
            c.confederalOpinion[mt.attendees[k]] = (float) x[k];
            votes[k] = (byte) vote(positions[k], sq, proposal);
        }
        int mandate = carried ? 1 : tally.cast() > 0 ? -1 : 0;
        item.decide(mt.number, mt.attendees, votes, present, mandate);
    }

    /**
     * The home assembly's vote to recall or forgive a delegate who deviated from its mandate, taken by the
     * citizens who voted on the mandate (seed 001: "immediately recallable at the assemblies' discretion"):
     * those who voted for the mandate vote to recall, those who voted against it (with the delegate) to forgive,
     * the rest abstain; the town's decision rule (and its fallback under consensus) decides. True: recalled.
     */
    public static boolean recallVote(Municipality m, ConfederalItem item) {
        int mandate = item.mandate();
        int recall = 0;
        int forgive = 0;
        for (int k = 0; k < item.voterCount(); k++) {
            int v = item.vote(k);
            recall += v == mandate ? 1 : 0;
            forgive += v == -mandate ? 1 : 0;
        }
        Tally tally = new Tally(recall, forgive, item.voterCount() - recall - forgive, 0);
        boolean recalled = m.rules().rule().adopts(tally);
        VotingRule fallback = m.rules().fallback();
        if (!recalled && m.bylaws().decisionRule() == BylawConfig.DecisionRule.CONSENSUS && fallback != null) {
            recalled = fallback.adopts(tally);
        }
        return recalled;
    }
}
