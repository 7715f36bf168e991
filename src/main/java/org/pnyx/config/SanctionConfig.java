package org.pnyx.config;

/**
 * Monitoring and graduated sanctions set by an assembly's bylaws (Ostrom 1990, design principles 4
 * and 5; Ostrom, Gardner &amp; Walker 1994). Each week every worker is checked with probability
 * {@code monitoring} times the assembly's sanctions policy; a checked worker whose effort is below
 * {@code effortNorm} commits an offence. The first offence is a warning, the next ones fine
 * {@code fine * (offences - 1) * (norm - effort) * potential} goods out of the worker's share, and the
 * {@code exclusionAfter}-th excludes the worker from work and share for {@code exclusionWeeks}.
 * Every sanction costs the offender {@code esteemLoss} of their influence. An offence is forgiven
 * with probability {@code 1 / forgiveness} a week.
 *
 * @param monitoring     probability a worker is checked in a week
 * @param monitoringCost goods a check costs the pool
 * @param effortNorm     effort the bylaws expect
 * @param fine           goods fined per unit of shirked potential output and per escalation step
 * @param exclusionAfter offences that trigger exclusion
 * @param exclusionWeeks weeks an excluded worker loses work and share
 * @param forgiveness    mean weeks after which one offence is forgiven (0: never)
 * @param esteemLoss     share of influence a sanctioned citizen loses
 * @param byAssembly     whether the assembly's vote on the sanctions policy binds
 */
public record SanctionConfig(double monitoring, double monitoringCost, double effortNorm, double fine,
                             int exclusionAfter, int exclusionWeeks, double forgiveness, double esteemLoss,
                             boolean byAssembly) {

    /** The monitoring and sanction bylaws, declared after the procedural ones in the {@code bylaws} section. */
    static final Section BYLAWS = new Section("bylaws", true);

    public static final Param.Dbl MONITORING = BYLAWS.number("monitoring", "Monitoring", 0.2).in(0, 1)
            .unit("probability/week").source("Ostrom (1990) principle 4")
            .means("Chance each worker's effort is checked in a week (times the assembly's sanctions policy).");
    public static final Param.Dbl MONITORING_COST = BYLAWS.number("monitoringCost", "Monitoring cost", 0.1).in(0, 1000)
            .unit("goods per check").source("Ostrom, Gardner & Walker (1994)").means("Output a check costs the pool.");
    public static final Param.Dbl EFFORT_NORM = BYLAWS.number("effortNorm", "Effort norm", 0.8).in(0, 1)
            .unit("share of potential").means("Effort below which a checked worker commits an offence.");
    public static final Param.Dbl SANCTION_FINE = BYLAWS.number("sanctionFine", "Sanction fine", 1.0).in(0, 100)
            .unit("goods per good shirked").source("Ostrom (1990) principle 5; Fehr & Gaechter (2000)")
            .means("Fine per unit of shirked potential output, times (offences - 1): the graduated loss of share.");
    public static final Param.Int EXCLUSION_AFTER = BYLAWS.whole("exclusionAfter", "Exclusion after", 3).in(2, 1000)
            .unit("offences")
            .means("Offence that excludes a worker from work and share (the first is a warning, the ones between fines).");
    public static final Param.Int EXCLUSION_WEEKS = BYLAWS.whole("exclusionWeeks", "Exclusion length", 8).in(1, 10_000)
            .unit("weeks").means("Length of an exclusion.");
    public static final Param.Dbl FORGIVENESS = BYLAWS.number("forgiveness", "Forgiveness time", 52).in(0, 1e6)
            .unit("weeks").source("Ostrom (1990)").means("Mean weeks after which one offence is forgiven (0: never).");
    public static final Param.Bool SANCTIONS_BY_ASSEMBLY = BYLAWS.flag("sanctionsByAssembly",
            "Sanctions voted by the assembly", false)
            .means("Whether the assembly votes the sanctions policy each meeting (false: sanctions are a standing bylaw at "
            + "policy.sanctions; see scenarios/sanctions-by-vote.yaml for why).");
    public static final Param.Dbl ESTEEM_LOSS = BYLAWS.number("esteemLoss", "Esteem loss", 0.1).in(0, 1)
            .unit("share of influence").source("Ostrom (1990)")
            .means("Share of influence in the assembly a sanctioned citizen loses (loss of esteem).");

    public SanctionConfig {
        MONITORING.check(monitoring);
        MONITORING_COST.check(monitoringCost);
        EFFORT_NORM.check(effortNorm);
        SANCTION_FINE.check(fine);
        EXCLUSION_AFTER.check(exclusionAfter);
        EXCLUSION_WEEKS.check(exclusionWeeks);
        FORGIVENESS.check(forgiveness);
        ESTEEM_LOSS.check(esteemLoss);
    }

    /** Reads the sanction keys among {@code bylaws.*}. */
    public static SanctionConfig from(ParameterValues v) {
        return new SanctionConfig(v.get(MONITORING), v.get(MONITORING_COST), v.get(EFFORT_NORM), v.get(SANCTION_FINE),
                v.get(EXCLUSION_AFTER), v.get(EXCLUSION_WEEKS), v.get(FORGIVENESS), v.get(ESTEEM_LOSS),
                v.get(SANCTIONS_BY_ASSEMBLY));
    }

    /** No monitoring and no sanctions. */
    public static SanctionConfig none() {
        return new SanctionConfig(0, 0, 0, 0, 2, 1, 0, 0, false);
    }
}
