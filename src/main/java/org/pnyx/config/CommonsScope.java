package org.pnyx.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Who draws on one renewable commons: each municipality on its own, or all towns of a region on one stock. */
public enum CommonsScope {
    /** Each town harvests its own commons (the default). */
    MUNICIPALITY,
    /** All towns of a region harvest one shared stock whose capacity is the sum of theirs. */
    REGION;

    /** The scenario key, e.g. {@code region}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope a scenario key names. */
    public static CommonsScope of(String key) {
        for (CommonsScope s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("commonsScope must be one of " + names() + ", but was " + key);
    }

    /** The scenario keys, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(CommonsScope::key).toList();
    }
}
