package org.pnyx.gui;

import org.pnyx.config.Distribution;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.ScenarioConfig;

/**
 * The limits one live run is held to, so that one participant cannot exhaust the machine: weeks, and citizens
 * (estimated from the scenario before the society is built, then counted after).
 */
final class Limits {

    private Limits() {
    }

    /**
     * Refuses a scenario too large to run live, before anything is built.
     *
     * @throws Json.BadRequest naming the size, the limit and the flag that sets it
     */
    static void check(ScenarioConfig s, StudioConfig config) {
        if (s.steps() > config.maxWeeks()) {
            throw new Json.BadRequest("the scenario runs " + s.steps() + " weeks; a live run may run at most "
                    + config.maxWeeks() + " (set by studio --max-weeks)");
        }
        citizens(estimate(s), config, "about ");
    }

    /** Refuses a built society with more citizens than the limit. */
    static void citizens(long count, StudioConfig config, String qualifier) {
        if (count > config.maxCitizens()) {
            throw new Json.BadRequest("the scenario has " + qualifier + count + " citizens; a live run may have at most "
                    + config.maxCitizens() + " (set by studio --max-citizens)");
        }
    }

    /** Citizens the scenario will have: the list's populations, or the town count times the mean town size. */
    static long estimate(ScenarioConfig s) {
        if (!s.municipalities().isEmpty()) {
            return s.municipalities().stream().mapToLong(MunicipalitySpec::population).sum();
        }
        Distribution size = s.values().get(ScenarioConfig.TOWN_SIZE);
        return Math.round(s.values().get(ScenarioConfig.TOWN_COUNT) * Math.min(size.mean(), size.max()));
    }
}
