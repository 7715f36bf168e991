package org.pnyx.model;

/**
 * Behavioural types of effort in a public-goods setting (Fischbacher, Gaechter &amp; Fehr 2001;
 * Kurzban &amp; Houser 2005). Every type also responds to the private return of effort and to the
 * deterrence of sanctions, and gives at least the duty its solidarity sets; the types differ in how they
 * respond to what others give. A citizen's type follows their solidarity against fixed thresholds
 * ({@link TypeBands}: the least solidary are the free riders, the most the unconditional cooperators), and
 * changes when their solidarity crosses a threshold and by imitation.
 */
public enum Strategy {
    /** Matches a fraction of the effort they saw in their co-op last week. */
    CONDITIONAL,
    /** Gives only what their own return and the threat of sanctions make worthwhile. */
    FREE_RIDER,
    /** Gives full effort whatever others do. */
    COOPERATOR,
    /**
     * Hump-shaped: matches what others give up to half of potential and gives less above it,
     * {@code min(b, 1 - b)} of their expectation {@code b} (Fischbacher, Gaechter &amp; Fehr 2001: 14%).
     */
    HUMP;

    private static final Strategy[] ALL = values();

    /** The type with the given ordinal. */
    public static Strategy of(int ordinal) {
        return ALL[ordinal];
    }
}
