package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.sim.Simulation;

class MigrationConservesPopulationTest {

    @Test
    void insertAndRemoveKeepMembersAscending() {
        ScenarioConfig s = load();
        Municipality m = new Municipality(0, "a", s.bylaws(), s.economy(), 0, new double[] {0.2, 0.5, 1, 1});
        for (int id : new int[] {2, 5, 9}) {
            m.addMember(id);
        }
        m.insertMember(7);
        m.insertMember(0);
        m.removeMember(5);
        int[] expected = {0, 2, 7, 9};
        assertEquals(expected.length, m.population(), "population after one in, one in, one out");
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], m.member(k), "member " + k);
        }
        assertThrows(IllegalArgumentException.class, () -> m.insertMember(7), "no duplicate members");
        assertThrows(IllegalArgumentException.class, () -> m.removeMember(5), "cannot remove a non-member");
    }

    private static ScenarioConfig load() {
        try {
            return ScenarioLoader.parse("test", """
                    name: mig
                    seed: 5
                    steps: 60
                    municipalities:
                      list:
                        - {name: poor, population: 40, endowment: 0.5}
                        - {name: mid, population: 30}
                        - {name: rich, population: 20, endowment: 2}
                        - {name: closed, population: 25, endowment: 0.5, exitAllowed: false}
                    migration: {enabled: true, rate: 1, tolerance: 0, cap: 0.2, cost: 1}
                    """, List.of());
        } catch (org.pnyx.io.ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Test
    void migrationConservesPopulationAndKeepsTownsConsistent() {
        ScenarioConfig s = load();
        int[] moves = {0};
        RunObserver check = (week, overall, perTown) -> {
            assertEquals(115, overall[Metric.POPULATION.ordinal()], 0, "population conserved in week " + week);
            moves[0] += (int) overall[Metric.MIGRATIONS.ordinal()];
            assertEquals(0, perTown[3][Metric.MIGRATIONS.ordinal()], 0, "nobody leaves a town with exit closed");
        };
        Society society = Simulation.run(s, check).society();
        assertTrue(moves[0] > 0, "some citizens moved");
        int counted = 0;
        for (Municipality m : society.municipalities()) {
            for (int k = 0; k < m.population(); k++) {
                assertEquals(m.index(), society.citizens().home(m.member(k)), "home matches membership");
                if (k > 0) {
                    assertTrue(m.member(k - 1) < m.member(k), "members ascending in " + m.name());
                }
            }
            counted += m.population();
        }
        assertEquals(115, counted, "every citizen in exactly one town");
        for (int id = 90; id < 115; id++) {
            assertEquals(3, society.citizens().home(id), "citizen " + id + " of the closed town is still there");
        }
    }
}
