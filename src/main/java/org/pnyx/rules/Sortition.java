package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/** The holder is drawn by lot, each candidate equally likely (Athenian sortition). */
public final class Sortition implements OfficeSelector {

    @Override
    public int choose(int[] candidates, double[] standing, int count, int previous, MersenneTwisterFast random) {
        return count == 0 ? -1 : candidates[random.nextInt(count)];
    }
}
