package org.pnyx.model;

import java.util.Arrays;

/**
 * One confederation's question on one member town's agenda (seed 001: the citizens decide confederal policy
 * where "their separate assemblies engage in rational discourse before making decisions"). The confederation
 * puts the question ({@link #put}); the town's next quorate meeting takes it up, deliberates and votes under
 * the town's bylaws ({@link ConfederalDecision}), and its result is the town's mandate; an inquorate meeting
 * leaves it for the next one. At the count the confederation reads the votes cast and closes the item
 * ({@link #close}); what was decided stays readable until the next count (the mandate, the outcome, who voted),
 * for the metrics and for liberty measured per citizen.
 */
public final class ConfederalItem {

    private final String confederation;

    // The question put, open until the count.
    private boolean open;
    private long putWeek = -1;
    private double statusQuo;
    private double proposal;
    private double interest;
    private boolean coin;

    // What the town's meetings did with it.
    private int meetingsTried;
    private int attendance;
    private boolean decided;
    private int meeting;
    private int yes;
    private int no;
    private int mandate;
    private int[] voters = new int[0];
    private byte[] votes = new byte[0];
    private int voterCount;

    // The last count: the town's mandate and the confederation's outcome.
    private boolean counted;
    private int countedMandate;
    private boolean countedAdopted;

    /** @param confederation the name of the confederation that puts questions through this item */
    public ConfederalItem(String confederation) {
        this.confederation = confederation;
    }

    /**
     * Puts a question to the town: a proposal against the status quo, with the town's interest in it
     * (1: the town gains if adopted, 0: it loses), under which every member's position is formed.
     *
     * @param coin whether every vote cast is a fair coin (impartial culture)
     */
    public void put(long week, double statusQuo, double proposal, double interest, boolean coin) {
        open = true;
        putWeek = week;
        this.statusQuo = statusQuo;
        this.proposal = proposal;
        this.interest = interest;
        this.coin = coin;
        meetingsTried = 0;
        attendance = 0;
        decided = false;
        meeting = 0;
        yes = 0;
        no = 0;
        mandate = 0;
        voterCount = 0;
    }

    /** An inquorate meeting took the item up and could not decide it: it waits for the next meeting. */
    void tried(int present) {
        meetingsTried++;
        attendance = present;
    }

    /**
     * A quorate meeting decided the item: its attendees' votes (+1, -1, 0 by attendee, ids ascending) and the
     * town's mandate under its own decision rule.
     */
    void decide(int meetingNumber, int[] attendees, byte[] attendeeVotes, int present, int mandateVote) {
        meetingsTried++;
        attendance = present;
        decided = true;
        open = false;
        meeting = meetingNumber;
        if (voters.length < present) {
            voters = new int[present];
            votes = new byte[present];
        }
        System.arraycopy(attendees, 0, voters, 0, present);
        System.arraycopy(attendeeVotes, 0, votes, 0, present);
        voterCount = present;
        int y = 0;
        int n = 0;
        for (int k = 0; k < present; k++) {
            y += attendeeVotes[k] > 0 ? 1 : 0;
            n += attendeeVotes[k] < 0 ? 1 : 0;
        }
        yes = y;
        no = n;
        mandate = mandateVote;
    }

    /** The count has read the item: it is closed and what was decided is kept until the next count. */
    public void close(boolean adopted) {
        open = false;
        counted = true;
        countedMandate = mandate;
        countedAdopted = adopted;
    }

    /** The confederation that puts questions through this item. */
    public String confederation() {
        return confederation;
    }

    /** Whether a question waits for the town's assembly. */
    public boolean open() {
        return open;
    }

    /** The week the question was put. */
    public long putWeek() {
        return putWeek;
    }

    public double statusQuo() {
        return statusQuo;
    }

    public double proposal() {
        return proposal;
    }

    /** The town's interest in the proposal: 1 when it gains if adopted, 0 when it loses. */
    public double interest() {
        return interest;
    }

    /** Whether every vote cast on it is a fair coin (impartial culture). */
    public boolean coin() {
        return coin;
    }

    /** Meetings that took the question up, quorate or not. */
    public int meetingsTried() {
        return meetingsTried;
    }

    /** Attendees of the latest meeting that took it up (0 when none did). */
    public int attendance() {
        return attendance;
    }

    /** Whether a quorate meeting decided it. */
    public boolean decided() {
        return decided;
    }

    /** The town's meeting number that decided it, or 0. */
    public int meeting() {
        return meeting;
    }

    /** Votes cast yes in the deciding meeting. */
    public int yes() {
        return yes;
    }

    /** Votes cast no in the deciding meeting. */
    public int no() {
        return no;
    }

    /** The town's mandate: +1 yes, -1 no, 0 none (no quorate meeting, or no vote cast). */
    public int mandate() {
        return mandate;
    }

    /** Citizens who voted in the deciding meeting. */
    public int voterCount() {
        return voterCount;
    }

    /** The k-th voter of the deciding meeting, ids ascending. */
    public int voter(int k) {
        return voters[k];
    }

    /** The k-th voter's vote: +1, -1 or 0 (abstained). */
    public int vote(int k) {
        return votes[k];
    }

    /** Whether the citizen voted in the meeting that formed the latest mandate (binary search over the voters). */
    public boolean votedOnMandate(int id) {
        return Arrays.binarySearch(voters, 0, voterCount, id) >= 0;
    }

    /** Whether a count has closed a question yet. */
    public boolean counted() {
        return counted;
    }

    /** The town's mandate at the latest count: +1, -1 or 0. */
    public int countedMandate() {
        return countedMandate;
    }

    /** Whether the latest counted question was adopted. */
    public boolean countedAdopted() {
        return countedAdopted;
    }

    /** Whether the latest counted decision was imposed on the town: adopted against its mandate. */
    public boolean imposedOnTown() {
        return counted && countedAdopted && countedMandate < 0;
    }
}
