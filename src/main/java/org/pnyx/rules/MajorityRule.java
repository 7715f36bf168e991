package org.pnyx.rules;

/** A proposal is adopted when more attendees vote yes than no; a tie fails (seed 001: majority vote). */
public final class MajorityRule implements VotingRule {

    @Override
    public boolean adopts(Tally tally) {
        return tally.yes() > tally.no();
    }
}
