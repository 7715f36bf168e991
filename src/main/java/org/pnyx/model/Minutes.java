package org.pnyx.model;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.Bylaw;

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
    private int recallsMovedThisWeek;
    private int reconsiderationsThisWeek;
    private int reconsiderationsCarriedThisWeek;
    private int adoptedTotal;
    private int adoptedFromRich;
    private final int[] adoptedByQuintile = new int[5];
    private int technicalQuestions;
    private int technicalRight;
    private double technicalIndependent;
    private final List<Offices.OfficeRecord> officeEvents = new ArrayList<>();
    private final java.util.List<AmendmentRecord> amendmentsThisWeek = new java.util.ArrayList<>();
    private int[] bylawVotedAt;
    private int floorNext;

    /** The id from which the speakers' list resumes at the next meeting ({@link Floor}). */
    int floorNext() {
        return floorNext;
    }

    void floorNext(int id) {
        floorNext = id;
    }

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
        recallsMovedThisWeek = 0;
        reconsiderationsThisWeek = 0;
        reconsiderationsCarriedThisWeek = 0;
        officeEvents.clear();
        amendmentsThisWeek.clear();
    }

    /** Records an amendment put to this week's meeting, and the meeting at which its bylaw was voted. */
    void amendment(AmendmentRecord a) {
        amendmentsThisWeek.add(a);
        if (bylawVotedAt == null) {
            bylawVotedAt = new int[Bylaw.COUNT];
        }
        bylawVotedAt[a.bylaw().ordinal()] = a.meeting();
    }

    /** The meeting at which a bylaw was last put to the vote, 0 if never. */
    int bylawVotedAt(Bylaw b) {
        return bylawVotedAt == null ? 0 : bylawVotedAt[b.ordinal()];
    }

    /** The amendments put to the assembly this week, in order. */
    public java.util.List<AmendmentRecord> amendmentsThisWeek() {
        return amendmentsThisWeek;
    }

    /** Amendments adopted this week. */
    public int amendmentsAdoptedThisWeek() {
        int n = 0;
        for (AmendmentRecord a : amendmentsThisWeek) {
            if (a.adopted()) {
                n++;
            }
        }
        return n;
    }

    /** Enters a filling or recall of the office. */
    void office(Offices.OfficeRecord event) {
        officeEvents.add(event);
    }

    /** Counts an adopted motion, and whether its mover was among the richest fifth of the town. */
    void adoptedFrom(int quintile) {
        adoptedTotal++;
        adoptedFromRich += quintile == 4 ? 1 : 0;
        adoptedByQuintile[quintile]++;
    }

    /** Motions adopted so far whose mover was in the wealth quintile (0 the poorest fifth, 4 the richest) when it carried. */
    public int adoptedByQuintile(int quintile) {
        return adoptedByQuintile[quintile];
    }

    /** Motions adopted so far. */
    public int adoptedTotal() {
        return adoptedTotal;
    }

    /** Motions adopted so far whose mover was among the richest fifth of the town when it carried. */
    public int adoptedFromRich() {
        return adoptedFromRich;
    }

    /** Counts a recall moved. */
    void recallMoved() {
        recallsMovedThisWeek++;
    }

    /** Counts a motion to reconsider an adopted decision, moved by its minority. */
    void reconsiderationMoved() {
        reconsiderationsThisWeek++;
    }

    /** Counts a motion to reconsider an adopted decision that carried, restoring the policy it replaced. */
    void reconsiderationCarried() {
        reconsiderationsCarriedThisWeek++;
    }

    /**
     * Counts a technical question decided: whether the majority was right, and the probability that a
     * majority of the same attendees voting independently with their own competence would have been.
     */
    void technical(boolean right, double independent) {
        technicalQuestions++;
        technicalRight += right ? 1 : 0;
        technicalIndependent += independent;
    }

    /** This week's fillings and recalls of the office, in order (cleared each week). */
    public List<Offices.OfficeRecord> officeEvents() {
        return officeEvents;
    }

    /** Recalls moved this week (carried or not). */
    public int recallsMovedThisWeek() {
        return recallsMovedThisWeek;
    }

    /** Motions to reconsider an adopted decision moved this week. */
    public int reconsiderationsThisWeek() {
        return reconsiderationsThisWeek;
    }

    /** Motions to reconsider an adopted decision that carried this week. */
    public int reconsiderationsCarriedThisWeek() {
        return reconsiderationsCarriedThisWeek;
    }

    /** Technical questions decided so far. */
    public int technicalQuestions() {
        return technicalQuestions;
    }

    /** Technical questions the majority got right so far. */
    public int technicalRight() {
        return technicalRight;
    }

    /** The sum over technical questions so far of the independent-voter probability of a right majority. */
    public double technicalIndependent() {
        return technicalIndependent;
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
