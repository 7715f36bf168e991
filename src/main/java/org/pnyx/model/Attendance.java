package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.pnyx.config.AttendanceConfig;

/**
 * Each member with the free time attends with probability {@code logistic(u)}, u rising with
 * solidarity, habit (Fowler 2006), the agenda's salience (Bryan 2004) and efficacy diluted by the
 * town's size (Bryan 2004), and falling with the meeting's share of free time (Downs 1957; Riker &amp;
 * Ordeshook 1968); after the meeting the habit learns by aspiration-based reinforcement (Bendor,
 * Diermeier &amp; Ting 2003) and efficacy follows the share of outcomes won. The per-citizen state
 * (habit, aspiration, efficacy, whether they attended) lives in {@link Citizens}.
 */
final class Attendance {

    private final AttendanceConfig a;

    Attendance(AttendanceConfig attendance) {
        this.a = attendance;
    }

    /**
     * Decides who attends, in member order, into the meeting's attendees:
     * {@code u = base + a_s*solidarity + a_h*habit + a_sal*salience + a_e*efficacy*min(1, (ref/n)^g)
     * - a_c*hours/freeTime}, where salience is the mean over the agenda of {@code |opinion - policy|}, an item
     * counting 0 when its decision would not take effect (issue 13);
     * a citizen with less free time than the meeting lasts cannot attend. The facilitator, who chairs the
     * meeting, attends whenever they have the free time (the draw is made all the same).
     */
    void attend(Meeting mt, List<Proposal> agenda, MersenneTwisterFast random) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        int n = mt.n;
        double hours = mt.b.meetingHours();
        double effWeight = a.efficacy() * sizeFactor(n);
        int agendaSize = agenda.size();
        int present = 0;
        int chair = m.offices().holder();
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            float free = c.freeTime[id];
            boolean attend = false;
            if (free >= hours) {
                double salience = 0;
                if (agendaSize > 0) {
                    for (Proposal p : agenda) {
                        if (!mt.binding[p.issue().ordinal()]) {
                            continue;
                        }
                        salience += Math.abs(c.opinion[id * Issue.COUNT + p.issue().ordinal()] - m.policy(p.issue()));
                    }
                    salience /= agendaSize;
                }
                attend = random.nextDouble() * (1 + Math.exp(-utility(c, id, salience, effWeight, hours, free))) < 1
                        || id == chair;
            }
            c.attended[id] = attend;
            if (attend) {
                mt.attendees[present++] = id;
            }
        }
        mt.present = present;
    }

    /** The weight on efficacy left in a town of {@code n}: {@code min(1, (referenceSize/n)^sizeElasticity)}. */
    double sizeFactor(int n) {
        return Math.min(1.0, Math.pow(a.referenceSize() / n, a.sizeElasticity()));
    }

    /** The log-odds of attending, {@code u}, with the efficacy coefficient already diluted to {@code effWeight}. */
    double utility(Citizens c, int id, double salience, double effWeight, double hours, float free) {
        return a.base() + a.solidarity() * c.solidarity[id] + a.habit() * c.habit[id] + a.salience() * salience
                + effWeight * c.efficacy[id] - a.cost() * hours / free;
    }

    /**
     * Adaptive attendance: the payoff is the share of this meeting's outcomes that went the member's
     * way (0.5 if none concerned them) minus 0.5, plus, for attendees, duty times solidarity minus the
     * meeting's share of free time. A payoff at or above the aspiration reinforces the action taken
     * (attending or staying away), below it inhibits it; the aspiration then moves toward the payoff.
     * Members who cared about an outcome fold the share they won into efficacy, and the share imposed on
     * them into imposition.
     */
    void learn(Meeting mt) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        double hours = mt.b.meetingHours();
        float lambda = (float) a.learningRate();
        double memory = a.aspirationMemory();
        float effMemory = (float) a.efficacyMemory();
        float[] cared = mt.cared;
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            double outcome = cared[k] > 0 ? mt.wins[k] / cared[k] : 0.5;
            boolean went = c.attended[id];
            double payoff = outcome - 0.5;
            if (went) {
                payoff += a.duty() * c.solidarity[id] - hours / Math.max(c.freeTime[id], 1e-3);
            }
            float h = c.habit[id];
            boolean satisfied = payoff >= c.aspiration[id];
            if (went == satisfied) {
                h += lambda * (1 - h);
            } else {
                h -= lambda * h;
            }
            c.habit[id] = h;
            c.aspiration[id] = (float) (memory * c.aspiration[id] + (1 - memory) * payoff);
            if (cared[k] > 0) {
                c.efficacy[id] = effMemory * c.efficacy[id] + (1 - effMemory) * (mt.wins[k] / cared[k]);
                c.imposed[id] = effMemory * c.imposed[id] + (1 - effMemory) * (mt.opposed[k] / cared[k]);
            }
        }
    }
}
