package org.pnyx.confederation;

import org.pnyx.model.Municipality;

/**
 * How much a municipality harms its confederates this week, as a non-negative score (0: no harm): the
 * economy's over-harvest of a common-pool resource the towns share (Ostrom 1990), the record the council
 * adjudicates complaints on. {@link #NONE} where no commons is shared (another's harvest harms no town).
 */
@FunctionalInterface
public interface HarmSource {

    /** No harm from any town. */
    HarmSource NONE = m -> 0;

    /** The harm score of a municipality, at least 0. */
    double harm(Municipality m);
}
