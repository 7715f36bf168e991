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
 * @param monitoring     probability a worker is checked in a week, in [0, 1]
 * @param monitoringCost goods a check costs the pool, at least 0
 * @param effortNorm     effort the bylaws expect, in [0, 1]
 * @param fine           goods fined per unit of shirked potential output and per escalation step, at least 0
 * @param exclusionAfter offences that trigger exclusion, at least 2
 * @param exclusionWeeks weeks an excluded worker loses work and share, at least 1
 * @param forgiveness    mean weeks after which one offence is forgiven (0: never), at least 0
 * @param esteemLoss     share of influence a sanctioned citizen loses, in [0, 1]
 * @param byAssembly     whether the assembly's vote on the sanctions policy binds
 */
public record SanctionConfig(double monitoring, double monitoringCost, double effortNorm, double fine,
                             int exclusionAfter, int exclusionWeeks, double forgiveness, double esteemLoss,
                             boolean byAssembly) {

    public SanctionConfig {
        BylawConfig.check(monitoring >= 0 && monitoring <= 1, "monitoring", "in [0, 1]", monitoring);
        BylawConfig.check(monitoringCost >= 0, "monitoringCost", "at least 0", monitoringCost);
        BylawConfig.check(effortNorm >= 0 && effortNorm <= 1, "effortNorm", "in [0, 1]", effortNorm);
        BylawConfig.check(fine >= 0, "sanctionFine", "at least 0", fine);
        BylawConfig.check(exclusionAfter >= 2, "exclusionAfter", "at least 2", exclusionAfter);
        BylawConfig.check(exclusionWeeks >= 1, "exclusionWeeks", "at least 1", exclusionWeeks);
        BylawConfig.check(forgiveness >= 0, "forgiveness", "at least 0", forgiveness);
        BylawConfig.check(esteemLoss >= 0 && esteemLoss <= 1, "esteemLoss", "in [0, 1]", esteemLoss);
    }

    /** Reads the sanction keys among {@code bylaws.*}. */
    public static SanctionConfig from(ParameterValues v) {
        return new SanctionConfig(v.d("bylaws.monitoring"), v.d("bylaws.monitoringCost"), v.d("bylaws.effortNorm"),
                v.d("bylaws.sanctionFine"), v.i("bylaws.exclusionAfter"), v.i("bylaws.exclusionWeeks"),
                v.d("bylaws.forgiveness"), v.d("bylaws.esteemLoss"),
                v.b("bylaws.sanctionsByAssembly"));
    }

    /** No monitoring and no sanctions. */
    public static SanctionConfig none() {
        return new SanctionConfig(0, 0, 0, 0, 2, 1, 0, 0, false);
    }
}
