package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/** One round of opinion exchange among the attendees of a meeting, on one issue. */
public interface Deliberation {

    /**
     * Updates {@code opinions[0..count)} in place.
     *
     * @param opinions attendees' opinions on the issue, in [0, 1]
     * @param reason   attendees' reason in [0, 1]: the share of the pull toward others they follow
     * @param count    number of attendees
     * @param random   the run's generator
     */
    void round(double[] opinions, double[] reason, int count, MersenneTwisterFast random);
}
