package org.pnyx.rules;

import java.util.function.Supplier;

/**
 * The shape of a decision under a town's rule (Pnyx design, as model.Decision does for a local motion):
 * deliberate and test; under consensus repeat up to {@code rounds} times while the test fails, then
 * apply the fallback rule, if any, to the last count. Under any other rule there is one round. The caller supplies
 * a round (deliberation followed by a count), so the same loop serves any question whose positions it forms.
 */
public final class ConsensusRounds {

    private ConsensusRounds() {
    }

    /**
     * The decision and its last count.
     *
     * @param tally   the count of the last round
     * @param carried whether the rule (or, under consensus, its fallback) adopted the proposal
     */
    public record Result(Tally tally, boolean carried) {
    }

    /**
     * @param consensus whether the rule is consensus (then up to {@code rounds} rounds, and the fallback)
     * @param rounds    the bylaw's consensus rounds, at least 1
     * @param rule      the town's decision rule
     * @param fallback  the rule applied when consensus is not reached, or null
     * @param round     deliberates once and returns the count that follows
     */
    public static Result decide(boolean consensus, int rounds, VotingRule rule, VotingRule fallback,
                                Supplier<Tally> round) {
        int n = consensus ? rounds : 1;
        Tally tally = null;
        boolean carried = false;
        for (int r = 0; r < n && !carried; r++) {
            tally = round.get();
            carried = rule.adopts(tally);
        }
        if (!carried && consensus && fallback != null) {
            carried = fallback.adopts(tally);
        }
        return new Result(tally, carried);
    }
}
