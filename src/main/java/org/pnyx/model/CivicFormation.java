package org.pnyx.model;

import org.pnyx.config.CivicConfig;

/**
 * Civic formation (seed 001, "The Formation of Citizenship": "by rationally deliberating together, making
 * decisions peacefully, and implementing their choices responsibly, citizens can be expected to develop a
 * set of personal strengths and civic virtues"; the educative effect of participation, Pateman 1970,
 * Mansbridge 1980). Once per meeting, after the votes, every member's solidarity and reason move:
 * <ul>
 *   <li>an attendee of an {@linkplain #empowered empowered} meeting closes the share {@code growth} of the
 *       gap to 1 if they were heard ({@link Floor}), half that if they only listened and voted, and the facilitator
 *       twice that, for holding office;</li>
 *   <li>a member who missed the meeting, an attendee of a powerless one, and a member excluded from work
 *       lose the share {@code erosion} of what they have (absence, powerlessness, exclusion).</li>
 * </ul>
 * Both stay in [0, 1]. The rates are Pnyx design. One pass over the town's members, no allocation.
 */
final class CivicFormation {

    private final boolean live;
    private final double growth;
    private final double erosion;

    CivicFormation(CivicConfig config) {
        live = config.formation();
        growth = config.growth();
        erosion = config.erosion();
    }

    /**
     * Whether the meeting empowered its attendees: it was quorate and its decisions bind the town (the
     * assembly governs, not a state council). The one place that says what an empowered meeting is.
     */
    static boolean empowered(Meeting mt, boolean quorate) {
        return quorate && mt.m.selfGoverning();
    }

    /** Moves every member's solidarity and reason after the meeting {@code mt}. */
    void form(Meeting mt, boolean quorate) {
        if (!live) {
            return;
        }
        boolean empowered = empowered(mt, quorate);
        Citizens c = mt.c;
        int facilitator = mt.m.offices().holder();
        double officeGrowth = Math.min(1, 2 * growth);
        for (int k = 0; k < mt.n; k++) {
            int id = mt.m.member(k);
            boolean excluded = c.excluded[id] > 0;
            if (c.attended[id] && empowered && !excluded) {
                c.form(id, id == facilitator ? officeGrowth : c.heard[id] ? growth : growth / 2, 0);
            } else {
                c.form(id, 0, erosion);
            }
        }
    }
}
