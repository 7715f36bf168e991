package org.pnyx.config;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The five ownership regimes of seed 001's "Municipalized Economy": the municipalized economy
 * and the four rival orders it is contrasted with. A scenario chooses one; a municipality of an
 * explicit list may override it.
 */
public enum Regime {
    /** The assembly owns land and workplaces, sets need levels and the common-stock share; to each by need. */
    MUNICIPALIZED(DistributionRule.NEED, EnumSet.of(Trait.POOLS_TOWN, Trait.FREES_TIME, Trait.ASSEMBLY_PLANS),
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Each co-op's workers own and divide its output; co-ops trade with each other. */
    SYNDICALIST(DistributionRule.CONTRIBUTION, EnumSet.of(Trait.FREES_TIME, Trait.TRADES_PRIVATELY),
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Small proprietary co-ops share output within, with little between them. */
    COMMUNITARIAN(DistributionRule.EQUAL, EnumSet.of(Trait.FREES_TIME),
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Private owners take a profit share; workers earn wages; owners' wealth compounds. */
    CAPITALIST(DistributionRule.WAGE, EnumSet.of(Trait.TRADES_PRIVATELY, Trait.PRIVATELY_OWNED),
            Set.of(DistributionRule.WAGE)),
    /** A central planner sets hours, rations and the stock; assemblies have no economic power. */
    STATE_SOCIALIST(DistributionRule.NEED, EnumSet.of(Trait.POOLS_TOWN, Trait.CENTRALLY_PLANNED),
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION));

    /** What a regime does; the economy and the society read these, never the regime's name. */
    public enum Trait {
        /** Output is pooled town-wide with a common stock and guaranteed need levels. */
        POOLS_TOWN,
        /** Automation's productivity gain is taken as shorter hours rather than more output. */
        FREES_TIME,
        /** The assembly's votes on distribution bind the economy. */
        ASSEMBLY_PLANS,
        /** Citizens trade private wealth with each other (the yard-sale exchange). */
        TRADES_PRIVATELY,
        /** The richest own the workplaces, do not work and take the profit. */
        PRIVATELY_OWNED,
        /** A central planner holds the policies; the assembly does not govern and exit is closed (seed 002). */
        CENTRALLY_PLANNED
    }

    private final DistributionRule own;
    private final Set<Trait> traits;
    private final Set<DistributionRule> permitted;

    Regime(DistributionRule own, Set<Trait> traits, Set<DistributionRule> permitted) {
        this.own = own;
        this.traits = traits;
        this.permitted = permitted;
    }

    /** Whether the regime has a trait. */
    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    /** The distribution rule the regime uses unless the scenario picks another it permits. */
    public DistributionRule ownRule() {
        return own;
    }

    /** Whether output is pooled town-wide with a common stock and guaranteed need levels. */
    public boolean poolsTown() {
        return has(Trait.POOLS_TOWN);
    }

    /** Whether automation's productivity gain is taken as shorter hours (free time) rather than more output. */
    public boolean freesTime() {
        return has(Trait.FREES_TIME);
    }

    /**
     * Whether the assembly's votes on distribution (common share, need level) bind the economy.
     * Under state socialism the plan's initial values hold; under the co-op and market regimes there is
     * no town pool to govern. Harvest cap and sanctions bind in every regime but state socialism.
     */
    public boolean assemblyPlans() {
        return has(Trait.ASSEMBLY_PLANS);
    }

    /** Whether the regime allows a distribution rule. */
    public boolean permits(DistributionRule rule) {
        return permitted.contains(rule);
    }

    /** Lower-case names as written in scenario files. */
    public static List<String> names() {
        return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Parses a lower-case name. */
    public static Regime of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The lower-case name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
