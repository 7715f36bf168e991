package org.pnyx.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How citizens trade privately in the regimes that let them (economy.exchange). */
public enum ExchangeRule {
    /** A fair coin moves a stake of the poorer's wealth (Chakraborti 2002; Boghosian 2014). */
    YARD_SALE,
    /** The pair pools its wealth and splits it by a uniform random fraction (Dragulescu &amp; Yakovenko 2000). */
    RANDOM_SPLIT,
    /** No private exchange. */
    NONE;

    /** The scenario key, e.g. {@code random_split}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule a scenario key names. */
    public static ExchangeRule of(String key) {
        for (ExchangeRule r : values()) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("exchange must be one of " + names() + ", but was " + key);
    }

    /** The scenario keys, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExchangeRule::key).toList();
    }
}
