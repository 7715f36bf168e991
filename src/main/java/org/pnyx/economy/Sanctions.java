package org.pnyx.economy;

import org.pnyx.config.SanctionConfig;

/**
 * The graduated sanctions ladder (Ostrom 1990, principle 5): the first offence is a warning, the
 * following ones fine the offender an escalating share of what they shirked, and the
 * {@code exclusionAfter}-th excludes them from work and share; after an exclusion the offender stays one
 * offence from the next until an offence is forgiven. Fines are forfeited, not transferred:
 * punishment is costly, as in Fehr &amp; Gaechter (2000).
 */
public final class Sanctions {

    /** What an offence brings. */
    public enum Kind { WARNING, FINE, EXCLUSION }

    private Sanctions() {
    }

    /** The sanction of the offence numbered {@code offence} (1 for the first). */
    public static Kind kind(int offence, SanctionConfig s) {
        if (offence >= s.exclusionAfter()) {
            return Kind.EXCLUSION;
        }
        return offence <= 1 ? Kind.WARNING : Kind.FINE;
    }

    /** The fine of a {@link Kind#FINE} offence: {@code fine * (offence - 1) * (norm - effort) * potential} goods. */
    public static double fine(int offence, double effort, double potential, SanctionConfig s) {
        return s.fine() * Math.max(0, offence - 1) * Math.max(0, s.effortNorm() - effort) * potential;
    }

    /**
     * Goods a worker loses if caught at effort 0 at the offence numbered {@code offence}: nothing for a
     * warning, the fine (at most the week's income, which is all it can take), or for exclusion
     * {@code exclusionWeeks} weeks of their weekly income.
     */
    public static double lossIfCaught(int offence, double potential, double weeklyIncome, SanctionConfig s) {
        return lossIfCaught(offence, 0, potential, weeklyIncome, s);
    }

    /** As {@link #lossIfCaught(int, double, double, SanctionConfig)}, for a worker caught at {@code effort}. */
    public static double lossIfCaught(int offence, double effort, double potential, double weeklyIncome,
                                      SanctionConfig s) {
        return switch (kind(offence, s)) {
            case WARNING -> 0;
            case FINE -> Math.min(fine(offence, effort, potential, s), Math.max(0, weeklyIncome));
            case EXCLUSION -> s.exclusionWeeks() * Math.max(0, weeklyIncome);
        };
    }
}
