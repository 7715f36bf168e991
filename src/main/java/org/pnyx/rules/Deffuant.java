package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/**
 * Deffuant-Weisbuch bounded confidence (Deffuant et al. 2000): in a round, {@code count} random
 * pairs meet; when their opinions differ by less than the threshold d, each moves {@code mu * w} of the
 * gap toward the other, {@code w} the weight it gives the other's reason ({@link Deliberation#weight}).
 * With equal reason of 0 or 1 this is the published model, which settles into about 1/(2d) clusters.
 */
public final class Deffuant implements Deliberation {

    private final double threshold;
    private final double convergence;

    /**
     * @param threshold   confidence threshold d in (0, 1]
     * @param convergence mu in (0, 0.5]
     */
    public Deffuant(double threshold, double convergence) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], but was " + threshold);
        }
        if (!(convergence > 0 && convergence <= 0.5)) {
            throw new IllegalArgumentException("convergence must be in (0, 0.5], but was " + convergence);
        }
        this.threshold = threshold;
        this.convergence = convergence;
    }

    @Override
    public void round(double[] opinions, double[] reason, int count, MersenneTwisterFast random) {
        if (count < 2) {
            return;
        }
        for (int e = 0; e < count; e++) {
            int a = random.nextInt(count);
            int b = random.nextInt(count - 1);
            if (b >= a) {
                b++;
            }
            double gap = opinions[b] - opinions[a];
            if (Math.abs(gap) < threshold) {
                double ra = reason[a];
                double rb = reason[b];
                opinions[a] += convergence * Deliberation.weight(ra, rb) * gap;
                opinions[b] -= convergence * Deliberation.weight(rb, ra) * gap;
            }
        }
    }
}
