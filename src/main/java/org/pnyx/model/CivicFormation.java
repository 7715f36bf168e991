package org.pnyx.model;

import org.pnyx.config.CivicConfig;
import org.pnyx.config.EconomyConfig;

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
 * Both stay in [0, 1]. The rates are Pnyx design. Where effort types follow solidarity ({@link TypeBands},
 * {@code economy.moralTypes}), a member whose solidarity crossed a threshold takes the type of the band it
 * entered. And every attendee of an empowered meeting, having deliberated with their fellow workers and heard
 * them commit, closes {@code economy.trustRate} of the gap between their trust and 1: communication raises
 * cooperation in social dilemmas (Isaac &amp; Walker 1988; Ostrom, Walker &amp; Gardner 1992; Sally 1995), and
 * trust is the share a conditional cooperator matches; the week's reciprocity then moves it back where it is
 * betrayed ({@code economy.Work}). One pass over the town's members, no allocation.
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
        boolean empowered = empowered(mt, quorate);
        Citizens c = mt.c;
        EconomyConfig e = mt.m.economy();
        double trustRate = e.trustRate();
        if (empowered && trustRate > 0) {
            for (int k = 0; k < mt.n; k++) {
                int id = mt.m.member(k);
                if (c.attended[id]) {
                    c.setTrust(id, c.trust(id) + trustRate * (1 - c.trust(id)));
                }
            }
        }
        if (!live) {
            return;
        }
        double[] bands = e.moralTypes() ? TypeBands.of(e) : null;
        int facilitator = mt.m.offices().holder();
        double officeGrowth = Math.min(1, 2 * growth);
        for (int k = 0; k < mt.n; k++) {
            int id = mt.m.member(k);
            boolean excluded = c.excluded[id] > 0;
            double before = c.solidarity(id);
            if (c.attended[id] && empowered && !excluded) {
                c.form(id, id == facilitator ? officeGrowth : c.heard[id] ? growth : growth / 2, 0);
            } else {
                c.form(id, 0, erosion);
            }
            if (bands != null) {
                int was = TypeBands.band(before, bands);
                int now = TypeBands.band(c.solidarity(id), bands);
                if (now != was) {
                    c.setStrategy(id, TypeBands.crossed(c.strategy(id), was, now));
                }
            }
        }
    }
}
