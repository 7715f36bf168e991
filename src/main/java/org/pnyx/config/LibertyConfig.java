package org.pnyx.config;

/**
 * The weights by which the liberty index combines its five components (voice, non-domination, control over
 * work, exit, security; docs/model/liberty.md). The index is the weighted mean of the components a group of
 * citizens has events for; a component without events is left out and the others' weights renormalized.
 * Keys {@code liberty.*}; they change only how the metric is summarized, never what happens in the run.
 *
 * @param voice         weight of voice
 * @param nonDomination weight of non-domination
 * @param work          weight of control over work
 * @param exit          weight of exit
 * @param security      weight of security
 */
public record LibertyConfig(double voice, double nonDomination, double work, double exit, double security) {

    static final Section LIBERTY = new Section("liberty", false);

    public static final Param.Dbl VOICE = LIBERTY.number("voice", "Weight of voice", 1).in(0, 100).unit("weight")
            .source("Individual liberty under socialism; Hirschman (1970)")
            .means("Weight of voice in the liberty index: the share of the decisions binding the citizen in whose"
            + " making they took part.");
    public static final Param.Dbl NON_DOMINATION = LIBERTY.number("nonDomination", "Weight of non-domination", 1)
            .in(0, 100).unit("weight").source("Individual liberty under socialism; Pettit (1997)")
            .means("Weight of non-domination: 1 minus the share of binding decisions imposed without the consent of"
            + " the citizen's assembly.");
    public static final Param.Dbl WORK = LIBERTY.number("work", "Weight of control over work", 1).in(0, 100)
            .unit("weight").source("Individual liberty under socialism (state control over work); Biehl 1998")
            .means("Weight of control over work: the share of weeks whose terms of work were set by a body the"
            + " citizen belongs to, without sanction or exclusion.");
    public static final Param.Dbl EXIT = LIBERTY.number("exit", "Weight of exit", 1).in(0, 100).unit("weight")
            .source("Individual liberty under socialism (travel); Hirschman (1970)")
            .means("Weight of exit: 1 minus the share of weeks a wish to leave was blocked.");
    public static final Param.Dbl SECURITY = LIBERTY.number("security", "Weight of security", 1).in(0, 100)
            .unit("weight").source("Individual liberty under socialism (build a life without fear)")
            .means("Weight of security: 1 minus the share of weeks in shortfall or excluded from work and share.");

    public LibertyConfig {
        VOICE.check(voice);
        NON_DOMINATION.check(nonDomination);
        WORK.check(work);
        EXIT.check(exit);
        SECURITY.check(security);
    }

    /** Equal weights, the defaults. */
    public static LibertyConfig equal() {
        return new LibertyConfig(1, 1, 1, 1, 1);
    }

    /** Reads the {@code liberty.*} keys. */
    public static LibertyConfig from(ParameterValues v) {
        return new LibertyConfig(v.get(VOICE), v.get(NON_DOMINATION), v.get(WORK), v.get(EXIT), v.get(SECURITY));
    }
}
