package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The logistic commons: regrowth, the maximum sustainable yield, and collapse above it. */
class CommonsTest {

    private static final double R = 0.05;
    private static final double K = 1000;

    private static double run(double stock, double harvest, int weeks) {
        for (int t = 0; t < weeks; t++) {
            stock = Commons.step(stock, harvest, R, K);
        }
        return stock;
    }

    @Test
    void unharvestedCommonsRegrowsToCapacity() {
        assertEquals(K, run(10, 0, 2000), 1e-6, "logistic growth reaches K");
        assertEquals(0, run(0, 0, 100), 0, "an empty commons stays empty");
    }

    @Test
    void regrowthPeaksAtHalfCapacity() {
        double msy = Commons.maximumSustainableYield(R, K);
        assertEquals(msy, Commons.regrowth(K / 2, R, K), 1e-12, "r K / 4 at K / 2");
        assertTrue(Commons.regrowth(K / 3, R, K) < msy, "less below K / 2");
        assertTrue(Commons.regrowth(2 * K / 3, R, K) < msy, "less above K / 2");
    }

    @ParameterizedTest(name = "harvest {0} x MSY from a full commons -> survives {1}")
    @CsvSource({"0.5, true", "0.9, true", "0.99, true", "1.05, false", "1.5, false"})
    void constantHarvestPersistsOnlyUpToTheMaximumSustainableYield(double multiple, boolean survives) {
        double harvest = multiple * Commons.maximumSustainableYield(R, K);
        double end = run(K, harvest, 5000);
        assertEquals(survives, end > 0, "stock after 5000 weeks was " + end);
        if (survives) {
            // Upper root of H = r S (1 - S/K): S = K/2 (1 + sqrt(1 - H / MSY)), for the post-harvest stock.
            double expected = K / 2 * (1 + Math.sqrt(1 - multiple)) + harvest;
            assertEquals(expected, end, 1e-3 * K, "settles on the stable equilibrium");
        }
    }

    @Test
    void harvestCapAtHalfPolicyIsTheMaximumSustainableYield() {
        assertEquals(Commons.maximumSustainableYield(R, K), Commons.cap(0.5, R, K), 1e-12, "0.5 -> r K / 4");
    }

    @Test
    void gordonSchaeferFactorScalesWithTheStock() {
        assertEquals(0.25, Commons.productivityFactor(250, K, 1), 1e-12, "d = 1: proportional to S/K");
        assertEquals(1, Commons.productivityFactor(0, K, 0), 1e-12, "d = 0: independent of the stock");
    }
}
