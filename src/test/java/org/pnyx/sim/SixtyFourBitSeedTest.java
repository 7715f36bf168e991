package org.pnyx.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.Seeding;
import org.pnyx.io.ScenarioLoader;

/** Seeds are used whole: two seeds that differ only above the low 32 bits give different runs. */
class SixtyFourBitSeedTest {

    private static List<double[]> run(long seed) throws Exception {
        List<double[]> rows = new ArrayList<>();
        Simulation.run(ScenarioLoader.parse("s", "name: s\nsteps: 20\nmunicipalities: {count: 2, size: "
                + "{dist: constant, mean: 80}}\n", List.of("seed=" + seed)), (w, overall, perTown) -> rows.add(overall.clone()));
        return rows;
    }

    private static boolean same(List<double[]> a, List<double[]> b) {
        for (int w = 0; w < a.size(); w++) {
            if (!Arrays.equals(a.get(w), b.get(w))) {
                return false;
            }
        }
        return a.size() == b.size();
    }

    @Test
    void seedsDifferingOnlyInTheirHighBitsGiveDifferentRuns() throws Exception {
        List<double[]> low = run(1);
        assertFalse(same(low, run(4_294_967_297L)), "seed 1 and seed 2^32 + 1 gave the same run");
        assertFalse(same(low, run(1L << 40 | 1)), "seed 1 and seed 2^40 + 1 gave the same run");
        assertEquals(true, same(low, run(1)), "the same seed gives the same run");
    }

    @Test
    void theGeneratorReadsBothWordsOfTheSeed() {
        double a = Seeding.generator(7).nextDouble();
        double b = Seeding.generator(7L | 1L << 32).nextDouble();
        double c = Seeding.generator(7).nextDouble();
        assertEquals(a, c);
        assertFalse(a == b, "the high word changes the stream");
    }
}
