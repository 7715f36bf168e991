package org.pnyx.sensitivity;

import ec.util.MersenneTwisterFast;

/**
 * Morris elementary-effects screening (Morris 1991; μ* from Campolongo, Cariboni &amp; Saltelli 2007), in the
 * form SALib uses.
 *
 * <p><b>Sampling.</b> The unit cube is cut into {@code p} levels {@code 0, 1/(p−1), ..., 1}, with p even, and
 * every step moves one parameter by {@code Δ = p / (2(p−1))} (for p = 4, Δ = 2/3). A trajectory starts at a
 * base point whose coordinates are drawn from the lower half of the levels, {@code 0 .. (p/2−1)/(p−1)};
 * each coordinate starts at its base value or Δ above it (an even coin), and the parameters then move one at
 * a time, in a random order, to the other end: up by Δ if they started low, down if they started high.
 * A trajectory is {@code k + 1} rows for {@code k} parameters, every row on the grid, inside [0, 1].
 *
 * <p><b>Analysis.</b> The elementary effect of parameter {@code i} in a trajectory is
 * {@code EE = (y(xᵢ high) − y(xᵢ low)) / Δ}, Δ in the unit cube whatever the parameter's range (SALib's
 * scaling): for {@code y = Σ aᵢ xᵢ} over {@code [lᵢ, uᵢ]}, {@code EE = aᵢ (uᵢ − lᵢ)}, the change in y across
 * the whole range. Over {@code r} trajectories, {@code μ} is the mean of the effects, {@code μ*} the mean
 * of their absolute values, and {@code σ} their sample standard deviation (n − 1). Which parameter moved
 * at each step, and in which direction, is read from the inputs themselves, so designs made elsewhere
 * (SALib's {@code morris.sample}) are analysed alike.
 */
public final class Morris {

    private Morris() {
    }

    /**
     * The indices of one output.
     *
     * @param mu           mean elementary effect per parameter
     * @param muStar       mean absolute elementary effect per parameter
     * @param sigma        standard deviation of the elementary effects per parameter
     * @param trajectories trajectories analysed
     * @param effects      the elementary effects, {@code effects[parameter][trajectory]}
     */
    public record Indices(Estimate[] mu, Estimate[] muStar, Estimate[] sigma, int trajectories, double[][] effects) {
    }

    /** The step Δ = p / (2(p − 1)) for {@code p} levels, in the unit cube. */
    public static double delta(int levels) {
        checkLevels(levels);
        return levels / (2.0 * (levels - 1));
    }

    /**
     * {@code trajectories × (parameters + 1)} rows of a Morris design in the unit cube.
     *
     * @param parameters   number of parameters, at least 1
     * @param trajectories number of trajectories r, at least 2 (σ needs two)
     * @param levels       grid levels p, even, at least 2
     * @param seed         seed of the MersenneTwisterFast that draws base points, directions and orders
     */
    public static double[][] sample(int parameters, int trajectories, int levels, long seed) {
        if (parameters < 1) {
            throw new IllegalArgumentException("a Morris design needs at least 1 parameter, but has " + parameters);
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("a Morris design needs at least 2 trajectories, but has "
                    + trajectories);
        }
        double delta = delta(levels);
        MersenneTwisterFast rng = Bootstrap.random(seed);
        int k = parameters;
        double[][] x = new double[trajectories * (k + 1)][];
        int half = levels / 2;
        for (int t = 0; t < trajectories; t++) {
            double[] point = new double[k];
            int[] direction = new int[k];
            for (int i = 0; i < k; i++) {
                double base = rng.nextInt(half) / (double) (levels - 1);
                direction[i] = rng.nextBoolean() ? 1 : -1;
                point[i] = direction[i] > 0 ? base : base + delta;
            }
            int[] order = permutation(k, rng);
            int row = t * (k + 1);
            x[row] = point.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                point[i] = clean(point[i] + direction[i] * delta);
                x[row + s + 1] = point.clone();
            }
        }
        return x;
    }

    /**
     * Morris indices of one output.
     *
     * @param x          the inputs, row by row as sampled ({@code r (k + 1)} rows of {@code k} values), in the
     *                   unit cube or scaled: only the direction of each step is used
     * @param y          the output of each row
     * @param levels     the grid levels the design was made with
     * @param resamples  bootstrap resamples of the trajectories for the intervals (SALib: 1000)
     * @param confidence confidence level of the intervals, e.g. 0.95
     * @param seed       seed of the bootstrap
     * @throws IllegalArgumentException if the rows are not trajectories: a step that moves no parameter or
     *                                  more than one, or a parameter moved twice in one trajectory
     */
    public static Indices analyze(double[][] x, double[] y, int levels, int resamples, double confidence, long seed) {
        Bootstrap.check(resamples, confidence);
        double delta = delta(levels);
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("inputs and outputs need the same, non-zero number of rows, but have "
                    + x.length + " and " + y.length);
        }
        int k = x[0].length;
        if (x.length % (k + 1) != 0) {
            throw new IllegalArgumentException("a Morris design of " + k + " parameters has a multiple of " + (k + 1)
                    + " rows, but this one has " + x.length);
        }
        int r = x.length / (k + 1);
        if (r < 2) {
            throw new IllegalArgumentException("Morris indices need at least 2 trajectories, but there is 1");
        }
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                int a = t * (k + 1) + s;
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    if (x[a + 1][i] != x[a][i]) {
                        if (changed >= 0) {
                            throw new IllegalArgumentException("rows " + (a + 1) + " and " + (a + 2) + " (from 1) differ "
                                    + "in more than one parameter (columns " + (changed + 1) + " and " + (i + 1)
                                    + "): not a Morris trajectory");
                        }
                        changed = i;
                    }
                }
                if (changed < 0) {
                    throw new IllegalArgumentException("rows " + (a + 1) + " and " + (a + 2) + " (from 1) are equal: a "
                            + "Morris step moves one parameter (a whole-number range too narrow for the levels?)");
                }
                if (moved[changed]) {
                    throw new IllegalArgumentException("trajectory " + (t + 1) + " moves column " + (changed + 1)
                            + " twice: not a Morris trajectory");
                }
                moved[changed] = true;
                double diff = y[a + 1] - y[a];
                ee[changed][t] = (x[a + 1][changed] > x[a][changed] ? diff : -diff) / delta;
            }
        }
        Estimate[] mu = new Estimate[k];
        Estimate[] muStar = new Estimate[k];
        Estimate[] sigma = new Estimate[k];
        int[][] idx = Bootstrap.indices(r, resamples, seed);
        double[] bm = new double[resamples];
        double[] bs = new double[resamples];
        double[] bsd = new double[resamples];
        double[] pick = new double[r];
        for (int i = 0; i < k; i++) {
            for (int b = 0; b < resamples; b++) {
                for (int j = 0; j < r; j++) {
                    pick[j] = ee[i][idx[b][j]];
                }
                bm[b] = mean(pick);
                bs[b] = meanAbs(pick);
                bsd[b] = sd(pick);
            }
            mu[i] = Bootstrap.interval(mean(ee[i]), bm, confidence);
            muStar[i] = Bootstrap.interval(meanAbs(ee[i]), bs, confidence);
            sigma[i] = Bootstrap.interval(sd(ee[i]), bsd, confidence);
        }
        return new Indices(mu, muStar, sigma, r, ee);
    }

    private static void checkLevels(int levels) {
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be an even number of at least 2, but was " + levels
                    + " (each step spans half the grid)");
        }
    }

    private static int[] permutation(int k, MersenneTwisterFast rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    /** Removes the last-bit noise of {@code base + Δ − Δ}, so the grid's levels come back exactly. */
    private static double clean(double v) {
        double r = Math.rint(v * 1e12) / 1e12;
        return Math.abs(r) < 1e-15 ? 0.0 : r;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double meanAbs(double[] v) {
        double s = 0;
        for (double d : v) {
            s += Math.abs(d);
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
