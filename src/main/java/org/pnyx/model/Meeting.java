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

    // How standing works, set once per run by the assembly (fixtures set them by hand).
    /** Influence won by a carried motion or a contested election, lost by a failed one or a defeat. */
    float gain = 0.5f;
    /** Weight of ln(influence) in a voter's rating of a candidate. */
    double standingWeight = 0.05;
    /** Persuasiveness of standing. */
    double persuasion = 0.3;
    /** Attendees who stand at an election. */
    int candidateCount = 3;
    /** Exponent of relative wealth in standing and agenda control (0: wealth buys nothing). */
    double wealthWeight;
    /** Exponent of relative wealth in the time a citizen can give to politics (0: wealth buys no time). */
    double timeWeight;
    /** Share of the richest members who form an interest group ({@link InterestGroup}; 0: none). */
    double organizedShare;
    /** Whether the interest group coordinates attendance, motions and arguments. */
    boolean organizing = true;
    /** The least wealth of a group member this meeting (+infinity: no group). */
    double organizedFloor = Double.POSITIVE_INFINITY;
    /** The group's line on each issue, by ordinal (NaN: none). */
    final double[] line = new double[Issue.COUNT];
    /** Share of the members outside the interest group, of highest solidarity, who organize against it (0: none). */
    double counterShare;
    /** Whether the counter-group coordinates attendance, motions and arguments. */
    boolean counterOrganizing = true;
    /** The least solidarity of a counter-group member this meeting (+infinity: no counter-group). */
    double counterFloor = Double.POSITIVE_INFINITY;
    /** The counter-group's line on each issue, by ordinal (NaN: none). */
    final double[] counterLine = new double[Issue.COUNT];
    /** The town's mean wealth when the meeting opened (read only when a wealth weight is above 0). */
    double meanWealth;
    /**
     * Share of the way an attendee returns to their interested view after each round of deliberation, set by
     * {@code Interests} when it has computed this meeting's views (0: no anchoring).
     */
    double anchor;
    /** Members each dissenter on an adopted motion canvasses before the next meeting (0: none), set by {@code Interests}. */
    int canvass;
        /** Each member's interested view on each issue, by {@code position * Issue.COUNT + issue} (NaN: none). */
    float[] views = new float[0];
    /** Each attendee's position in the town, by attendee position (set by {@code Attendance}). */
    int[] positions = new int[0];

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

    /** The count of the latest motion decided, and the no-voter who may move to reconsider it (-1: none). */
    org.pnyx.rules.Tally lastTally;
    int minorityMover = -1;

    // Per member, by position in the town: outcomes that concerned them, went their way, were imposed on them.
    float[] cared = new float[0];
    float[] wins = new float[0];
    float[] opposed = new float[0];

    /** The issues a new motion may be on (the first ones, see {@code Agenda}). */
    final Issue[] issues = new Issue[Issue.COUNT];
    /** Whether a decision of this meeting on each issue (by ordinal) takes effect, read when it opens. */
    final boolean[] binding = new boolean[Issue.COUNT];

    // Scratch for draws and deliberation, by attendee position.
    int[] candidates = new int[0];
    double[] weights = new double[0];
    double[] opinions = new double[0];
    double[] reasons = new double[0];
    /** Scratch for the attendees' votes on a confederal item, by attendee position. */
    byte[] votes = new byte[0];
    /** Whether listeners weigh speakers by their reason ({@code civic.judgement}); else every reason counts as 1. */
    boolean judgement = true;

    // Scratch for counting who attends by quintile, by member position.
    double[] values = new double[0];
    double[] sorted = new double[0];
    boolean[] went = new boolean[0];

    /** Opens a meeting of {@code town}: reads its bylaws in force and numbers the meeting. */
    void open(Municipality town, Citizens citizens) {
        m = town;
        c = citizens;
        n = town.population();
        ensure(n);
        b = town.bylaws();
        number = town.minutes().open();
        boolean effect = town.rules().amendments().efficacyFromEffect();
        for (Issue issue : Issue.values()) {
            binding[issue.ordinal()] = !effect || town.decisionTakesEffect(issue);
        }
        present = 0;
        anchor = 0;
        organizedFloor = Double.POSITIVE_INFINITY;
        Arrays.fill(line, Double.NaN);
        counterFloor = Double.POSITIVE_INFINITY;
        Arrays.fill(counterLine, Double.NaN);
        if (wealthWeight > 0 || timeWeight > 0) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += c.wealth[town.member(k)];
            }
            meanWealth = n == 0 ? 0 : sum / n;
        }
        adopted = 0;
        adoptingYes = 0;
        adoptingNo = 0;
    }

    /**
     * What wealth buys a citizen in standing and agenda control: {@code (wealth / mean)^wealthWeight}, the
     * relative wealth floored at 0.01; 1 when the weight is 0 or the town has no wealth.
     */
    double clout(int id) {
        if (wealthWeight <= 0 || meanWealth <= 0) {
            return 1;
        }
        return Math.pow(Math.max(0.01, c.wealth[id] / meanWealth), wealthWeight);
    }

    /**
     * The interested view of the attendee at position {@code k} on the issue (Friedkin-Johnsen anchor), or NaN
     * when this meeting has none.
     */
    double view(int k, int issue) {
        if (anchor <= 0) {
            return Double.NaN;
        }
        if (holdsLine(k) && line[issue] == line[issue]) {
            return line[issue];
        }
        if (holdsCounterLine(k) && counterLine[issue] == counterLine[issue]) {
            return counterLine[issue];
        }
        return views[positions[k] * Issue.COUNT + issue];
    }

    /**
     * What wealth buys a citizen in time for politics: {@code (wealth / mean)^timeWeight}, the relative wealth
     * floored at 0.01; 1 when the weight is 0 or the town has no wealth.
     */
    double timeClout(int id) {
        if (timeWeight <= 0 || meanWealth <= 0) {
            return 1;
        }
        return Math.pow(Math.max(0.01, c.wealth[id] / meanWealth), timeWeight);
    }

    /** Whether the citizen belongs to this meeting's interest group ({@link InterestGroup}). */
    boolean organized(int id) {
        return c.wealth[id] >= organizedFloor;
    }

    /** Whether the citizen belongs to this meeting's counter-group ({@link CounterGroup}). */
    boolean counter(int id) {
        return !organized(id) && c.solidarity[id] >= counterFloor;
    }

    /** Whether the attendee at position {@code k} belongs to a coordinating counter-group. */
    boolean holdsCounterLine(int k) {
        return counterOrganizing && counter(attendees[k]);
    }

    /** Whether the attendee at position {@code k} belongs to a coordinating interest group. */
    boolean holdsLine(int k) {
        return organizing && organized(attendees[k]);
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
            values = new double[size];
            sorted = new double[size];
            went = new boolean[size];
            wins = new float[size];
            cared = new float[size];
            opposed = new float[size];
            votes = new byte[size];
            views = new float[size * Issue.COUNT];
            positions = new int[size];
        }
    }
}
