package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exact probability of the referendum paradox, against brute-force enumeration and the published limit. */
class ReferendumParadoxTest {

    /** Enumerates every assignment of yes and no to the voters and counts those where the majorities disagree. */
    private static double bruteForce(int[] voters) {
        int total = 0;
        for (int n : voters) {
            total += n;
        }
        int disagree = 0;
        for (int mask = 0; mask < 1 << total; mask++) {
            int bit = 0;
            int yes = 0;
            int townsYes = 0;
            int townsNo = 0;
            for (int n : voters) {
                int y = 0;
                for (int k = 0; k < n; k++, bit++) {
                    y += (mask >> bit) & 1;
                }
                yes += y;
                if (n > 0) {
                    if (y > n - y) {
                        townsYes++;
                    } else {
                        townsNo++;
                    }
                }
            }
            boolean citizens = yes > total - yes;
            boolean towns = townsYes > townsNo;
            disagree += citizens != towns ? 1 : 0;
        }
        return (double) disagree / (1 << total);
    }

    @Test
    void matchesBruteForceEnumeration() {
        for (int[] sizes : new int[][] {{1, 1, 1}, {3, 3, 3}, {1, 1, 3}, {5, 1, 1, 1}, {2, 3, 4}, {3, 0, 3, 3},
                {7, 3, 3, 3}, {4, 4}}) {
            assertEquals(bruteForce(sizes), ReferendumParadox.probability(sizes), 1e-12, java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void aHandWorkedCase() {
        // Three towns of 3: each votes yes with probability 1/2; a paradox needs two towns 2-1 one way and the third
        // 3-0 the other (margin 1+1-3 = -1): 3 ways to pick the third town x 2 directions x (3/8)^2 x (1/8) = 0.10546875.
        assertEquals(6 * (3.0 / 8) * (3.0 / 8) * (1.0 / 8), ReferendumParadox.probability(new int[] {3, 3, 3}), 1e-15);
    }

    @Test
    void equalTownsApproachThePublishedProbability() {
        int[] sizes = new int[25];
        java.util.Arrays.fill(sizes, 101);
        double p = ReferendumParadox.probability(sizes);
        // Feix, Lepelley, Merlin & Rouet (2004): about 0.2 for ten to fifty equal towns; the limit for many large
        // towns is arccos(sqrt(2/pi))/pi = 0.206.
        assertTrue(p > 0.19 && p < 0.21, "25 towns of 101: " + p);
        assertEquals(0, ReferendumParadox.probability(new int[] {1001}), 1e-15, "one town cannot disagree with itself");
    }
}
