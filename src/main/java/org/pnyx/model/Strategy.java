package org.pnyx.model;

/**
 * Behavioural types of effort in a public-goods setting (Fischbacher, Gaechter &amp; Fehr 2001;
 * Kurzban &amp; Houser 2005). Every type also responds to the private return of effort and to the
 * deterrence of sanctions; the types differ in how they respond to what others give.
 */
public enum Strategy {
    /** Matches a fraction of the effort they saw in their co-op last week. */
    CONDITIONAL,
    /** Gives only what their own return and the threat of sanctions make worthwhile. */
    FREE_RIDER,
    /** Gives full effort whatever others do. */
    COOPERATOR;

    private static final Strategy[] ALL = values();

    /** The type with the given ordinal. */
    public static Strategy of(int ordinal) {
        return ALL[ordinal];
    }
}
