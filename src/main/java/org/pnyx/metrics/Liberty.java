package org.pnyx.metrics;

/**
 * The liberty measure of a citizen, judged by what happens to the individual (seed 002):
 * {@code L = (choice + (1 - imposed) + exit) / 3}, each part in [0, 1]:
 * <ul>
 *   <li>choice: how often the citizen's own choices prevail, their smoothed share of decisions that went
 *       their way (efficacy); 0 where the assembly has no power (a state council decides);</li>
 *   <li>imposed: how often decisions are imposed against their preference, the smoothed share of
 *       decisions they cared about adopted against it; 1 where a state council decides;</li>
 *   <li>exit: 1 when they may leave for another town, 0 when exit is closed or there is nowhere to go.</li>
 * </ul>
 */
public final class Liberty {

    private Liberty() {
    }

    /**
     * @param efficacy      smoothed share of decisions that went the citizen's way, in [0, 1]
     * @param imposed       smoothed share of decisions adopted against them, in [0, 1]
     * @param selfGoverning whether their assembly governs
     * @param exitOpen      whether they may leave for another town
     */
    public static double index(double efficacy, double imposed, boolean selfGoverning, boolean exitOpen) {
        return (choice(efficacy, selfGoverning) + 1 - imposed(imposed, selfGoverning) + (exitOpen ? 1 : 0)) / 3;
    }

    /** The choice part: efficacy where the assembly governs, else 0. */
    public static double choice(double efficacy, boolean selfGoverning) {
        return selfGoverning ? efficacy : 0;
    }

    /** The imposition part: the smoothed imposed share where the assembly governs, else 1. */
    public static double imposed(double imposed, boolean selfGoverning) {
        return selfGoverning ? imposed : 1;
    }
}
