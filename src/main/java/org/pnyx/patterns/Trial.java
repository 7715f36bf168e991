package org.pnyx.patterns;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.model.AmendmentRecord;
import org.pnyx.model.VoteRecord;
import org.pnyx.sim.PnyxSim;
import org.pnyx.sim.Simulation;

/**
 * One replication of a pattern, live or with its mechanism knocked out: the seed, whether the run is quick, and
 * the engine. Every run a measure starts here gets the replication's seed and, when knocked out, the knockout's
 * overrides after its own, so the live and knocked-out figures come from the same seeds.
 */
public final class Trial {

    private final ScenarioSource source;
    private final long seed;
    private final boolean knockedOut;
    private final boolean quick;
    private final List<String> knockout;

    Trial(ScenarioSource source, long seed, boolean knockedOut, boolean quick, List<String> knockout) {
        this.source = source;
        this.seed = seed;
        this.knockedOut = knockedOut;
        this.quick = quick;
        this.knockout = knockout;
    }

    /** The replication's seed. */
    public long seed() {
        return seed;
    }

    /** Whether the pattern's mechanism is knocked out in this trial. */
    public boolean knockedOut() {
        return knockedOut;
    }

    /** The full value, or the quick one in a quick run. */
    public int scale(int full, int quickValue) {
        return quick ? quickValue : full;
    }

    /** Runs a scenario in the engine with the trial's seed and, if knocked out, the knockout. */
    public EngineRun run(String yaml, String... sets) throws Exception {
        List<String> overrides = new ArrayList<>(List.of(sets));
        overrides.add(ScenarioConfig.SEED.path() + "=" + seed);
        if (knockedOut) {
            overrides.addAll(knockout);
        }
        ScenarioConfig s = source.parse("pattern", yaml, overrides);
        List<double[]> overall = new ArrayList<>();
        List<double[][]> towns = new ArrayList<>();
        List<VoteRecord> votes = new ArrayList<>();
        List<AmendmentRecord> amendments = new ArrayList<>();
        RunObserver o = new RunObserver() {
            @Override
            public void week(long week, double[] all, double[][] perTown) {
                overall.add(all.clone());
                double[][] copy = new double[perTown.length][];
                for (int i = 0; i < perTown.length; i++) {
                    copy[i] = perTown[i].clone();
                }
                towns.add(copy);
            }

            @Override
            public void confederalVote(VoteRecord vote) {
                votes.add(vote);
            }

            @Override
            public void amendment(long week, String town, AmendmentRecord a) {
                amendments.add(a);
            }
        };
        PnyxSim sim = Simulation.run(s, o);
        return new EngineRun(overall, towns, votes, amendments, sim);
    }

    /**
     * A finished run: every week's overall and per-town metrics, and the simulation's final state.
     *
     * @param overall values by week, then {@link Metric} ordinal
     * @param towns   values by week, then town index, then metric ordinal
     * @param votes   every confederal vote counted, in order
     * @param amendments every amendment put to an assembly, in order
     * @param sim     the finished simulation
     */
    public record EngineRun(List<double[]> overall, List<double[][]> towns, List<VoteRecord> votes,
                            List<AmendmentRecord> amendments, PnyxSim sim) {

        /** The overall value in a week (0-based). */
        public double at(int week, Metric m) {
            return overall.get(week)[m.ordinal()];
        }

        /** The overall value in the last week. */
        public double last(Metric m) {
            return at(overall.size() - 1, m);
        }

        /** The overall mean over the last {@code weeks} weeks. */
        public double tail(Metric m, int weeks) {
            double sum = 0;
            for (int w = overall.size() - weeks; w < overall.size(); w++) {
                sum += overall.get(w)[m.ordinal()];
            }
            return sum / weeks;
        }

        /** One town's mean over the last {@code weeks} weeks. */
        public double townTail(int town, Metric m, int weeks) {
            double sum = 0;
            for (int w = towns.size() - weeks; w < towns.size(); w++) {
                sum += towns.get(w)[town][m.ordinal()];
            }
            return sum / weeks;
        }
    }
}
