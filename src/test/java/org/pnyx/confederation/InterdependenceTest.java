package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;

class InterdependenceTest {

    @Test
    void isolatedTownsMakeMissingGoodsAtAutarkyEfficiency() {
        // Three kinds, one per town, autarky at half productivity: (1/3) + (2/3) * 0.5 = 2/3.
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=1",
                "interdependence.autarkyEfficiency=0.5");
        Society society = Fixtures.society(s, new int[] {1, 1, 1}, new double[3]);
        Fixtures.phase(s, society, new ArrayList<>());
        assertEquals(2.0 / 3, society.municipalities().get(0).productivityFactor(), 1e-12, "isolated town");
    }

    @Test
    void aConfederationCoveringAllKindsRemovesThePenalty() {
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=1",
                "confederation.enabled=true", "confederation.regions=1");
        Society society = Fixtures.society(s, new int[] {1, 1, 1}, new double[3]);
        Fixtures.phase(s, society, new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            assertEquals(1, society.municipalities().get(t).productivityFactor(), 1e-12, "town " + t);
        }
    }

    @Test
    void twoRegionsOfOneTownEachStillLackAKind() {
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=2",
                "interdependence.autarkyEfficiency=0.4", "confederation.enabled=true", "confederation.regions=2");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Fixtures.phase(s, society, new ArrayList<>());
        assertEquals(2.0 / 3 + 0.4 / 3, society.municipalities().get(0).productivityFactor(), 1e-12,
                "a region of one town making two of three kinds");
    }
}
