package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Influence won and lost by movers, and its relaxation toward 1, worked by hand. */
class InfluenceTest {

    @Test
    void moversGainOrLoseAndEveryoneRelaxesTowardOne() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5});
        Influence influence = new Influence(0.5, 0.1);
        f.citizens.influence[1] = 0.3f;
        influence.carried(f.citizens, 0);
        influence.failed(f.citizens, 1);
        assertEquals(1.5, f.citizens.influence(0), 1e-6, "1 + 0.5");
        assertEquals(Influence.MIN, f.citizens.influence(1), 1e-6, "0.3 - 0.5, floored at 0.1");
        influence.relax(f.meeting);
        assertEquals(1.45, f.citizens.influence(0), 1e-6, "1 + 0.5(0.9)");
        assertEquals(0.19, f.citizens.influence(1), 1e-6, "1 - 0.9(0.9)");
        assertEquals(1.0, f.citizens.influence(2), 1e-6, "neutral influence stays neutral");
    }
}
