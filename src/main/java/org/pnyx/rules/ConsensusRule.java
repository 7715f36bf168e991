package org.pnyx.rules;

/** A proposal is adopted when somebody supports it and nobody blocks it: a single block stops it. */
public final class ConsensusRule implements VotingRule {

    @Override
    public boolean adopts(Tally tally) {
        return tally.blocks() == 0 && tally.yes() > 0;
    }
}
