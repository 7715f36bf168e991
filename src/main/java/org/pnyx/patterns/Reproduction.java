package org.pnyx.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reproduces patterns: each replication is run live and with the mechanism knocked out, on the same seed
 * ({@code 1000 + replication}), and the figures are summarized with a 95% interval. Replications run in
 * parallel, each its own simulation with its own seed, so the figures do not depend on the thread count.
 */
public final class Reproduction {

    /** Replications of a quick run, at most. */
    public static final int QUICK_REPLICATIONS = 3;

    private static final long FIRST_SEED = 1000;

    private final ScenarioSource source;
    private final boolean quick;
    private final int threads;

    /**
     * @param source  parses the patterns' scenarios
     * @param quick   fewer replications and shorter runs, for CI
     * @param threads worker threads, at least 1
     */
    public Reproduction(ScenarioSource source, boolean quick, int threads) {
        this.source = source;
        this.quick = quick;
        this.threads = Math.max(1, threads);
    }

    /** What a reproduction concludes. */
    public enum Verdict {
        PASS, FAIL;
    }

    /**
     * A pattern's result.
     *
     * @param pattern    the pattern
     * @param live       the figure reproduced
     * @param knockedOut the figure with the mechanism knocked out
     * @param verdict    PASS when the live figure is within tolerance and the knocked-out one is not
     */
    public record Result(Pattern pattern, Estimate live, Estimate knockedOut, Verdict verdict) {

        /** Whether this result makes the reproduction fail: a FAIL not marked as expected. */
        public boolean unexpectedFailure() {
            return verdict == Verdict.FAIL && !pattern.expectedToFail();
        }

        /** The verdict as reported, with the issue that is to fix an expected failure. */
        public String verdictText() {
            if (!pattern.expectedToFail()) {
                return verdict.name();
            }
            return verdict == Verdict.FAIL ? "FAIL (expected; issue " + pattern.fixIssue() + ")"
                    : "PASS (was expected to fail; issue " + pattern.fixIssue() + ")";
        }
    }

    /** Replications this run gives a pattern. */
    public int replications(Pattern p) {
        return quick ? Math.min(QUICK_REPLICATIONS, p.replications()) : p.replications();
    }

    /** Reproduces one pattern. */
    public Result run(Pattern p) throws Exception {
        int n = replications(p);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 2 * n));
        try {
            List<Future<Double>> live = new ArrayList<>();
            List<Future<Double>> off = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                long seed = FIRST_SEED + r;
                live.add(pool.submit(() -> p.measure().of(new Trial(source, seed, false, quick, List.of()))));
                off.add(pool.submit(() -> p.measure().of(new Trial(source, seed, true, quick,
                        p.knockout().overrides()))));
            }
            Estimate a = Estimate.of(values(live));
            Estimate b = Estimate.of(values(off));
            boolean pass = p.expected().contains(a.mean()) && !p.expected().contains(b.mean());
            return new Result(p, a, b, pass ? Verdict.PASS : Verdict.FAIL);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] values(List<Future<Double>> futures) throws Exception {
        double[] xs = new double[futures.size()];
        for (int i = 0; i < xs.length; i++) {
            try {
                xs[i] = futures.get(i).get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return xs;
    }
}
