package org.pnyx.model;

/**
 * A motion to set an issue's policy to a value.
 *
 * @param issue     the policy question
 * @param value     the proposed policy value in [0, 1]
 * @param proposer  citizen id of the mover
 * @param returning whether this is a defeated proposal brought back after the reconsideration delay
 * @param dueMeeting the meeting number from which it may be put again (for tabled proposals)
 */
public record Proposal(Issue issue, double value, int proposer, boolean returning, int dueMeeting) {
}
