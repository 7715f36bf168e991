package org.pnyx.rules;

/** A proposal is adopted when the yes share of votes cast reaches the threshold; exactly at it passes. */
public final class SupermajorityRule implements VotingRule {

    private final double threshold;

    /** @param threshold yes share of votes cast needed, in (0.5, 1] */
    public SupermajorityRule(double threshold) {
        if (!(threshold > 0.5 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0.5, 1], but was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public boolean adopts(Tally tally) {
        // Compared in integers scaled by 1e9 so a share exactly at the threshold is not lost to rounding.
        return tally.cast() > 0 && tally.yes() * 1_000_000_000L >= Math.round(threshold * 1e9) * tally.cast();
    }
}
