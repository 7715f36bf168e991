package org.pnyx.rules;

/**
 * A proposal is adopted when nobody blocks it and it has more support than stand-asides (non-blocking
 * no votes): a single block stops it, and so does a room that mostly stands aside.
 */
public final class ConsensusRule implements VotingRule {

    @Override
    public boolean adopts(Tally tally) {
        return tally.blocks() == 0 && tally.yes() > tally.no();
    }
}
