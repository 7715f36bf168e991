package org.pnyx.rules;

import java.util.Arrays;

/**
 * The exact probability of the referendum paradox under impartial culture (every voter an independent fair
 * coin; Feix, Lepelley, Merlin &amp; Rouet 2004), computed from the towns' numbers of voters alone, independently
 * of the model: the confederation-wide majority of votes ({@code yes > no}) and the majority of towns
 * ({@code towns yes > towns no}) disagree. A town with voters votes yes when its yes votes outnumber its no
 * votes and no otherwise (the model's mandate under the majority rule: a tie is not adopted); a town with no
 * voters casts nothing. Dynamic programming over towns on (towns yes minus towns no, yes minus no), each
 * town's margin binomial; the cost is towns squared times voters times the largest town.
 */
public final class ReferendumParadox {

    private ReferendumParadox() {
    }

    /** The probability that the two majorities disagree, for towns with the given numbers of voters. */
    public static double probability(int[] voters) {
        int towns = voters.length;
        int total = Arrays.stream(voters).sum();
        int dSize = 2 * towns + 1;
        int mSize = 2 * total + 1;
        double[] p = new double[dSize * mSize];
        p[towns * mSize + total] = 1;
        for (int n : voters) {
            if (n == 0) {
                continue;
            }
            double[] binom = binomial(n);
            double[] next = new double[p.length];
            for (int d = 0; d < dSize; d++) {
                for (int m = 0; m < mSize; m++) {
                    double q = p[d * mSize + m];
                    if (q == 0) {
                        continue;
                    }
                    for (int y = 0; y <= n; y++) {
                        int margin = 2 * y - n;
                        int d2 = d + (margin > 0 ? 1 : -1);
                        next[d2 * mSize + m + margin] += q * binom[y];
                    }
                }
            }
            p = next;
        }
        double disagree = 0;
        for (int d = 0; d < dSize; d++) {
            for (int m = 0; m < mSize; m++) {
                boolean townsYes = d > towns;
                boolean citizensYes = m > total;
                if (townsYes != citizensYes) {
                    disagree += p[d * mSize + m];
                }
            }
        }
        return disagree;
    }

    /** C(n, y) / 2^n for y = 0..n, by the recurrence, without overflow. */
    static double[] binomial(int n) {
        double[] b = new double[n + 1];
        b[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int y = k; y > 0; y--) {
                b[y] = (b[y] + b[y - 1]) / 2;
            }
            b[0] /= 2;
        }
        return b;
    }
}
