package org.pnyx.config;

/**
 * One municipality of an explicit list: its name, population, bylaws and economy (defaults with its overrides).
 *
 * @param name       unique name
 * @param population citizens, at least 1
 * @param bylaws     the bylaws its assembly follows
 * @param economy    its economy: regime, distribution rule and the bylaws' monitoring and sanctions
 */
public record MunicipalitySpec(String name, int population, BylawConfig bylaws, EconomyConfig economy) {

    public MunicipalitySpec {
        BylawConfig.check(name != null && !name.isBlank(), "name", "non-empty", name);
        BylawConfig.check(population >= 1, "population", "at least 1", population);
        BylawConfig.check(economy != null, "economy", "given", economy);
    }
}
