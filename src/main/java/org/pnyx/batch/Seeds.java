package org.pnyx.batch;

/**
 * Derives each run's seed from the experiment's base seed, the design point index and the
 * replication index, with SplitMix64's finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable
 * pseudorandom number generators"). Never from the clock: the same experiment gives the same seeds
 * on every machine, whatever the thread count, shard or order of completion.
 *
 * <pre>
 *   seed = mix(mix(mix(base) + point * G) + replication * G) &amp; 0x7fffffffffffffff
 *   G    = 0x9e3779b97f4a7c15 (the golden-ratio increment of SplitMix64)
 * </pre>
 *
 * {@code mix} is a bijection of 64-bit words, so different (point, replication) pairs collide only
 * by chance at the final 63-bit truncation (probability about runs&sup2; / 2<sup>64</sup>).
 */
public final class Seeds {

    /** The golden-ratio increment of SplitMix64. */
    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Seeds() {
    }

    /**
     * The seed of one run, in [0, 2<sup>63</sup>).
     *
     * @param base        the experiment's base seed
     * @param point       0-based design point index
     * @param replication 0-based replication index
     */
    public static long of(long base, long point, long replication) {
        long z = mix(mix(base) + point * GOLDEN);
        return mix(z + replication * GOLDEN) & Long.MAX_VALUE;
    }

    /** A seed for drawing a sampled design, apart from every run seed's stream. */
    static long forDesign(long base) {
        return mix(mix(base) ^ 0x5DEECE66DL) & Long.MAX_VALUE;
    }

    /** SplitMix64's finaliser (Stafford's variant 13): a bijection that spreads every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
