package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Deliberation alone reproduces the published bounded-confidence results. */
class DeliberationTest {

    private static double[] evenlySpaced(int n) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = (double) k / (n - 1);
        }
        return x;
    }

    private static double[] ones(int n) {
        double[] r = new double[n];
        Arrays.fill(r, 1.0);
        return r;
    }

    /** Clusters: groups of sorted opinions separated by gaps wider than {@code gap}, with at least {@code min} members. */
    static int clusters(double[] x, double gap, int min) {
        double[] s = x.clone();
        Arrays.sort(s);
        int count = 0;
        int size = 1;
        for (int k = 1; k <= s.length; k++) {
            if (k == s.length || s[k] - s[k - 1] > gap) {
                if (size >= min) {
                    count++;
                }
                size = 1;
            } else {
                size++;
            }
        }
        return count;
    }

    @Test
    void hegselmannKrauseReachesConsensusAboveConfidenceOfAboutPointTwo() {
        double[] x = evenlySpaced(500);
        HegselmannKrause hk = new HegselmannKrause(0.25);
        for (int r = 0; r < 100; r++) {
            hk.round(x, ones(500), 500, new MersenneTwisterFast(1));
        }
        double spread = Arrays.stream(x).max().getAsDouble() - Arrays.stream(x).min().getAsDouble();
        assertTrue(spread < 1e-9, "eps = 0.25 ends in one opinion, spread was " + spread);
        assertEquals(0.5, x[0], 1e-9, "the symmetric start converges on the middle");
    }

    @Test
    void hegselmannKrauseFragmentsBelowIt() {
        double[] x = evenlySpaced(500);
        HegselmannKrause hk = new HegselmannKrause(0.05);
        for (int r = 0; r < 100; r++) {
            hk.round(x, ones(500), 500, new MersenneTwisterFast(1));
        }
        int c = clusters(x, 1e-3, 2);
        assertTrue(c >= 5 && c <= 12, "eps = 0.05 leaves several clusters (about 1/(2 eps) = 10), was " + c);
    }

    @Test
    void hegselmannKrauseWeighsSpeakersByTheirReason() {
        double[] x = {0.0, 0.1};
        new HegselmannKrause(0.2).round(x, new double[] {0.5, 0.0}, 2, new MersenneTwisterFast(1));
        // Listener of reason 0.5: itself weighs 1 - 0.5 * 0.5 = 0.75, the speaker of reason 0 weighs 0.5:
        // (0.75 * 0 + 0.5 * 0.1) / 1.25 = 0.04.
        assertEquals(0.04, x[0], 1e-12, "the reasonable listener discounts the unreasoning speaker");
        // Listener of reason 0 weighs both alike: the plain mean 0.05.
        assertEquals(0.05, x[1], 1e-12, "the unreasoning listener is swayed by whoever is near");
    }

    @Test
    void deffuantListenerOfFullReasonIgnoresASpeakerOfNone() {
        double[] x = {0.0, 0.1};
        new Deffuant(0.5, 0.5).round(x, new double[] {1.0, 0.0}, 2, new MersenneTwisterFast(1));
        assertEquals(0.0, x[0], 1e-12, "weight 1 - 1 * (1 - 0) = 0");
        assertEquals(0.025, x[1], 1e-12, "weight 1: two encounters, each moving half the gap (mu 0.5)");
    }

    @Test
    void deffuantSettlesIntoAboutOneOverTwoDClusters() {
        MersenneTwisterFast rng = new MersenneTwisterFast(7);
        int n = 1000;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = rng.nextDouble();
        }
        Deffuant d = new Deffuant(0.1, 0.5);
        for (int r = 0; r < 400; r++) {
            d.round(x, ones(n), n, rng);
        }
        int major = clusters(x, 0.02, n / 50);
        assertTrue(major >= 3 && major <= 6, "d = 0.1 gives about 1/(2d) = 5 major clusters, was " + major);
    }

    @Test
    void deffuantWithWideThresholdReachesConsensus() {
        MersenneTwisterFast rng = new MersenneTwisterFast(7);
        int n = 500;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = rng.nextDouble();
        }
        Deffuant d = new Deffuant(0.5, 0.5);
        for (int r = 0; r < 200; r++) {
            d.round(x, ones(n), n, rng);
        }
        assertEquals(1, clusters(x, 0.02, 2), "d = 0.5 gives a single cluster");
    }
}
