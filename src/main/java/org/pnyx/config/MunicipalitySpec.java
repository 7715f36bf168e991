package org.pnyx.config;

/**
 * One municipality: its name, population, bylaws and economy (defaults with its overrides), and its
 * place in the confederal layer.
 *
 * @param name        unique name
 * @param population  citizens, at least 1
 * @param bylaws      the bylaws its assembly follows
 * @param economy     its economy: regime, distribution rule and the bylaws' monitoring and sanctions
 * @param region      the regional confederation it belongs to, or null to be assigned by index
 * @param endowment   productivity multiplier of its land and resources, at least 0 (1 by default)
 * @param exitAllowed whether its citizens may leave (a state-socialist regime forbids it)
 */
public record MunicipalitySpec(String name, int population, BylawConfig bylaws, EconomyConfig economy,
                               String region, double endowment, boolean exitAllowed) {

    public MunicipalitySpec {
        BylawConfig.check(name != null && !name.isBlank(), "name", "non-empty", name);
        BylawConfig.check(population >= 1, "population", "at least 1", population);
        BylawConfig.check(economy != null, "economy", "given", economy);
        BylawConfig.check(endowment >= 0 && Double.isFinite(endowment), "endowment", "at least 0", endowment);
    }

    /** A municipality with no explicit region, endowment 1 and exit open. */
    public MunicipalitySpec(String name, int population, BylawConfig bylaws, EconomyConfig economy) {
        this(name, population, bylaws, economy, null, 1.0, true);
    }
}
