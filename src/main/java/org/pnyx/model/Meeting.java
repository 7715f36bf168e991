package org.pnyx.model;

import java.util.Arrays;
import org.pnyx.config.BylawConfig;

/**
 * One town's meeting as it passes from mechanism to mechanism (agenda, attendance, offices, decisions,
 * learning): the town, its bylaws in force, read once from the town when the meeting opens, the
 * attendees, and each member's tally of outcomes. Scratch arrays are indexed by attendee position or by
 * the member's position {@code k} in the town. One instance per run is reused for every town and
 * meeting; it keeps nothing from one meeting to the next.
 */
final class Meeting {

    Municipality m;
    Citizens c;
    BylawConfig b;
    /** The meeting's number in its town, from 1. */
    int number;
    int n;

    /** Attendees' ids in ascending order; the first {@link #present} are this meeting's. */
    int[] attendees = new int[0];
    int present;

    /** Motions adopted so far, and the yes and no votes on them. */
    int adopted;
    int adoptingYes;
    int adoptingNo;

    // Per member, by position in the town: outcomes that concerned them, went their way, were imposed on them.
    float[] cared = new float[0];
    float[] wins = new float[0];
    float[] opposed = new float[0];

    // Scratch for draws and deliberation, by attendee position.
    int[] candidates = new int[0];
    double[] weights = new double[0];
    double[] opinions = new double[0];
    double[] reasons = new double[0];
    /** Scratch for the attendees' votes on a confederal item, by attendee position. */
    byte[] votes = new byte[0];

    /** Opens a meeting of {@code town}: reads its bylaws in force and numbers the meeting. */
    void open(Municipality town, Citizens citizens) {
        m = town;
        c = citizens;
        n = town.population();
        ensure(n);
        b = town.bylaws();
        number = town.minutes().open();
        present = 0;
        adopted = 0;
        adoptingYes = 0;
        adoptingNo = 0;
    }

    /** Whether attendees reach the quorum (and at least one attends). */
    boolean quorate() {
        return present > 0 && present >= b.quorum() * n - 1e-9;
    }

    /** Clears every member's tally of outcomes. */
    void clearOutcomes() {
        Arrays.fill(wins, 0, n, 0f);
        Arrays.fill(cared, 0, n, 0f);
        Arrays.fill(opposed, 0, n, 0f);
    }

    private void ensure(int size) {
        if (attendees.length < size) {
            attendees = new int[size];
            candidates = new int[size];
            opinions = new double[size];
            reasons = new double[size];
            weights = new double[size];
            wins = new float[size];
            cared = new float[size];
            opposed = new float[size];
            votes = new byte[size];
        }
    }
}
