package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/** A way of filling an office from the eligible attendees. */
public interface OfficeSelector {

    /**
     * Chooses the next holder.
     *
     * @param candidates eligible citizen ids, ascending, in {@code [0, count)}
     * @param standing   each candidate's votes (same index as {@code candidates}); used by election
     * @param count      number of candidates
     * @param previous   id of the previous holder, or -1
     * @param random     the run's generator
     * @return the chosen citizen id, or -1 when there is no candidate
     */
    int choose(int[] candidates, double[] standing, int count, int previous, MersenneTwisterFast random);
}
