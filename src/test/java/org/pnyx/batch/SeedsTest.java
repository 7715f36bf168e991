package org.pnyx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void seedDependsOnlyOnBasePointAndReplication() {
        assertEquals(Seeds.of(42, 3, 1), Seeds.of(42, 3, 1));
        assertEquals(5562778673635127646L, Seeds.of(42, 0, 0),
                "pinned: a change here would change the seeds of every sweep already published");
        assertEquals(Seeds.mix(0x9e3779b97f4a7c15L), 0xe220a8397b1dcdafL, "SplitMix64's first output from seed 0");
    }

    @Test
    void seedsAreDistinctAcrossPointsAndReplicationsAndNonNegative() {
        Set<Long> seen = new HashSet<>();
        for (int p = 0; p < 400; p++) {
            for (int r = 0; r < 50; r++) {
                long s = Seeds.of(7, p, r);
                assertTrue(s >= 0, "seed must be a valid scenario seed");
                assertTrue(seen.add(s), "seed of point " + p + " replication " + r + " repeats an earlier one");
            }
        }
    }

    @Test
    void pointAndReplicationAreNotInterchangeable() {
        assertNotEquals(Seeds.of(7, 1, 2), Seeds.of(7, 2, 1));
        assertNotEquals(Seeds.of(7, 0, 1), Seeds.of(8, 0, 1));
    }

    @Test
    void experimentDerivesRunSeedsFromPointAndReplication() throws Exception {
        Experiment e = new Experiment("x", java.nio.file.Path.of("x.yaml"), java.nio.file.Path.of("s.yaml"), "",
                java.util.Map.of(), java.util.List.of("bylaws.quorum"),
                java.util.List.of(java.util.List.of("0.1"), java.util.List.of("0.2")), "full_factorial", 3, 5, false,
                false, java.util.List.of("attendance_rate"));
        assertEquals(6, e.runs());
        Experiment.Run r = e.run(4);
        assertEquals(1, r.point());
        assertEquals(1, r.replication());
        assertEquals(Seeds.of(5, 1, 1), r.seed());
        assertEquals("seed=" + Seeds.of(5, 1, 1), e.overrides(r).get(e.overrides(r).size() - 1));
        Experiment common = new Experiment("x", e.file(), e.scenarioFile(), "", e.fixed(), e.parameters(), e.points(),
                e.design(), 3, 5, true, false, e.metrics());
        assertEquals(common.run(1).seed(), common.run(4).seed(), "common random numbers: same seed per replication");
    }
}
