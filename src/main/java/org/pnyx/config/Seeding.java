package org.pnyx.config;

import ec.util.MersenneTwisterFast;

/**
 * The one way Pnyx seeds a generator: MASON's {@code MersenneTwisterFast} from all 64 bits of a seed,
 * through its {@code int[]} seeding. Its {@code long} constructor keeps only the low 32 bits, so seeds
 * that differ only above them would give the same run, and derived sweep seeds would collide far more
 * often than 64-bit seeds should.
 */
public final class Seeding {

    private Seeding() {
    }

    /** A generator seeded from every bit of {@code seed}: the high word first, then the low word. */
    public static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) (seed >>> 32), (int) seed});
    }
}
