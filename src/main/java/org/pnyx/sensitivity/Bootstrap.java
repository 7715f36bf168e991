package org.pnyx.sensitivity;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.pnyx.config.Seeding;

/** Bootstrap resampling with a seeded generator, and the normal-approximation interval SALib reports. */
final class Bootstrap {

    private Bootstrap() {
    }

    /** The generator for a seed, seeded from all 64 bits. */
    static MersenneTwisterFast random(long seed) {
        return Seeding.generator(seed);
    }

    /** {@code resamples} rows of {@code n} indices drawn with replacement from {@code [0, n)}. */
    static int[][] indices(int n, int resamples, long seed) {
        MersenneTwisterFast rng = random(seed);
        int[][] out = new int[resamples][n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                out[b][i] = rng.nextInt(n);
            }
        }
        return out;
    }

    /**
     * The estimate with the interval {@code value ± z · sd(replicates)}, z the two-sided normal quantile of
     * {@code confidence}; sd is the sample standard deviation (n − 1). NaN replicates are skipped.
     */
    static Estimate interval(double value, double[] replicates, double confidence) {
        double sum = 0;
        int n = 0;
        for (double r : replicates) {
            if (!Double.isNaN(r)) {
                sum += r;
                n++;
            }
        }
        if (n < 2) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double ss = 0;
        for (double r : replicates) {
            if (!Double.isNaN(r)) {
                ss += (r - mean) * (r - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
        return new Estimate(value, value - z * sd, value + z * sd);
    }

    /** Checks the settings shared by every analysis. */
    static void check(int resamples, double confidence) {
        if (resamples < 2) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 2, but was " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), but was " + confidence);
        }
    }
}
