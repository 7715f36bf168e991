package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.BylawConfig;
import org.pnyx.rules.Deliberation;
import org.pnyx.rules.Tally;
import org.pnyx.rules.VotingRule;

/**
 * The attendees deliberate on a motion's issue ({@code deliberationRounds} rounds of the bylaws'
 * deliberation model) and vote it against the status quo under the decision rule in force; under
 * consensus, up to {@code consensusRounds} rounds of deliberation and test, then the fallback rule, if
 * any, on the last tally. A carried motion becomes policy where the assembly governs (under a state
 * council it is only a resolution). Each member then counts whether the outcome went their way, for
 * {@link Attendance#learn}, but only when the decision takes effect (a win on a resolution that changes
 * nothing is no win; issue 13), unless {@code attendance.efficacyFromEffect} is off.
 */
final class Decision {

    private Decision() {
    }

    /** Deliberates and votes on one motion and applies the outcome; returns the deciding tally if adopted, else null. */
    static Tally take(Meeting mt, Proposal p, MersenneTwisterFast random) {
        double statusQuo = mt.m.policy(p.issue());
        Tally tally = vote(mt, p, statusQuo, random);
        boolean carried = tally != null;
        if (carried && mt.m.selfGoverning()) {
            mt.m.setPolicy(p.issue(), p.value());
        }
        if (mt.binding[p.issue().ordinal()]) {
            score(mt, p, statusQuo, carried);
        }
        Bindings.decided(mt, p.issue());
        return tally;
    }

    private static Tally vote(Meeting mt, Proposal p, double statusQuo, MersenneTwisterFast random) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        BylawConfig b = mt.b;
        int issue = p.issue().ordinal();
        int present = mt.present;
        double[] opinions = mt.opinions;
        double[] reasons = mt.reasons;
        for (int k = 0; k < present; k++) {
            int id = mt.attendees[k];
            opinions[k] = c.opinion[id * Issue.COUNT + issue];
            reasons[k] = mt.judgement ? c.reason[id] : 1;
        }
        present(mt, p, opinions, reasons, present);
        CounterGroup.argue(mt, p, opinions, reasons, present);
        boolean consensus = b.decisionRule() == BylawConfig.DecisionRule.CONSENSUS;
        int rounds = consensus ? b.consensusRounds() : 1;
        Tally tally = null;
        boolean carried = false;
        for (int r = 0; r < rounds && !carried; r++) {
            for (int d = 0; d < b.deliberationRounds(); d++) {
                m.deliberation().round(opinions, reasons, present, random);
                anchor(mt, issue, opinions, present);
            }
            tally = Tally.count(opinions, present, p.value(), statusQuo, b.blockMargin());
            carried = m.rules().rule().adopts(tally);
        }
        VotingRule fallback = m.rules().fallback();
        if (!carried && consensus && fallback != null) {
            carried = fallback.adopts(tally);
        }
        for (int k = 0; k < present; k++) {
            c.opinion[mt.attendees[k] * Issue.COUNT + issue] = (float) opinions[k];
        }
        mt.lastTally = tally;
        mt.minorityMover = carried ? minorityMover(mt, p.value(), statusQuo) : -1;
        if (carried && mt.canvass > 0) {
            canvass(mt, issue, p.value(), statusQuo, random);
        }
        return carried ? tally : null;
    }

    /**
     * Interests hold in deliberation (Friedkin &amp; Johnsen 1990, social influence with anchored attitudes:
     * {@code x' = (1 - a) W x + a x0}): after each round every attendee returns the share {@code interests.anchor}
     * of the way to the view their own situation and values give ({@link Interests}), so opinions settle where
     * deliberation and interest balance, and where situations differ a minority persists instead of converging
     * on the weighted mean. Nothing when the meeting has no views or the anchor is 0.
     */
    static void anchor(Meeting mt, int issue, double[] opinions, int count) {
        double a = mt.anchor;
        if (a <= 0) {
            return;
        }
        for (int k = 0; k < count; k++) {
            double v = mt.view(k, issue);
            if (v == v) {
                // An organized interest's members hold to its line (InterestGroup), a counter-group's to its own.
                opinions[k] += (mt.holdsLine(k) || mt.holdsCounterLine(k) ? 1 : a) * (v - opinions[k]);
            }
        }
    }

    /**
     * The mover presents the motion: every attendee within the confidence radius of the proposed value
     * moves {@code persuasion * I / (I + 1) * w} of the way to it, I the mover's influence (times what
     * their wealth buys, {@link Meeting#clout}) and w the weight the attendee's judgement gives the mover
     * ({@link org.pnyx.rules.Deliberation#weight}: an unreasoning attendee is swayed by standing alone, a
     * reasonable one weighs how well grounded the mover is; 1 with judgement knocked out), so that
     * standing makes a motion more likely to carry (Pnyx design after Bonabeau et al. 1995: the winner's
     * advantage feeds back). The mover speaks through the motion whether or not present.
     */
    static void present(Meeting mt, Proposal p, double[] opinions, double[] reasons, int count) {
        double influence = mt.c.influence[p.proposer()] * mt.clout(p.proposer());
        double pull = mt.persuasion * influence / (influence + 1);
        if (pull <= 0) {
            return;
        }
        double value = p.value();
        double radius = mt.b.confidence();
        double moverReason = mt.judgement ? mt.c.reason[p.proposer()] : 1;
        for (int k = 0; k < count; k++) {
            double gap = value - opinions[k];
            if (Math.abs(gap) <= radius) {
                opinions[k] += Deliberation.weight(reasons[k], moverReason) * pull * gap;
            }
        }
    }

    /**
     * The minority persuades between meetings (seed 001: it "retains the crucial freedom to try to overturn the
     * decision"; Pnyx design with the pairwise update of Deffuant et al. 2000): after a motion carries, each
     * attendee who voted against it, in attendee order, seeks out {@code interests.canvass} members drawn
     * uniformly from the town; one whose opinion on the issue lies within the confidence radius of the
     * dissenter's moves {@code convergence * w} of the way to it, w the weight their judgement gives the
     * dissenter ({@link Deliberation#weight}). The dissenter does not move. Draws only when canvassing is on.
     */
    static void canvass(Meeting mt, int issue, double value, double statusQuo, MersenneTwisterFast random) {
        Citizens c = mt.c;
        double radius = mt.b.confidence();
        double mu = mt.b.convergence();
        for (int k = 0; k < mt.present; k++) {
            double x = mt.opinions[k];
            if (Math.abs(x - value) <= Math.abs(x - statusQuo)) {
                continue;
            }
            double speaker = mt.judgement ? c.reason[mt.attendees[k]] : 1;
            for (int j = 0; j < mt.canvass; j++) {
                int member = mt.m.member(random.nextInt(mt.n));
                int at = member * Issue.COUNT + issue;
                double gap = x - c.opinion[at];
                if (Math.abs(gap) <= radius) {
                    double listener = mt.judgement ? c.reason[member] : 1;
                    c.opinion[at] += (float) (mu * Deliberation.weight(listener, speaker) * gap);
                }
            }
        }
    }

    /** The attendee of highest influence (lowest id on ties) among those who voted no, or -1 if none did. */
    private static int minorityMover(Meeting mt, double value, double statusQuo) {
        int mover = -1;
        float best = -1;
        for (int k = 0; k < mt.present; k++) {
            double x = mt.opinions[k];
            if (Math.abs(x - value) > Math.abs(x - statusQuo)) {
                int id = mt.attendees[k];
                if (mt.c.influence[id] > best) {
                    best = mt.c.influence[id];
                    mover = id;
                }
            }
        }
        return mover;
    }

    /**
     * A member who prefers the motion or the status quo cared; the outcome went their way when the
     * side they prefer won, and was imposed on them when the motion they oppose carried.
     */
    private static void score(Meeting mt, Proposal p, double statusQuo, boolean carried) {
        Municipality m = mt.m;
        float[] opinion = mt.c.opinion;
        int issue = p.issue().ordinal();
        double value = p.value();
        for (int k = 0; k < mt.n; k++) {
            double x = opinion[m.member(k) * Issue.COUNT + issue];
            double pref = Math.abs(x - statusQuo) - Math.abs(x - value);
            if (pref != 0) {
                mt.cared[k]++;
                if ((pref > 0) == carried) {
                    mt.wins[k]++;
                } else if (carried) {
                    mt.opposed[k]++;
                }
            }
        }
    }
}
