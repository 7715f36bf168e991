package org.pnyx.rules;

/** A rule that decides from a tally whether a proposal is adopted. */
public interface VotingRule {

    /** Whether the proposal with this tally is adopted. */
    boolean adopts(Tally tally);
}
