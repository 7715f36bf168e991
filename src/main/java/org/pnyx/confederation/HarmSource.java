package org.pnyx.confederation;

import org.pnyx.model.Municipality;

/**
 * How much a municipality harms its confederates this week beyond hoarding, as a non-negative score
 * (0: no harm). The seam for the shared commons: the economy's over-harvest of a common-pool resource
 * (Ostrom 1990) feeds it; until then it is {@link #NONE}.
 */
@FunctionalInterface
public interface HarmSource {

    /** No harm from any town. */
    HarmSource NONE = m -> 0;

    /** The harm score of a municipality, at least 0. */
    double harm(Municipality m);
}
