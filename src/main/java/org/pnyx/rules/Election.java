package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/**
 * Plurality: the candidate with the most votes is elected; ties go to the lowest id. The votes are cast by
 * the attendees ({@code model.Offices}: each votes for the candidate they rate highest).
 */
public final class Election implements OfficeSelector {

    @Override
    public int choose(int[] candidates, double[] standing, int count, int previous, MersenneTwisterFast random) {
        int best = -1;
        double bestStanding = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            if (standing[k] > bestStanding) {
                bestStanding = standing[k];
                best = candidates[k];
            }
        }
        return best;
    }
}
