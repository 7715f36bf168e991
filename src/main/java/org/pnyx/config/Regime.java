package org.pnyx.config;

import java.util.Arrays;
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
    MUNICIPALIZED(DistributionRule.NEED, true, true, true,
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Each co-op's workers own and divide its output; co-ops trade with each other. */
    SYNDICALIST(DistributionRule.CONTRIBUTION, false, true, false,
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Small proprietary co-ops share output within, with little between them. */
    COMMUNITARIAN(DistributionRule.EQUAL, false, true, false,
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION)),
    /** Private owners take a profit share; workers earn wages; owners' wealth compounds. */
    CAPITALIST(DistributionRule.WAGE, false, false, false, Set.of(DistributionRule.WAGE)),
    /** A central planner sets hours, rations and the stock; assemblies have no economic power. */
    STATE_SOCIALIST(DistributionRule.NEED, true, false, false,
            Set.of(DistributionRule.NEED, DistributionRule.EQUAL, DistributionRule.CONTRIBUTION));

    private final DistributionRule own;
    private final boolean poolsTown;
    private final boolean freesTime;
    private final boolean assemblyPlans;
    private final Set<DistributionRule> permitted;

    Regime(DistributionRule own, boolean poolsTown, boolean freesTime, boolean assemblyPlans,
           Set<DistributionRule> permitted) {
        this.own = own;
        this.poolsTown = poolsTown;
        this.freesTime = freesTime;
        this.assemblyPlans = assemblyPlans;
        this.permitted = permitted;
    }

    /** The distribution rule the regime uses unless the scenario picks another it permits. */
    public DistributionRule ownRule() {
        return own;
    }

    /** Whether output is pooled town-wide with a common stock and guaranteed need levels. */
    public boolean poolsTown() {
        return poolsTown;
    }

    /** Whether automation's productivity gain is taken as shorter hours (free time) rather than more output. */
    public boolean freesTime() {
        return freesTime;
    }

    /**
     * Whether the assembly's votes on distribution (common share, need level) bind the economy.
     * Under state socialism the plan's initial values hold; under the co-op and market regimes there is
     * no town pool to govern. Harvest cap and sanctions bind in every regime but state socialism.
     */
    public boolean assemblyPlans() {
        return assemblyPlans;
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
