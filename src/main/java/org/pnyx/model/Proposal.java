package org.pnyx.model;

/**
 * A motion to set an issue's policy to a value.
 *
 * @param issue     the policy question
 * @param value     the proposed policy value in [0, 1]
 * @param proposer  citizen id of the mover
 * @param returning whether this is a defeated proposal brought back after the reconsideration delay
 * @param dueMeeting the meeting number from which it may be put again (for tabled proposals)
 * @param reconsideration whether this is the minority's motion to restore the policy an adopted decision replaced
 * @param support   for a reconsideration, the minority's share of the votes cast the last time (0 otherwise)
 */
public record Proposal(Issue issue, double value, int proposer, boolean returning, int dueMeeting,
                       boolean reconsideration, double support) {

    /** A new, returning or postponed motion (not a reconsideration). */
    public Proposal(Issue issue, double value, int proposer, boolean returning, int dueMeeting) {
        this(issue, value, proposer, returning, dueMeeting, false, 0);
    }
}
