package org.pnyx.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of published patterns, in the order of docs/VALIDATION.md: pure rules first, then the assembly,
 * the economy, exchange and the confederation. A mechanism adds its patterns to one of the lists below (or a
 * list of its own, added here).
 */
public final class Patterns {

    private static final List<Pattern> ALL = build();

    private Patterns() {
    }

    private static List<Pattern> build() {
        List<Pattern> all = new ArrayList<>();
        all.addAll(RulePatterns.all());
        all.addAll(AssemblyPatterns.all());
        all.addAll(AmendmentPatterns.all());
        all.addAll(EconomyPatterns.all());
        all.addAll(CivicPatterns.all());
        all.addAll(ExchangePatterns.all());
        all.addAll(ConfederationPatterns.all());
        return List.copyOf(all);
    }

    /** Every registered pattern. */
    public static List<Pattern> all() {
        return ALL;
    }

    /** The pattern of that name. */
    public static Optional<Pattern> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
