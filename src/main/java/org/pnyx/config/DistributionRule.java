package org.pnyx.config;

import java.util.Locale;

/** How a pool of output is divided among the citizens entitled to it. */
public enum DistributionRule {
    /** In proportion to need; in a town pool, exactly the assembly-set need level, the surplus to the stock. */
    NEED,
    /** Equal shares. */
    EQUAL,
    /** In proportion to each worker's output. */
    CONTRIBUTION,
    /** Workers are paid a wage share of their output; owners take the rest as profit (capitalist only). */
    WAGE;

    /** Parses a lower-case name. */
    public static DistributionRule of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The lower-case name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
