package org.pnyx.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibertyTest {

    @Test
    void handWorkedCitizenInASelfGoverningTownWithExitOpen() {
        // Won 60% of decisions, 20% imposed against them, may leave: (0.6 + 0.8 + 1) / 3 = 0.8.
        assertEquals(0.8, Liberty.index(0.6, 0.2, true, true), 1e-12, "liberty of a free citizen");
    }

    @Test
    void closingExitCostsAThird() {
        assertEquals((0.6 + 0.8) / 3, Liberty.index(0.6, 0.2, true, false), 1e-12, "exit closed");
    }

    @Test
    void underAStateCouncilWithExitClosedLibertyIsZero() {
        // A state council decides: no choice prevails, every decision is imposed; nowhere to go.
        assertEquals(0, Liberty.index(0.9, 0.0, false, false), 1e-12, "state-socialist town");
        assertEquals(1.0 / 3, Liberty.index(0.9, 0.0, false, true), 1e-12, "state council but exit open");
        assertEquals(1, Liberty.imposed(0.0, false), 1e-12, "all imposed under a state council");
    }
}
