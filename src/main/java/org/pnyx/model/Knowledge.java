package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.KnowledgeConfig;

/**
 * Technical questions, agenda items with a right answer (the Condorcet jury theorem; seed 001: "those who
 * have that expertise would present it clearly and accessibly"). With probability {@code knowledge.share}
 * a quorate meeting also decides one. An expert attends and presents with probability
 * {@code knowledge.expert}. Each attendee judges rightly with competence
 * {@code p = competence + reasonGain * reason (+ expertGain * reason after a presentation)}, at most 1.
 * Deliberation then correlates the votes (the opinion-leader model of Boland, Proschan &amp; Tong 1989):
 * the attendee drawn with weight influence leads the discussion, and each other attendee, with probability
 * {@code deference * (1 - reason)}, votes as the leader judged instead of as they judged. The majority is right
 * when more than half the attendees vote rightly (a tie is wrong). The minutes keep the count, and the
 * probability that the same attendees voting independently would have been right (the Poisson-binomial
 * tail, the jury theorem's figure), so the effect of correlation and of the expert can be read off.
 */
final class Knowledge {

    private final KnowledgeConfig k;
    private boolean[] judged = new boolean[0];
    private double[] competence = new double[0];
    private double[] cumulative = new double[0];
    private double[] tail = new double[0];

    Knowledge(KnowledgeConfig k) {
        this.k = k;
    }

    /** Whether technical questions are put at all. */
    boolean live() {
        return k.share() > 0;
    }

    /** Decides a technical question at a quorate meeting, with probability {@code share}. */
    void maybeDecide(Meeting mt, MersenneTwisterFast random) {
        if (k.share() <= 0 || mt.present == 0 || random.nextDouble() >= k.share()) {
            return;
        }
        int n = mt.present;
        ensure(n);
        boolean expert = k.expert() > 0 && random.nextDouble() < k.expert();
        Citizens c = mt.c;
        for (int j = 0; j < n; j++) {
            double reason = c.reason[mt.attendees[j]];
            double p = k.competence() + k.reasonGain() * reason + (expert ? k.expertGain() * reason : 0);
            competence[j] = Math.min(1, p);
            judged[j] = random.nextDouble() < competence[j];
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
            total += c.influence[mt.attendees[j]];
            cumulative[j] = total;
        }
        int right = 0;
        int leader = k.deference() > 0 ? speaker(cumulative, n, random.nextDouble() * total) : -1;
        for (int j = 0; j < n; j++) {
            boolean vote = judged[j];
            double follow = k.deference() * (1 - c.reason[mt.attendees[j]]);
            if (j != leader && follow > 0 && random.nextDouble() < follow) {
                vote = judged[leader];
            }
            right += vote ? 1 : 0;
        }
        mt.m.minutes().technical(2 * right > n, majorityRight(competence, n, tail));
    }

    /** The first position whose cumulative weight exceeds {@code u}. */
    private static int speaker(double[] cumulative, int n, double u) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The probability that more than half of {@code n} independent voters with the given competences vote
     * rightly (the Poisson-binomial upper tail; with equal competences, the jury theorem's binomial).
     *
     * @param scratch at least {@code n + 1} long
     */
    static double majorityRight(double[] competence, int n, double[] scratch) {
        double[] dist = scratch;
        java.util.Arrays.fill(dist, 0, n + 1, 0);
        dist[0] = 1;
        for (int j = 0; j < n; j++) {
            double p = competence[j];
            for (int r = j + 1; r >= 1; r--) {
                dist[r] = dist[r] * (1 - p) + dist[r - 1] * p;
            }
            dist[0] *= 1 - p;
        }
        double sum = 0;
        for (int r = n / 2 + 1; r <= n; r++) {
            sum += dist[r];
        }
        return sum;
    }

    private void ensure(int n) {
        if (judged.length < n) {
            judged = new boolean[n];
            competence = new double[n];
            cumulative = new double[n];
            tail = new double[n + 1];
        }
    }
}
