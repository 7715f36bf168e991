package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/**
 * One round of opinion exchange among the attendees of a meeting, on one issue. Reason is judgement, not
 * openness (seed 001: reason lets citizens "weigh the possible courses of action" and resist emotional
 * appeals): a listener of reason {@code r_i} gives a speaker of reason {@code r_j} the weight
 * {@link #weight(double, double) 1 - r_i (1 - r_j)}. A reasonable listener discounts poorly grounded
 * positions; an unreasoning one weighs whoever is near alike. With every reason 1 (or 0) all weights are 1:
 * the published models.
 */
public interface Deliberation {

    /** The weight a listener of reason {@code listener} gives a speaker of reason {@code speaker}: {@code 1 - r_i (1 - r_j)}. */
    static double weight(double listener, double speaker) {
        return 1 - listener * (1 - speaker);
    }

    /**
     * Updates {@code opinions[0..count)} in place.
     *
     * @param opinions attendees' opinions on the issue, in [0, 1]
     * @param reason   attendees' reason in [0, 1]: how far each weighs speakers by their grounding
     * @param count    number of attendees
     * @param random   the run's generator
     */
    void round(double[] opinions, double[] reason, int count, MersenneTwisterFast random);
}
