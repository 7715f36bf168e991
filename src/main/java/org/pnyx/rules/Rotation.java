package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/** The office passes to the candidate with the next id after the previous holder, wrapping around. */
public final class Rotation implements OfficeSelector {

    @Override
    public int choose(int[] candidates, double[] standing, int count, int previous, MersenneTwisterFast random) {
        if (count == 0) {
            return -1;
        }
        for (int k = 0; k < count; k++) {
            if (candidates[k] > previous) {
                return candidates[k];
            }
        }
        return candidates[0];
    }
}
