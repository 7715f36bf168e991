package org.pnyx.config;

/**
 * One municipality: its name, population, bylaws and economy (defaults with its overrides), and its
 * place in the confederal layer.
 *
 * @param name        unique name
 * @param population  citizens
 * @param bylaws      the bylaws its assembly follows
 * @param economy     its economy: regime, distribution rule and the bylaws' monitoring and sanctions
 * @param region      the regional confederation it belongs to, or null to be assigned by index
 * @param endowment   productivity multiplier of its land and resources (1 by default)
 * @param exitAllowed whether its citizens may leave (a state-socialist regime forbids it)
 * @param handFor     members whose confederal vote is set by hand to yes (a teaching mode; 0: none)
 * @param handAgainst members whose confederal vote is set by hand to no (0: none)
 * @param values      every parameter's value for this town (the scenario's, with its overrides), from which its
 *                    rules in force are kept during the run; null for a town given as records alone
 */
public record MunicipalitySpec(String name, int population, BylawConfig bylaws, EconomyConfig economy,
                               String region, double endowment, boolean exitAllowed, int handFor, int handAgainst,
                               ParameterValues values) {

    /** The keys an entry of {@code municipalities.list} takes besides its name, regime and bylaws. */
    static final Section ENTRY = new Section("municipalities.list", false);

    public static final Param.Int POPULATION = ENTRY.whole("population", "Population", 1).in(1, 10_000_000)
            .unit("citizens").means("Population.");
    public static final Param.Text REGION = ENTRY.text("region", "Region", "r").means("Regional confederation.");
    public static final Param.Dbl ENDOWMENT = ENTRY.number("endowment", "Endowment", 1.0).in(0, 100).unit("times")
            .means("Productivity multiplier.");
    public static final Param.Int CONFEDERAL_FOR = ENTRY.whole("confederalFor", "Confederal votes for, set by hand", 0)
            .in(0, 10_000_000).unit("citizens").source("Feix, Lepelley, Merlin & Rouet (2004)")
            .means("Teaching mode: the town's first members in id order vote yes on every confederal question (flagged"
                    + " in the manifest as set by hand).");
    public static final Param.Int CONFEDERAL_AGAINST = ENTRY.whole("confederalAgainst",
            "Confederal votes against, set by hand", 0).in(0, 10_000_000).unit("citizens")
            .source("Feix, Lepelley, Merlin & Rouet (2004)")
            .means("Teaching mode: the next members in id order vote no on every confederal question (flagged in the"
                    + " manifest as set by hand).");
    public static final Param.Bool EXIT_ALLOWED = ENTRY.flag("exitAllowed", "Exit allowed", true)
            .means("Whether citizens may leave.");

    public MunicipalitySpec {
        BylawConfig.check(name != null && !name.isBlank(), "name", "non-empty", name);
        POPULATION.check(population);
        BylawConfig.check(economy != null, "economy", "given", economy);
        ENDOWMENT.check(endowment);
        CONFEDERAL_FOR.check(handFor);
        CONFEDERAL_AGAINST.check(handAgainst);
        BylawConfig.check((long) handFor + handAgainst <= population, "confederalFor + confederalAgainst",
                "at most the population, " + population, handFor + handAgainst);
    }

    /** Whether some of the town's confederal votes are set by hand. */
    public boolean handSet() {
        return handFor + handAgainst > 0;
    }

    /**
     * The name of a generated town (no explicit list): {@code m01}, {@code m02}, ..., with as many digits as
     * the count has (two at least), so names sort in index order. Interventions name generated towns so.
     *
     * @param index the town's index, from 0
     * @param count how many towns are generated
     */
    public static String generatedName(int index, int count) {
        int digits = Math.max(2, Integer.toString(count).length());
        return String.format(java.util.Locale.ROOT, "m%0" + digits + "d", index + 1);
    }

    /** A municipality with no explicit region, endowment 1 and exit open. */
    public MunicipalitySpec(String name, int population, BylawConfig bylaws, EconomyConfig economy) {
        this(name, population, bylaws, economy, null, 1.0, true, 0, 0, null);
    }
}
