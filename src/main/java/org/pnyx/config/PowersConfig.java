package org.pnyx.config;

/**
 * Who holds power over a town's policies, work and exit where its regime gives it to someone other than
 * the assembly: the central plan (state socialism) and the owners (capitalism). Each is a mechanism with a
 * switch, so that what it does to people can be shown by knocking it out (Individual liberty under socialism: liberty judged "by what
 * actually happens to the individual"). Keys {@code powers.*}, scenario-wide and fixed for the run.
 *
 * @param planOverrides  whether a centrally planned town's plan holds its policies (common share, need level,
 *                       harvest cap, sanctions) and overrides its assembly's resolutions
 * @param planClosesExit whether a centrally planned town bars its citizens from leaving
 * @param ownersDecide   whether a privately owned town's owners set the wage (through the labour market);
 *                       off, the town's assembly sets it: the wage rate is 1 minus its common-share policy
 */
public record PowersConfig(boolean planOverrides, boolean planClosesExit, boolean ownersDecide) {

    static final Section POWERS = new Section("powers", false);

    public static final Param.Bool PLAN_OVERRIDES = POWERS.flag("planOverrides", "Plan overrides the assembly", true)
            .fixed().source("Individual liberty under socialism; Biehl 1998 (state socialism: economy nationalized)")
            .means("Where the regime is centrally planned, the plan holds the town's policies and the assembly's"
            + " resolutions do not take effect; false knocks the plan's overrides out (the assembly governs).");
    public static final Param.Bool PLAN_CLOSES_EXIT = POWERS.flag("planClosesExit", "Plan bars exit", true)
            .fixed().source("Individual liberty under socialism (state control over travel)")
            .means("Where the regime is centrally planned, citizens may not leave their town; false knocks the exit"
            + " ban out (exit as the town's exitAllowed says).");
    public static final Param.Bool OWNERS_DECIDE = POWERS.flag("ownersDecide", "Owners set wages", true)
            .fixed().source("Biehl 1998 (capitalism: privately owned); Walras (1874)")
            .means("Where workplaces are privately owned, the owners' labour market sets the wage rate; false knocks"
            + " the owners' control out: the assembly sets it, as 1 minus its common-share policy (the share of"
            + " output kept back from wages), and its common-share votes then take effect.");

    /** Reads the {@code powers.*} keys. */
    public static PowersConfig from(ParameterValues v) {
        return new PowersConfig(v.get(PLAN_OVERRIDES), v.get(PLAN_CLOSES_EXIT), v.get(OWNERS_DECIDE));
    }
}
