package org.pnyx.patterns;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.Seeding;
import org.pnyx.economy.Commons;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;
import org.pnyx.rules.Deffuant;
import org.pnyx.rules.Deliberation;
import org.pnyx.rules.HegselmannKrause;
import org.pnyx.rules.MajorityRule;
import org.pnyx.rules.NoDeliberation;
import org.pnyx.rules.RuleOutcomes;
import org.pnyx.rules.Tally;

/**
 * Patterns of pure rules, reproduced by calling the rule classes directly: bounded-confidence deliberation,
 * the confederal tally, the majority rule and the logistic commons. Each draws from a generator seeded by the
 * replication.
 */
final class RulePatterns {

    private RulePatterns() {
    }

    static List<Pattern> all() {
        return List.of(
                new Pattern("hk-consensus", "Bounded-confidence deliberation reaches consensus for confidence above"
                        + " about 0.2", "Hegselmann & Krause (2002)",
                        "spread of opinions (max - min) after 50 rounds, 300 citizens, confidence 0.3 (0.25 lies where"
                                + " a finite population may still split: Lorenz 2006)",
                        new Tolerance(0, 0.01, "consensus: one opinion for confidence above about 0.2 (Hegselmann"
                                + " & Krause 2002, Fig. 2)"),
                        Knockout.inRule("deliberation", "no deliberation (bylaws.deliberation=none)"), null, 0, 10,
                        t -> spread(opinions(t, 300, t.knockedOut() ? new NoDeliberation()
                                : new HegselmannKrause(0.3), 50))),
                new Pattern("hk-fragmentation", "Below a confidence of about 0.2 opinions fragment into several"
                        + " clusters", "Hegselmann & Krause (2002)",
                        "opinion clusters (at least 2% of citizens within 0.001 of each other) after 50 rounds,"
                                + " 300 citizens, confidence 0.1",
                        new Tolerance(2, 10, "several clusters below confidence 0.2 (Hegselmann & Krause 2002,"
                                + " Fig. 2)"),
                        Knockout.inRule("deliberation", "no deliberation (bylaws.deliberation=none)"), null, 0, 10,
                        t -> clusters(opinions(t, 300, t.knockedOut() ? new NoDeliberation()
                                : new HegselmannKrause(0.1), 50), 0.001, 6)),
                new Pattern("deffuant-clusters", "Deffuant dynamics settle into about 1/(2d) major clusters",
                        "Deffuant, Neau, Amblard & Weisbuch (2000)",
                        "major clusters (gap 0.02, at least 2% of citizens) after 400 rounds, 1000 citizens, d = 0.1,"
                                + " mu = 0.5",
                        new Tolerance(4, 6, "1/(2d) = 5 major clusters, give or take one (Deffuant et al. 2000)"),
                        Knockout.inRule("deliberation", "no deliberation (bylaws.deliberation=none)"), null, 0, 10,
                        t -> clusters(opinions(t, 1000, t.knockedOut() ? new NoDeliberation()
                                : new Deffuant(0.1, 0.5), t.scale(400, 200)), 0.02, 20)),
                new Pattern("referendum-paradox", "Town-by-town and citizen-wide tallies can disagree (referendum"
                        + " paradox)", "Feix, Lepelley, Merlin & Rouet (2004)",
                        "share of votes in which one-town-one-vote and the citizen-wide tally disagree, 25 equal towns"
                                + " of 101 citizens voting at random (impartial culture)",
                        new Tolerance(0.17, 0.24, "about 0.2; the limit for many large equal towns under impartial"
                                + " culture is arccos(sqrt(2/pi))/pi = 0.206 (Feix et al. 2004)"),
                        Knockout.inRule("one-town-one-vote", "the towns tallied as one town"), null, 0, 10,
                        t -> paradox(t, t.knockedOut() ? 1 : 25, 2525 / (t.knockedOut() ? 1 : 25),
                                t.scale(4000, 1000))),
                new Pattern("condorcet-jury", "A majority of independent voters each right with p > 1/2 is right"
                        + " more often than any one of them", "Condorcet (1785); Grofman, Owen & Feld (1983)",
                        "share of majority votes that are right, 11 voters each right with p = 0.6",
                        new Tolerance(0.7435, 0.7635, "sum over k > n/2 of C(n,k) p^k (1-p)^(n-k) = 0.7535 for"
                                + " n = 11, p = 0.6, within 0.01 of sampling error"),
                        Knockout.inRule("majority-rule", "one voter decides"), null, 0, 10,
                        t -> jury(t, t.knockedOut() ? 1 : 11, 0.6, t.scale(40_000, 10_000))),
                new Pattern("commons-msy", "A logistic commons persists under a constant harvest up to the maximum"
                        + " sustainable yield rK/4 and collapses above it", "Gordon (1954); Schaefer (1954)",
                        "largest constant weekly harvest that leaves the stock above 1% of capacity after 20000"
                                + " weeks, as a share of rK/4 (r = 0.02, K = 100)",
                        new Tolerance(0.95, 1.05, "the maximum sustainable yield is rK/4 (Schaefer 1954)"),
                        Knockout.inRule("commons", "no regrowth (economy.commonsGrowth=0)"), null, 0, 1,
                        t -> sustainable(t.knockedOut() ? 0 : 0.02, 100)));
    }

    private static double[] opinions(Trial t, int n, Deliberation rule, int rounds) {
        MersenneTwisterFast random = Seeding.generator(t.seed());
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = random.nextDouble();
        }
        double[] reason = new double[n];
        Arrays.fill(reason, 1.0);
        for (int r = 0; r < rounds; r++) {
            rule.round(x, reason, n, random);
        }
        return x;
    }

    private static double spread(double[] x) {
        return Arrays.stream(x).max().orElse(0) - Arrays.stream(x).min().orElse(0);
    }

    /** Groups of sorted opinions separated by gaps wider than {@code gap}, with at least {@code min} members. */
    static int clusters(double[] x, double gap, int min) {
        double[] s = x.clone();
        Arrays.sort(s);
        int count = 0;
        int size = 1;
        for (int k = 1; k <= s.length; k++) {
            if (k == s.length || s[k] - s[k - 1] > gap) {
                count += size >= min ? 1 : 0;
                size = 1;
            } else {
                size++;
            }
        }
        return count;
    }

    private static double paradox(Trial t, int towns, int size, int votes) {
        MersenneTwisterFast random = Seeding.generator(t.seed());
        int[] yes = new int[towns];
        int[] no = new int[towns];
        int[] cast = new int[towns];
        int disagree = 0;
        for (int v = 0; v < votes; v++) {
            for (int i = 0; i < towns; i++) {
                int y = 0;
                for (int k = 0; k < size; k++) {
                    y += random.nextBoolean() ? 1 : 0;
                }
                yes[i] = y;
                no[i] = size - y;
                cast[i] = Integer.signum(y - (size - y));
            }
            RuleOutcomes r = RuleOutcomes.count(yes, no, cast, cast, towns);
            disagree += r.aggregate() != r.perTown() ? 1 : 0;
        }
        return (double) disagree / votes;
    }

    private static double jury(Trial t, int voters, double p, int questions) {
        MersenneTwisterFast random = Seeding.generator(t.seed());
        MajorityRule majority = new MajorityRule();
        int right = 0;
        for (int q = 0; q < questions; q++) {
            int correct = 0;
            for (int k = 0; k < voters; k++) {
                correct += random.nextDouble() < p ? 1 : 0;
            }
            right += majority.adopts(new Tally(correct, voters - correct, 0, 0)) ? 1 : 0;
        }
        return (double) right / questions;
    }

    /** The sustainable harvest threshold found by bisection, as a share of rK/4 (the rK/4 of r = 0.02 if r = 0). */
    private static double sustainable(double rate, double capacity) {
        double msy = Commons.maximumSustainableYield(0.02, capacity);
        double low = 0;
        double high = 2 * msy;
        for (int i = 0; i < 40; i++) {
            double h = (low + high) / 2;
            double s = capacity;
            for (int w = 0; w < 20_000 && s > 0; w++) {
                s = Commons.step(s, h, rate, capacity);
            }
            if (s > 0.01 * capacity) {
                low = h;
            } else {
                high = h;
            }
        }
        return low / msy;
    }
}
