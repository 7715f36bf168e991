package org.pnyx.model;

import org.pnyx.config.Bylaw;

import org.pnyx.config.AmendmentConfig;

/**
 * The assembly amends its own bylaws (Biehl 1998, "Assemblies at Work": its first act is "to constitute itself—to
 * draw up procedural bylaws"; Ostrom 1990, principle 3: those affected by the rules can take part in changing
 * them). The scenario's bylaws are each town's founding charter. After a quorate meeting's business, up to
 * {@code bylaws.amendmentsPerMeeting} amendments are taken up, each moving one bylaw one step ({@link Bylaw}).
 *
 * <p>What citizens want of the procedure comes from what they have lived through, never from a draw. Each member
 * keeps two counters, updated at every meeting of their town ({@link #experience}): inquorate meetings they
 * attended lately, and meetings at which their income had fallen short of their need while the town's workers gave
 * less than the effort norm (losses to free riding). With their smoothed efficacy and imposed share (the assembly's own record)
 * and their offences on record, office and free time, they give each attendee's wish for a bylaw:
 * <ul>
 * <li><b>quorum</b> lower after two or more inquorate meetings attended ("inquorate"; Ostrom 1990 principle 3,
 *     Pnyx design threshold); higher when most decisions that concerned them were imposed on them ("imposed":
 *     Buchanan &amp; Tullock 1962, the external costs of letting fewer decide for all);</li>
 * <li><b>monitoring</b> up after three or more meetings of losses to free riding ("free_riding"; Ostrom 1990
 *     principle 4; the wish outweighs one's own fines: Gürerk, Irlenbusch &amp; Rockenbach 2006), down for anyone with an offence on record ("sanctioned"; those punished oppose the
 *     punisher: Fehr &amp; Gächter 2000, Pnyx design as a vote);</li>
 * <li><b>decision rule</b> stricter (majority, supermajority, consensus) when more than 60% of the decisions
 *     that concerned them were imposed on them ("imposed": Buchanan &amp; Tullock 1962, external costs), looser when
 *     more than 60% were motions they favoured that failed ("thwarted": Buchanan &amp; Tullock 1962, decision
 *     costs);</li>
 * <li><b>meeting length</b> shorter when a meeting costs a quarter or more of their free time ("time"; Downs 1957,
 *     Riker &amp; Ordeshook 1968 on the cost of taking part);</li>
 * <li><b>term length</b> longer for the facilitator and for anyone who has served a full term ("office"; Michels
 *     1911), shorter for attendees who disapprove of the facilitator ("disapproval"; Biehl 1998, offices held
 *     accountable).</li>
 * </ul>
 * An attendee with no wish on a bylaw votes against changing it when the procedure serves them, or, on less
 * monitoring, when they comply ({@link #defends}), and abstains otherwise. The motion put is the one with most supporters among the
 * attendees (ties: the bylaw's order, lower before higher), moved by its supporter of highest standing (influence
 * times reason; ties: lowest id); a bylaw voted on waits {@code reconsiderationDelay} meetings (at least one)
 * before it is put again. It is adopted when yes votes reach {@code bylaws.amendmentMajority} of the votes cast,
 * and then changes the bylaw through {@link TownRules#change}. Amendments are not deliberated, and their outcomes do
 * not count toward efficacy (simplifications). Nothing here draws a random number.
 */
final class Amendments {

    /** The bylaws citizens have wishes about, in order of precedence for ties. */
    private static final Bylaw[] WISHED = {Bylaw.QUORUM, Bylaw.DECISION_RULE, Bylaw.MEETING_HOURS,
            Bylaw.TERM_LENGTH, Bylaw.MONITORING};

    static final String INQUORATE = "inquorate";
    static final String IMPOSED = "imposed";
    static final String FREE_RIDING = "free_riding";
    static final String SANCTIONED = "sanctioned";
    static final String THWARTED = "thwarted";
    static final String TIME = "time";
    static final String OFFICE = "office";
    static final String DISAPPROVAL = "disapproval";

    /** Supporters by wished bylaw and direction (index 2i: down, 2i+1: up). */
    private final int[] support = new int[WISHED.length * 2];
    /** The reason of the last wish computed. */
    private String reason;

    /** Whether the town amends at all: amendments on and rules that can change. */
    static boolean live(Meeting mt) {
        return mt.m.rules().amendments().amendmentsPerMeeting() > 0 && mt.m.rules().value(Bylaw.QUORUM.param()) != null;
    }

    /**
     * Each member's experience of this meeting: an attendee of an inquorate meeting counts one more, an attendee
     * of a quorate one halves the count; a member whose income last week (their share, wage or profit) fell short of
     * their need while the town's workers' mean effort was below the norm (a loss to free riding) counts one more
     * such meeting, anyone else one fewer.
     */
    void experience(Meeting mt, boolean quorate) {
        Citizens c = mt.c;
        double norm = mt.m.economy().sanctions().effortNorm();
        double effort = 0;
        int workers = 0;
        for (int k = 0; k < mt.n; k++) {
            int id = mt.m.member(k);
            if (!c.owner[id]) {
                effort += c.effort[id];
                workers++;
            }
        }
        boolean shirked = workers > 0 && effort / workers < norm - 1e-9;
        for (int k = 0; k < mt.n; k++) {
            int id = mt.m.member(k);
            if (c.attended[id]) {
                c.inquorate[id] = (byte) (quorate ? c.inquorate[id] >> 1 : Math.min(100, c.inquorate[id] + 1));
            }
            boolean lost = shirked && c.income[id] < c.need[id];
            c.carried[id] = (byte) (lost ? Math.min(100, c.carried[id] + 1) : Math.max(0, c.carried[id] - 1));
        }
    }

    /** Takes up the meeting's amendments, after its business; records each in the town's minutes. */
    void take(Meeting mt) {
        AmendmentConfig rule = mt.m.rules().amendments();
        int taken = 0;
        boolean[] done = new boolean[WISHED.length];
        while (taken < rule.amendmentsPerMeeting()) {
            int best = choose(mt, done);
            if (best < 0) {
                return;
            }
            done[best / 2] = true;
            vote(mt, WISHED[best / 2], best % 2 == 1 ? 1 : -1, mt.m.rules().amendments().amendmentMajority());
            taken++;
        }
    }

    /** The wished change with most supporters among the attendees that can be put, as 2i + (up ? 1 : 0); -1 if none. */
    private int choose(Meeting mt, boolean[] done) {
        java.util.Arrays.fill(support, 0);
        for (int a = 0; a < mt.present; a++) {
            int id = mt.attendees[a];
            for (int i = 0; i < WISHED.length; i++) {
                int w = wish(mt, WISHED[i], id);
                if (w != 0) {
                    support[2 * i + (w > 0 ? 1 : 0)]++;
                }
            }
        }
        int best = -1;
        int delay = Math.max(1, mt.b.reconsiderationDelay());
        for (int j = 0; j < support.length; j++) {
            Bylaw b = WISHED[j / 2];
            int votedAt = mt.m.minutes().bylawVotedAt(b);
            if (support[j] == 0 || done[j / 2] || (votedAt > 0 && mt.number - votedAt < delay)) {
                continue;
            }
            if (b.next(mt.m.rules().value(b.param()), j % 2 == 1 ? 1 : -1) == null) {
                continue;
            }
            if (best < 0 || support[j] > support[best]) {
                best = j;
            }
        }
        return best;
    }

    /** Puts the amendment moving {@code b} one step in {@code direction} to the attendees and applies it if adopted. */
    private void vote(Meeting mt, Bylaw b, int direction, double majority) {
        Citizens c = mt.c;
        Object old = mt.m.rules().value(b.param());
        Object proposed = b.next(old, direction);
        int yes = 0;
        int no = 0;
        int mover = -1;
        String moverReason = "";
        double standing = -1;
        for (int a = 0; a < mt.present; a++) {
            int id = mt.attendees[a];
            int w = wish(mt, b, id);
            if (w == direction) {
                yes++;
                double s = c.influence[id] * c.reason[id];
                if (s > standing) {
                    standing = s;
                    mover = id;
                    moverReason = reason;
                }
            } else if (w == -direction || (w == 0 && defends(mt, b, direction, id))) {
                no++;
            }
        }
        boolean adopted = yes > 0 && yes >= majority * (yes + no) - 1e-9;
        if (adopted) {
            try {
                mt.m.rules().change(b.param(), proposed);
            } catch (IllegalArgumentException e) {
                adopted = false;
            }
        }
        mt.m.minutes().amendment(new AmendmentRecord(mt.number, b, Bylaw.format(old), Bylaw.format(proposed), yes, no,
                mover, moverReason, adopted));
    }

    /**
     * Whether an attendee with no wish on the bylaw votes against moving it: when the procedure serves them
     * (efficacy at least 0.65 and last week's income covering their need; Pnyx design), and, against less monitoring, when they
     * worked to the norm with no offence on record (the compliant keep the monitoring that assures them others
     * comply too: Ostrom 1990, quasi-voluntary compliance).
     */
    private static boolean defends(Meeting mt, Bylaw b, int direction, int id) {
        Citizens c = mt.c;
        if (c.efficacy[id] >= 0.65f && c.income[id] >= c.need[id]) {
            return true;
        }
        return b == Bylaw.MONITORING && direction < 0 && c.offences[id] == 0 && !c.owner[id]
                && c.effort[id] >= mt.m.economy().sanctions().effortNorm() - 1e-9;
    }

    /** Attendee {@code id}'s wish for bylaw {@code b}: 1 up, -1 down, 0 none; sets {@link #reason}. */
    private int wish(Meeting mt, Bylaw b, int id) {
        Citizens c = mt.c;
        switch (b) {
            case QUORUM -> {
                if (c.inquorate[id] >= 2) {
                    reason = INQUORATE;
                    return -1;
                }
                if (c.imposed[id] > 0.6f) {
                    reason = IMPOSED;
                    return 1;
                }
            }
            case MONITORING -> {
                if (c.carried[id] >= 3) {
                    reason = FREE_RIDING;
                    return 1;
                }
                if (c.offences[id] >= 2) {
                    reason = SANCTIONED;
                    return -1;
                }
            }
            case DECISION_RULE -> {
                if (c.imposed[id] > 0.6f) {
                    reason = IMPOSED;
                    return 1;
                }
                if (1 - c.efficacy[id] - c.imposed[id] > 0.6f) {
                    reason = THWARTED;
                    return -1;
                }
            }
            case MEETING_HOURS -> {
                if (mt.b.meetingHours() >= 0.25 * c.freeTime[id]) {
                    reason = TIME;
                    return -1;
                }
            }
            case TERM_LENGTH -> {
                int holder = mt.m.offices().holder();
                if (holder < 0) {
                    return 0;
                }
                if (id == holder || c.officeMeetings[id] >= mt.b.termLength()) {
                    reason = OFFICE;
                    return 1;
                }
                if (!Offices.approves(c, id, holder, mt.b.approvalRadius())) {
                    reason = DISAPPROVAL;
                    return -1;
                }
            }
            default -> {
                return 0;
            }
        }
        return 0;
    }
}
