package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.pnyx.config.AttendanceConfig;

/**
 * Each member with the free time attends with probability {@code logistic(u)}, u rising with
 * solidarity, habit (Fowler 2006), the agenda's salience (Bryan 2004), efficacy and what the citizen
 * experiences of the meeting's size (below), and falling with the meeting's share of free time (Downs 1957;
 * Riker &amp; Ordeshook 1968); after the meeting the habit learns by aspiration-based reinforcement (Bendor,
 * Diermeier &amp; Ting 2003) and efficacy follows the share of outcomes won. The per-citizen state
 * (habit, aspiration, efficacy, whether they attended) lives in {@link Citizens}.
 *
 * <p><b>Survival before politics</b> (seed 001: without free time "the demands of survival and personal
 * security will overtake all other concerns"): a citizen in shortfall last week spends
 * {@code survivalHours * depth} of their free hours seeking the means of life, depth being
 * {@code 1 - consumption / need}; only the rest is free for politics.
 *
 * <p><b>Size from experience</b>: the meeting a citizen expects is the last one's attendance (the town's
 * population before the first). In it they have the chance {@code min(1, speakingTurns * hours / attendees)} of being
 * heard (Dahl &amp; Tufte 1973: a meeting's time shared among those present; {@code speakingTurns} is per hour of
 * meeting, so a longer meeting gives more turns), know the share {@code min(1, acquaintances / attendees)} of those present
 * (Bryan 2004; Dunbar 1992) and cast the deciding vote with the chance {@code sqrt(2 / (pi attendees))} of a
 * tied binomial electorate (Riker &amp; Ordeshook 1968). Their mean, the experienced meeting, enters the
 * attendance decision with weight {@code experience}, and, measured at the meeting attended, the payoff the
 * habit learns from, centred on 0.5. Nothing in the decision reads the town's size directly.
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
     * a citizen with less free time than the meeting lasts cannot attend. In the cost term the free time is
     * multiplied by what the citizen's wealth buys ({@link Meeting#timeClout}; issue 16, 1 when
     * {@code influence.timeWeight} is 0). The facilitator, who chairs the meeting, and the members of a
     * coordinating interest group when their interest is on the agenda ({@link InterestGroup#atStake}) attend
     * whenever they have the free time (the draw is made all the same), and so do the members of a coordinating
     * counter-group when the interest group's line is at stake ({@link CounterGroup#turnsOut}).
     */
    void attend(Meeting mt, List<Proposal> agenda, MersenneTwisterFast random) {
        Municipality m = mt.m;
        Citizens c = mt.c;
        int n = mt.n;
        double hours = mt.b.meetingHours();
        double effWeight = a.efficacy() * sizeFactor(n);
        int expected = m.minutes().meetingsHeld() > 1 ? m.minutes().lastAttendeeCount() : n;
        double experienced = a.experience() * experienced(expected, hours);
        double base = a.base() + experienced;
        int agendaSize = agenda.size();
        int present = 0;
        int chair = m.offices().holder();
        boolean groupAttends = InterestGroup.atStake(mt, agenda);
        boolean counterAttends = CounterGroup.turnsOut(mt, agenda);
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            float free = politicalTime(c, id);
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
                float bought = (float) (free * mt.timeClout(id));
                attend = random.nextDouble() * (1 + Math.exp(-utility(c, id, base, salience, effWeight, hours, bought)))
                        < 1 || id == chair || (groupAttends && mt.organized(id))
                        || (counterAttends && mt.counter(id));
            }
            c.attended[id] = attend;
            if (attend) {
                mt.positions[present] = k;
                mt.attendees[present++] = id;
            }
        }
        mt.present = present;
    }

    /** The weight on efficacy left in a town of {@code n}: {@code min(1, (referenceSize/n)^sizeElasticity)}. */
    double sizeFactor(int n) {
        return Math.min(1.0, Math.pow(a.referenceSize() / n, a.sizeElasticity()));
    }

    /**
     * The experienced meeting of {@code attendees} lasting {@code hours}: the mean of the chance of a speaking
     * turn, the share of attendees one knows and the chance of casting the deciding vote, each in [0, 1].
     */
    double experienced(int attendees, double hours) {
        double e = Math.max(1, attendees);
        double heard = Math.min(1, a.speakingTurns() * hours / e);
        double known = Math.min(1, a.acquaintances() / e);
        double pivotal = Math.min(1, Math.sqrt(2 / (Math.PI * e)));
        return (heard + known + pivotal) / 3;
    }

    /** Free hours left for politics: free time less {@code survivalHours} times last week's depth of shortfall. */
    float politicalTime(Citizens c, int id) {
        float free = c.freeTime[id];
        float need = c.need[id];
        float consumed = c.consumption[id];
        if (consumed >= need || need <= 0 || a.survivalHours() <= 0) {
            return free;
        }
        return Math.max(0f, free - (float) (a.survivalHours() * (1 - consumed / need)));
    }

    /**
     * The log-odds of attending, {@code u}, with the intercept and the experienced meeting in {@code base} and the
     * efficacy coefficient already diluted to {@code effWeight}.
     */
    double utility(Citizens c, int id, double base, double salience, double effWeight, double hours, float free) {
        return base + a.solidarity() * c.solidarity[id] + a.habit() * c.habit[id] + a.salience() * salience
                + effWeight * c.efficacy[id] - a.cost() * hours / free;
    }

    /**
     * Adaptive attendance: the payoff is the share of this meeting's outcomes that went the member's
     * way (0.5 if none concerned them) minus 0.5, plus, for attendees, duty times solidarity minus the
     * meeting's share of free time and plus the experienced meeting (at this meeting's attendance) less
     * one half, times {@code experience}. A payoff at or above the aspiration reinforces the action taken
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
        double experienced = a.experience() * (experienced(mt.present, hours) - 0.5);
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            double outcome = cared[k] > 0 ? mt.wins[k] / cared[k] : 0.5;
            boolean went = c.attended[id];
            double payoff = outcome - 0.5;
            if (went) {
                payoff += a.duty() * c.solidarity[id] - hours / Math.max(politicalTime(c, id), 1e-3) + experienced;
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
