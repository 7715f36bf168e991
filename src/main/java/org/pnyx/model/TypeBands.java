package org.pnyx.model;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.pnyx.config.CitizenTraitsConfig;
import org.pnyx.config.Distribution;
import org.pnyx.config.EconomyConfig;

/**
 * Effort types by solidarity in absolute terms (issue 14; Pnyx design after Fischbacher, Gaechter &amp; Fehr
 * 2001). The configured shares of free riders, hump-shaped contributors, conditional and unconditional
 * cooperators are the mix the experiments found among their subjects, whose solidarity Pnyx takes to be the
 * reference distribution {@link CitizenTraitsConfig#REFERENCE_SOLIDARITY} (the declared default of
 * {@code citizens.solidarity}). The three thresholds are that distribution's quantiles at the cumulative
 * shares: a citizen below the first is a free rider, then hump-shaped, conditional, and above the last an
 * unconditional cooperator. A town of reference solidarity has the published mix; a more solidary town has
 * fewer free riders, a less solidary one more. As civic formation moves a citizen's solidarity across a
 * threshold, their type moves with it ({@link #crossed}); imitation changes types in between.
 */
public final class TypeBands {

    /** The types from the least to the most cooperative: the band a solidarity falls in indexes this. */
    private static final Strategy[] ORDER = {Strategy.FREE_RIDER, Strategy.HUMP, Strategy.CONDITIONAL,
            Strategy.COOPERATOR};

    /** Thresholds by cumulative shares (few distinct values in any run or sweep). */
    private static final Map<Cumulative, double[]> CACHE = new HashMap<>();

    private record Cumulative(double free, double hump, double conditional) {
    }

    private TypeBands() {
    }

    /**
     * The three thresholds for the shares of {@code e}: the reference distribution's quantiles at the cumulative
     * shares of free riders, then hump-shaped, then conditional cooperators ({@code -inf} for a cumulative share
     * of 0, {@code +inf} for 1). Computed once per configuration.
     */
    public static double[] of(EconomyConfig e) {
        double f = e.freeRiderShare();
        double h = f + e.humpShare();
        double k = h + e.conditionalShare();
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(new Cumulative(f, h, k),
                    x -> new double[] {quantile(x.free()), quantile(x.hump()), quantile(x.conditional())});
        }
    }

    /** The reference distribution's quantile at {@code p} (a beta on [min, max]). */
    static double quantile(double p) {
        if (p <= 1e-12) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1 - 1e-12) {
            return Double.POSITIVE_INFINITY;
        }
        Distribution d = CitizenTraitsConfig.REFERENCE_SOLIDARITY;
        double span = d.max() - d.min();
        double m = (d.mean() - d.min()) / span;
        double s = d.sd() / span;
        double common = m * (1 - m) / (s * s) - 1;
        return d.min() + span * new BetaDistribution(null, m * common, (1 - m) * common)
                .inverseCumulativeProbability(p);
    }

    /** The band of solidarity {@code s}: how many thresholds it reaches, 0 (free rider) to 3 (unconditional). */
    public static int band(double s, double[] thresholds) {
        int b = 0;
        while (b < 3 && s >= thresholds[b]) {
            b++;
        }
        return b;
    }

    /** The type of a band. */
    public static Strategy type(int band) {
        return ORDER[band];
    }

    /** A type's band: 0 free rider, 1 hump-shaped, 2 conditional, 3 unconditional cooperator. */
    public static int rank(Strategy s) {
        return switch (s) {
            case FREE_RIDER -> 0;
            case HUMP -> 1;
            case CONDITIONAL -> 2;
            case COOPERATOR -> 3;
        };
    }

    /**
     * The type after solidarity moved from band {@code before} to band {@code after}: a citizen who rose into a
     * band above their type takes that band's type, one who fell into a band below it takes that band's type;
     * otherwise (no crossing, or imitation already put them past it) the type stays.
     */
    public static Strategy crossed(Strategy type, int before, int after) {
        int r = rank(type);
        if (after > before && r < after || after < before && r > after) {
            return ORDER[after];
        }
        return type;
    }
}
