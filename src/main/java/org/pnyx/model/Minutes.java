package org.pnyx.model;

/**
 * The minutes of one municipality's assembly, kept by the assembly and read by the metrics and the
 * confederal layer: the meetings held, the latest meeting's record and attendees, the votes on what the
 * latest adopting meeting adopted, and this week's counts of proposals, decisions and recalls.
 */
public final class Minutes {

    private int meetingsHeld;
    private MeetingRecord lastMeeting;
    private int[] lastAttendees = new int[0];
    private int lastAttendeeCount;
    private int lastAdoptingYes;
    private int lastAdoptingNo;
    private boolean everAdopted;

    private final Quintiles byWealth = new Quintiles();
    private final Quintiles byFreeTime = new Quintiles();

    private int proposalsThisWeek;
    private int decisionsThisWeek;
    private int recallsThisWeek;

    /** Numbers a new meeting; returns its number, from 1. */
    int open() {
        return ++meetingsHeld;
    }

    /**
     * Records a meeting: what happened, its first {@code present} attendees in {@code attendees} (ascending
     * ids; the array is kept for a town of {@code population}), and the yes and no votes on its adopted
     * motions (ignored when it adopted none).
     */
    void record(MeetingRecord meeting, int[] attendees, int population, int adoptingYes, int adoptingNo) {
        int present = meeting.attendees();
        if (lastAttendees.length < present) {
            lastAttendees = new int[Math.max(present, population)];
        }
        System.arraycopy(attendees, 0, lastAttendees, 0, present);
        lastAttendeeCount = present;
        proposalsThisWeek += meeting.proposals();
        decisionsThisWeek += meeting.adopted();
        if (meeting.recalled()) {
            recallsThisWeek++;
        }
        if (meeting.adopted() > 0) {
            lastAdoptingYes = adoptingYes;
            lastAdoptingNo = adoptingNo;
            everAdopted = true;
        }
        lastMeeting = meeting;
    }

    /** A leaving member leaves the record of the latest meeting's attendees. */
    void leave(int id) {
        for (int k = 0; k < lastAttendeeCount; k++) {
            if (lastAttendees[k] == id) {
                System.arraycopy(lastAttendees, k + 1, lastAttendees, k, lastAttendeeCount - k - 1);
                lastAttendeeCount--;
                break;
            }
        }
    }

    /** Clears the week's counts. */
    void startWeek() {
        proposalsThisWeek = 0;
        decisionsThisWeek = 0;
        recallsThisWeek = 0;
    }

    /** Who attended the latest meeting, by quintile of wealth in the town. */
    public Quintiles byWealth() {
        return byWealth;
    }

    /** Who attended the latest meeting, by quintile of free time in the town. */
    public Quintiles byFreeTime() {
        return byFreeTime;
    }

    /** Meetings held so far. */
    public int meetingsHeld() {
        return meetingsHeld;
    }

    /** The latest meeting, or null before the first. */
    public MeetingRecord lastMeeting() {
        return lastMeeting;
    }

    /** Attendees of the latest meeting (quorate or not); before any meeting, 0. */
    public int lastAttendeeCount() {
        return lastAttendeeCount;
    }

    /** The k-th attendee of the latest meeting, in ascending id order. */
    public int lastAttendee(int k) {
        return lastAttendees[k];
    }

    /** Dissent share of the latest meeting that adopted something, or NaN if none has yet. */
    public double lastDissent() {
        int cast = lastAdoptingYes + lastAdoptingNo;
        return everAdopted && cast > 0 ? (double) lastAdoptingNo / cast : everAdopted ? 0 : Double.NaN;
    }

    /** Yes votes on adopted proposals at the latest meeting that adopted something. */
    public int lastAdoptingYes() {
        return lastAdoptingYes;
    }

    /** No votes on adopted proposals at the latest meeting that adopted something. */
    public int lastAdoptingNo() {
        return lastAdoptingNo;
    }

    /** Proposals put to the assembly this week. */
    public int proposalsThisWeek() {
        return proposalsThisWeek;
    }

    /** Proposals adopted this week. */
    public int decisionsThisWeek() {
        return decisionsThisWeek;
    }

    /** Facilitators recalled this week. */
    public int recallsThisWeek() {
        return recallsThisWeek;
    }
}
