package org.pnyx.model;

/**
 * What happened at one assembly meeting.
 *
 * @param meeting   the meeting's number (1 for the first)
 * @param attendees citizens present
 * @param population citizens of the municipality at the time
 * @param quorumMet whether enough were present to decide
 * @param proposals proposals put to the vote
 * @param adopted   proposals adopted
 * @param recalled  whether the facilitator was recalled
 */
public record MeetingRecord(int meeting, int attendees, int population, boolean quorumMet, int proposals,
                            int adopted, boolean recalled) {

    /** Attendees as a share of the population. */
    public double attendanceRate() {
        return population == 0 ? 0 : (double) attendees / population;
    }
}
