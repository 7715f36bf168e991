package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.metrics.Metric;

/** Private exchange: the random split conserves wealth and spreads it toward an exponential distribution. */
class ExchangeTest {

    private static String yaml(String exchange) {
        return """
                name: t
                seed: 5
                steps: 200
                municipalities:
                  list:
                    - {name: a, population: 400}
                citizens:
                  wealth: {dist: constant, mean: 10, min: 0, max: 1000000}
                economy:
                  regime: syndicalist
                  productivity: 0
                  consumption: false
                  imitationRate: 0
                  exchange: %s
                bylaws:
                  monitoring: 0
                """.formatted(exchange);
    }

    @Test
    void randomSplitConservesWealthAndReachesTheExponentialGini() {
        List<double[]> rows = Fixtures.rows(Fixtures.scenario(yaml("random_split")));
        for (double[] week : rows) {
            assertEquals(10, week[Metric.MEAN_WEALTH.ordinal()], 1e-9, "pairs only move wealth between them");
        }
        double gini = rows.get(rows.size() - 1)[Metric.GINI_WEALTH.ordinal()];
        // Dragulescu & Yakovenko (2000): exponential wealth, whose Gini is 1/2; 400 citizens sample it.
        assertEquals(0.5, gini, 0.05, "Gini of the exponential distribution");
    }

    @Test
    void noExchangeLeavesEqualWealthEqual() {
        List<double[]> rows = Fixtures.rows(Fixtures.scenario(yaml("none")));
        assertEquals(0, rows.get(rows.size() - 1)[Metric.GINI_WEALTH.ordinal()], 1e-12, "nobody trades");
        assertTrue(rows.get(rows.size() - 1)[Metric.MEAN_WEALTH.ordinal()] == 10, "and nobody consumes");
    }
}
