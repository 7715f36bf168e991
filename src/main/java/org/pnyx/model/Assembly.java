package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.config.BylawConfig;
import org.pnyx.rules.Tally;
import org.pnyx.rules.VotingRule;

/**
 * The procedure of one popular-assembly meeting (seed 001, "Assemblies at Work"), in order:
 * agenda, attendance, office, deliberation and votes, recall, then the attendance habit, efficacy
 * and influence updates. One instance per run holds the scratch buffers; it keeps no other state.
 */
public final class Assembly {

    private static final float MIN_INFLUENCE = 0.1f;

    private final AttendanceConfig attendance;
    private final double influenceGain;
    private final double influenceRelaxation;

    private int[] attendees = new int[0];
    private int[] candidates = new int[0];
    private double[] opinions = new double[0];
    private double[] reasons = new double[0];
    private double[] weights = new double[0];
    private float[] wins = new float[0];
    private float[] cared = new float[0];
    private float[] opposed = new float[0];
    private final List<Proposal> agenda = new ArrayList<>();

    /**
     * @param attendance          attendance coefficients
     * @param influenceGain       influence won per carried proposal (lost per failed one)
     * @param influenceRelaxation share of the distance to neutral influence lost per meeting
     */
    public Assembly(AttendanceConfig attendance, double influenceGain, double influenceRelaxation) {
        this.attendance = attendance;
        this.influenceGain = influenceGain;
        this.influenceRelaxation = influenceRelaxation;
    }

    /** Holds a meeting of the municipality's assembly and returns what happened. */
    public MeetingRecord meet(Municipality m, Citizens c, MersenneTwisterFast random) {
        int n = m.population();
        ensure(n);
        BylawConfig b = m.bylaws();
        int meeting = ++m.meetingsHeld;

        buildAgenda(m, c, meeting, random);
        int present = decideAttendance(m, c, random);
        boolean quorumMet = present > 0 && present >= b.quorum() * n - 1e-9;

        Arrays.fill(wins, 0, n, 0f);
        Arrays.fill(cared, 0, n, 0f);
        Arrays.fill(opposed, 0, n, 0f);
        int adopted = 0;
        int adoptingYes = 0;
        int adoptingNo = 0;
        if (quorumMet) {
            fillOffice(m, c, present, random);
            for (Proposal p : agenda) {
                Tally t = decide(m, c, p, present, random);
                boolean carried = t != null;
                if (carried) {
                    adopted++;
                    adoptingYes += t.yes();
                    adoptingNo += t.no();
                }
                afterDecision(m, c, p, carried, meeting);
            }
            m.proposalsThisWeek += agenda.size();
        } else {
            // An inquorate meeting decides nothing; its agenda waits for the next meeting.
            for (Proposal p : agenda) {
                m.tabled.add(new Proposal(p.issue(), p.value(), p.proposer(), p.returning(), meeting + 1));
            }
        }
        m.decisionsThisWeek += adopted;
        if (adopted > 0) {
            m.lastAdoptingYes = adoptingYes;
            m.lastAdoptingNo = adoptingNo;
            m.everAdopted = true;
        }
        boolean recalled = quorumMet && recallCheck(m, c, present);
        learn(m, c);
        rememberAttendees(m, present);
        MeetingRecord record = new MeetingRecord(meeting, present, n, quorumMet, quorumMet ? agenda.size() : 0,
                adopted, recalled);
        m.lastMeeting = record;
        return record;
    }

    private void buildAgenda(Municipality m, Citizens c, int meeting, MersenneTwisterFast random) {
        agenda.clear();
        int wanted = m.bylaws().proposalsPerMeeting();
        for (Iterator<Proposal> it = m.tabled.iterator(); it.hasNext() && agenda.size() < wanted; ) {
            Proposal p = it.next();
            if (p.dueMeeting() <= meeting) {
                agenda.add(p);
                it.remove();
            }
        }
        while (agenda.size() < wanted) {
            Issue issue = Issue.values()[random.nextInt(Issue.COUNT)];
            int proposer = pickProposer(m, c, random);
            double value = c.opinion[proposer * Issue.COUNT + issue.ordinal()];
            agenda.add(new Proposal(issue, value, proposer, false, meeting));
        }
    }

    /**
     * The mover is drawn among the last meeting's attendees with weight influence times reason, the
     * facilitator's weight multiplied by the bylaw bonus (the floor the chair controls); before the
     * first attended meeting, among all members uniformly.
     */
    private int pickProposer(Municipality m, Citizens c, MersenneTwisterFast random) {
        int k = m.lastAttendeeCount;
        if (k == 0) {
            return m.member(random.nextInt(m.population()));
        }
        double total = 0;
        for (int j = 0; j < k; j++) {
            int id = m.lastAttendees[j];
            double w = c.influence[id] * (0.05 + c.reason[id]);
            if (id == m.facilitator) {
                w *= m.bylaws().facilitatorBonus();
            }
            weights[j] = w;
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int j = 0; j < k; j++) {
            u -= weights[j];
            if (u < 0) {
                return m.lastAttendees[j];
            }
        }
        return m.lastAttendees[k - 1];
    }

    /**
     * Each member attends with probability logistic(u), where
     * {@code u = base + a_s*solidarity + a_h*habit + a_sal*salience + a_e*efficacy*(ref/n)^g - a_c*hours/freeTime};
     * a citizen with less free time than the meeting lasts cannot attend.
     */
    private int decideAttendance(Municipality m, Citizens c, MersenneTwisterFast random) {
        int n = m.population();
        double hours = m.bylaws().meetingHours();
        double sizeFactor = Math.min(1.0, Math.pow(attendance.referenceSize() / n, attendance.sizeElasticity()));
        double effWeight = attendance.efficacy() * sizeFactor;
        int agendaSize = agenda.size();
        int present = 0;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            float free = c.freeTime[id];
            boolean attend = false;
            if (free >= hours) {
                double salience = 0;
                if (agendaSize > 0) {
                    for (Proposal p : agenda) {
                        salience += Math.abs(c.opinion[id * Issue.COUNT + p.issue().ordinal()] - m.policy(p.issue()));
                    }
                    salience /= agendaSize;
                }
                double u = attendance.base() + attendance.solidarity() * c.solidarity[id]
                        + attendance.habit() * c.habit[id] + attendance.salience() * salience
                        + effWeight * c.efficacy[id] - attendance.cost() * hours / free;
                attend = random.nextDouble() * (1 + Math.exp(-u)) < 1;
            }
            c.attended[id] = attend;
            if (attend) {
                attendees[present++] = id;
            }
        }
        return present;
    }

    private void fillOffice(Municipality m, Citizens c, int present, MersenneTwisterFast random) {
        BylawConfig b = m.bylaws();
        if (m.facilitator >= 0 && m.termMeetingsLeft > 0) {
            return;
        }
        int previous = m.facilitator;
        boolean barred = b.termLimit() > 0 && m.consecutiveTerms >= b.termLimit();
        int count = 0;
        for (int k = 0; k < present; k++) {
            int id = attendees[k];
            if (!(barred && id == previous)) {
                candidates[count] = id;
                weights[count] = c.influence[id] * c.reason[id];
                count++;
            }
        }
        int chosen = m.selector().choose(candidates, weights, count, previous, random);
        m.consecutiveTerms = chosen == previous && chosen >= 0 ? m.consecutiveTerms + 1 : 1;
        m.facilitator = chosen;
        m.termMeetingsLeft = chosen >= 0 ? b.termLength() : 0;
    }

    /** Deliberates and votes on one proposal; returns the deciding tally if adopted, else null. */
    private Tally decide(Municipality m, Citizens c, Proposal p, int present, MersenneTwisterFast random) {
        BylawConfig b = m.bylaws();
        int issue = p.issue().ordinal();
        for (int k = 0; k < present; k++) {
            int id = attendees[k];
            opinions[k] = c.opinion[id * Issue.COUNT + issue];
            reasons[k] = c.reason[id];
        }
        double statusQuo = m.policy(p.issue());
        boolean consensus = b.decisionRule() == BylawConfig.DecisionRule.CONSENSUS;
        int rounds = consensus ? b.consensusRounds() : 1;
        Tally tally = null;
        boolean carried = false;
        for (int r = 0; r < rounds && !carried; r++) {
            for (int d = 0; d < b.deliberationRounds(); d++) {
                m.deliberation().round(opinions, reasons, present, random);
            }
            tally = Tally.count(opinions, present, p.value(), statusQuo, b.blockMargin());
            carried = m.rule().adopts(tally);
        }
        VotingRule fallback = m.fallback();
        if (!carried && consensus && fallback != null) {
            carried = fallback.adopts(tally);
        }
        for (int k = 0; k < present; k++) {
            c.opinion[attendees[k] * Issue.COUNT + issue] = (float) opinions[k];
        }
        return carried ? tally : null;
    }

    /** Applies an outcome: policy, influence of the mover, tabling, and each member's satisfaction. */
    private void afterDecision(Municipality m, Citizens c, Proposal p, boolean carried, int meeting) {
        double statusQuo = m.policy(p.issue());
        int issue = p.issue().ordinal();
        float gain = (float) influenceGain;
        if (carried) {
            // An assembly without power (under a state council) only passes resolutions.
            if (m.selfGoverning()) {
                m.setPolicy(p.issue(), p.value());
            }
            c.influence[p.proposer()] += gain;
        } else {
            c.influence[p.proposer()] = Math.max(MIN_INFLUENCE, c.influence[p.proposer()] - gain);
            int delay = m.bylaws().reconsiderationDelay();
            if (!p.returning() && delay > 0) {
                m.tabled.add(new Proposal(p.issue(), p.value(), p.proposer(), true, meeting + delay));
            }
        }
        int n = m.population();
        for (int k = 0; k < n; k++) {
            double x = c.opinion[m.member(k) * Issue.COUNT + issue];
            double pref = Math.abs(x - statusQuo) - Math.abs(x - p.value());
            if (pref != 0) {
                cared[k]++;
                if ((pref > 0) == carried) {
                    wins[k]++;
                } else if (carried) {
                    opposed[k]++;
                }
            }
        }
    }

    /**
     * Recall: attendees approve the facilitator when their mean opinion distance to the facilitator
     * is at most the approval radius; below the recall threshold the office falls vacant.
     */
    private boolean recallCheck(Municipality m, Citizens c, int present) {
        BylawConfig b = m.bylaws();
        int f = m.facilitator;
        if (f < 0) {
            return false;
        }
        m.termMeetingsLeft--;
        c.officeMeetings[f]++;
        if (b.recallThreshold() <= 0) {
            return false;
        }
        int approving = 0;
        for (int k = 0; k < present; k++) {
            int id = attendees[k];
            double distance = 0;
            for (int i = 0; i < Issue.COUNT; i++) {
                distance += Math.abs(c.opinion[id * Issue.COUNT + i] - c.opinion[f * Issue.COUNT + i]);
            }
            if (distance / Issue.COUNT <= b.approvalRadius()) {
                approving++;
            }
        }
        if (approving < b.recallThreshold() * present - 1e-9) {
            m.facilitator = -1;
            m.termMeetingsLeft = 0;
            m.consecutiveTerms = 0;
            m.recallsThisWeek++;
            return true;
        }
        return false;
    }

    /**
     * Adaptive attendance (Bendor, Diermeier &amp; Ting 2003): the payoff is the share of this
     * meeting's outcomes that went the citizen's way, plus, for attendees, duty minus time cost.
     * A payoff at or above the aspiration reinforces the action taken (attending or staying away),
     * below it inhibits it; the aspiration then moves toward the payoff. Efficacy is the smoothed
     * share of outcomes won. Influence relaxes toward 1 (Bonabeau et al. 1995).
     */
    private void learn(Municipality m, Citizens c) {
        int n = m.population();
        double hours = m.bylaws().meetingHours();
        float lambda = (float) attendance.learningRate();
        double memory = attendance.aspirationMemory();
        float effMemory = (float) attendance.efficacyMemory();
        float relax = (float) (1 - influenceRelaxation);
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            double outcome = cared[k] > 0 ? wins[k] / cared[k] : 0.5;
            boolean went = c.attended[id];
            double payoff = outcome - 0.5;
            if (went) {
                payoff += attendance.duty() * c.solidarity[id] - hours / Math.max(c.freeTime[id], 1e-3);
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
                c.efficacy[id] = effMemory * c.efficacy[id] + (1 - effMemory) * (wins[k] / cared[k]);
                c.imposed[id] = effMemory * c.imposed[id] + (1 - effMemory) * (opposed[k] / cared[k]);
            }
            c.influence[id] = 1 + (c.influence[id] - 1) * relax;
        }
    }

    private void rememberAttendees(Municipality m, int present) {
        if (m.lastAttendees.length < present) {
            m.lastAttendees = new int[Math.max(present, m.population())];
        }
        System.arraycopy(attendees, 0, m.lastAttendees, 0, present);
        m.lastAttendeeCount = present;
    }

    private void ensure(int n) {
        if (attendees.length < n) {
            attendees = new int[n];
            candidates = new int[n];
            opinions = new double[n];
            reasons = new double[n];
            weights = new double[n];
            wins = new float[n];
            cared = new float[n];
            opposed = new float[n];
        }
    }
}
