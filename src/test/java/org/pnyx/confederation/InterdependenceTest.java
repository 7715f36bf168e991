package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

class InterdependenceTest {

    @Test
    void isolatedTownsMakeMissingGoodsAtAutarkyEfficiency() {
        // Three kinds, one per town, autarky at half productivity: (1/3) + (2/3) * 0.5 = 2/3.
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=1",
                "interdependence.autarkyEfficiency=0.5");
        Society society = Fixtures.society(s, new int[] {1, 1, 1}, new double[3]);
        Fixtures.layer(s, society, new ArrayList<>());
        assertEquals(2.0 / 3, society.municipalities().get(0).productivityFactor(), 1e-12, "isolated town");
    }

    @Test
    void aConfederationCoveringAllKindsRemovesThePenalty() {
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=1",
                "confederation.enabled=true", "confederation.regions=1");
        Society society = Fixtures.society(s, new int[] {1, 1, 1}, new double[3]);
        Fixtures.layer(s, society, new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            assertEquals(1, society.municipalities().get(t).productivityFactor(), 1e-12, "town " + t);
        }
    }

    @Test
    void twoRegionsOfOneTownEachStillLackAKind() {
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=3", "interdependence.goodsPerTown=2",
                "interdependence.autarkyEfficiency=0.4", "confederation.enabled=true", "confederation.regions=2");
        Society society = Fixtures.society(s, new int[] {1, 1}, new double[2]);
        Fixtures.layer(s, society, new ArrayList<>());
        assertEquals(2.0 / 3 + 0.4 / 3, society.municipalities().get(0).productivityFactor(), 1e-12,
                "a region of one town making two of three kinds");
    }

    @Test
    void aTownGetsTheKindsItsSelfGoverningConfederatesMake() {
        // Four kinds, two per town: t0 makes {0, 1}, t1 {1, 2}, t2 {2, 3}, t3 {3, 0}. t0 and t2 confederate and
        // have all four kinds; t1 and t3, alone, have two: 1/2 + 1/2 * 0.5 = 0.75, times t3's endowment 2.
        ScenarioConfig s = Fixtures.scenario("interdependence.goods=4", "interdependence.goodsPerTown=2",
                "interdependence.autarkyEfficiency=0.5");
        Society society = Fixtures.society(s, new int[] {1, 1, 1, 1}, new double[4]);
        List<Municipality> towns = society.municipalities();
        towns.get(3).setPlace("r", 2, true);
        Interdependence interdependence = new Interdependence(new ConfederalRules(s.confederation()), towns,
                List.of(new Confederation("r", List.of(towns.get(0), towns.get(2)), 0)));
        interdependence.update();
        double[] expected = {1, 0.75, 1, 1.5};
        for (int t = 0; t < 4; t++) {
            assertEquals(expected[t], towns.get(t).productivityFactor(), 1e-12, "town " + t);
        }
        towns.get(2).setSelfGoverning(false);
        interdependence.update();
        assertEquals(0.75, towns.get(0).productivityFactor(), 1e-12, "a confederate under a state council supplies nothing");
        assertEquals(0.75, towns.get(2).productivityFactor(), 1e-12, "and obtains nothing from its confederates");
    }
}
