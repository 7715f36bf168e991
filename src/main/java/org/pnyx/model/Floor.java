package org.pnyx.model;

import org.pnyx.config.BylawConfig;

/**
 * Who is heard at a meeting (Dahl &amp; Tufte 1973: a meeting's time is shared among those present, so in a large
 * assembly most cannot speak). A meeting has {@code speakingTurns * meetingHours} turns (rounded down). When at least
 * as many attend, every attendee is heard. Otherwise the chair gives the floor under the bylaw {@code bylaws.floor}:
 * <ul>
 *   <li>{@code standing}: to the attendees of highest standing, their influence times what their wealth buys
 *       ({@link Meeting#clout}), the chair always among them (Pnyx design after Michels 1911 and seed 001's "tyranny
 *       of the structureless": the well-known and the well-off hold the floor);</li>
 *   <li>{@code queue}: in the order of a speakers' list that carries over from meeting to meeting, so that over
 *       meetings every attendee's turn comes (Pnyx design; the knockout of standing's and wealth's hold on the
 *       floor).</li>
 * </ul>
 * Ties in standing follow the speakers' list too, so nobody is favoured by their id; the list resumes after the
 * last attendee it reached at the margin (those who held the floor by standing do not move it). No draws: who is heard
 * depends only on who attended, their standing and wealth, and where the list stopped last time. The flag
 * ({@link Citizens#heard}) is read by liberty's voice ({@link Bindings}) and civic formation.
 */
final class Floor {

    private final double turnsPerHour;
    private double[] topKey = new double[0];
    private int[] topId = new int[0];
    private int[] topPosition = new int[0];

    Floor(double turnsPerHour) {
        this.turnsPerHour = turnsPerHour;
    }

    /** The meeting's speaking turns: {@code floor(turnsPerHour * hours)}, at least 1. */
    static int turns(double turnsPerHour, double hours) {
        return Math.max(1, (int) Math.floor(turnsPerHour * hours + 1e-9));
    }

    /** Sets who of the town's members is heard at the meeting (only attendees of a quorate one can be). */
    void give(Meeting mt, boolean quorate) {
        Citizens c = mt.c;
        Municipality m = mt.m;
        for (int k = 0; k < mt.n; k++) {
            c.heard[m.member(k)] = false;
        }
        if (!quorate) {
            return;
        }
        int present = mt.present;
        int turns = turns(turnsPerHour, mt.b.meetingHours());
        if (present <= turns) {
            for (int k = 0; k < present; k++) {
                c.heard[mt.attendees[k]] = true;
            }
            return;
        }
        ensure(turns);
        int start = firstFrom(mt.attendees, present, m.minutes().floorNext());
        boolean byStanding = mt.b.floor() == BylawConfig.Floor.STANDING;
        int chair = m.offices().holder();
        int kept = 0;
        for (int q = 0; q < present; q++) {
            int id = mt.attendees[(start + q) % present];
            double key = !byStanding ? 0 : id == chair ? Double.POSITIVE_INFINITY : c.influence[id] * mt.clout(id);
            if (kept == turns && key <= topKey[kept - 1]) {
                continue;
            }
            int at = kept == turns ? turns - 1 : kept++;
            while (at > 0 && topKey[at - 1] < key) {
                topKey[at] = topKey[at - 1];
                topId[at] = topId[at - 1];
                topPosition[at] = topPosition[at - 1];
                at--;
            }
            topKey[at] = key;
            topId[at] = id;
            topPosition[at] = q;
        }
        int last = 0;
        double marginal = topKey[turns - 1];
        for (int t = 0; t < turns; t++) {
            c.heard[topId[t]] = true;
            if (topKey[t] == marginal) {
                last = Math.max(last, topPosition[t]);
            }
        }
        m.minutes().floorNext(mt.attendees[(start + last) % present] + 1);
    }

    /** The position of the first attendee whose id is at least {@code next} (0 if none: the list wraps). */
    static int firstFrom(int[] attendees, int present, int next) {
        for (int k = 0; k < present; k++) {
            if (attendees[k] >= next) {
                return k;
            }
        }
        return 0;
    }

    private void ensure(int turns) {
        if (topKey.length < turns) {
            topKey = new double[turns];
            topId = new int[turns];
            topPosition = new int[turns];
        }
    }
}
