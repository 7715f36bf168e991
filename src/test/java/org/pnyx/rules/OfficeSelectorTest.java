package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeSelectorTest {

    private final int[] ids = {3, 8, 12, 20};
    private final double[] standing = {0.4, 0.9, 0.9, 0.1};

    @Test
    void electionPicksHighestStandingAndLowestIdOnTies() {
        assertEquals(8, new Election().choose(ids, standing, 4, -1, new MersenneTwisterFast(1)));
    }

    @Test
    void rotationPassesToTheNextIdAndWraps() {
        Rotation r = new Rotation();
        assertEquals(12, r.choose(ids, standing, 4, 8, null));
        assertEquals(3, r.choose(ids, standing, 4, 20, null), "after the highest id it wraps to the lowest");
        assertEquals(3, r.choose(ids, standing, 4, -1, null));
    }

    @Test
    void sortitionDrawsEveryCandidateAndNobodyElse() {
        Set<Integer> drawn = new HashSet<>();
        MersenneTwisterFast rng = new MersenneTwisterFast(3);
        for (int k = 0; k < 200; k++) {
            drawn.add(new Sortition().choose(ids, standing, 4, -1, rng));
        }
        assertEquals(Set.of(3, 8, 12, 20), drawn);
    }

    @Test
    void noCandidatesLeavesTheOfficeVacant() {
        assertEquals(-1, new Election().choose(ids, standing, 0, 5, null));
        assertEquals(-1, new Rotation().choose(ids, standing, 0, 5, null));
        assertEquals(-1, new Sortition().choose(ids, standing, 0, 5, new MersenneTwisterFast(1)));
    }
}
