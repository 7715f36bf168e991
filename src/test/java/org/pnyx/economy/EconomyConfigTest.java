package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pnyx.config.Regime;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;

/** Economy settings: checks, per-municipality regimes, and the package's boundaries. */
class EconomyConfigTest {

    @Test
    void capitalistRegimeRejectsDistributionByNeed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.economy(
                Map.of("economy.regime", "capitalist", "economy.distribution", "need")));
        assertTrue(e.getMessage().startsWith("distribution must be one the capitalist regime permits"), e.getMessage());
    }

    @Test
    void badSharesAreRejectedWithFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.economy(
                Map.of("economy.conditionalShare", 0.8, "economy.freeRiderShare", 0.4)));
        assertTrue(e.getMessage().contains("conditionalShare + freeRiderShare + humpShare must be in [0, 1], but was 1.2"),
                e.getMessage());
    }

    @Test
    void wageAdjustmentOutsideTheUnitIntervalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.economy(
                Map.of("economy.wageAdjustment", 1.5)));
        assertTrue(e.getMessage().contains("wageAdjustment must be in [0, 1], but was 1.5"), e.getMessage());
    }

    @Test
    void municipalityListMayOverrideTheRegime() throws ScenarioException {
        ScenarioConfig s = ScenarioLoader.parse("t", """
                name: t
                seed: 1
                steps: 2
                municipalities:
                  list:
                    - {name: a, population: 10}
                    - {name: b, population: 10, regime: capitalist}
                """, List.of());
        assertEquals(Regime.MUNICIPALIZED, s.municipalities().get(0).economy().regime(), "scenario default");
        assertEquals(Regime.CAPITALIST, s.municipalities().get(1).economy().regime(), "override");
    }

    @Test
    void unknownRegimeNamesTheLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t", """
                name: t
                municipalities:
                  list:
                    - {name: a, population: 10, regime: anarchist}
                """, List.of()));
        assertTrue(e.getMessage().contains("t:4: municipalities.list[0].regime"), e.getMessage());
    }
}
