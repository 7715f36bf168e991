package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.Runs;

/** Same scenario and seed: byte-identical outputs, with mixed regimes, sanctions and imitation on. */
class DeterminismTest {

    private static final String MIXED = """
            name: mixed
            seed: 11
            steps: 60
            municipalities:
              list:
                - {name: commune, population: 80}
                - {name: market, population: 60, regime: capitalist}
                - {name: union, population: 40, regime: syndicalist}
            economy:
              automation: 0.5
            bylaws:
              monitoring: 0.3
            """;

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path tmp) throws Exception {
        ScenarioConfig s = Fixtures.scenario(MIXED);
        Runs.run(s, tmp.resolve("one"), "mixed.yaml", List.of());
        Runs.run(s, tmp.resolve("two"), "mixed.yaml", List.of());
        for (String f : List.of("timeseries.csv", "municipalities.csv", "lorenz.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("two").resolve(f)), f + " differs between identical runs");
        }
        String manifest = Files.readString(tmp.resolve("one").resolve("manifest.json"));
        assertTrue(manifest.contains("\"regime\" : \"municipalized\""), "manifest names the regime");
        assertTrue(manifest.contains("\"market\" : \"capitalist\""), "and each municipality's");
        String header = Files.readAllLines(tmp.resolve("one").resolve("timeseries.csv")).get(0);
        for (String column : List.of("output_per_capita", "need_satisfaction", "shortfall_share", "gini_income",
                "gini_consumption", "free_rider_share", "mean_effort", "sanctions", "commons_stock",
                "hours_worked", "free_time", "collapsed")) {
            assertTrue(header.contains(column), "timeseries.csv has " + column);
        }
    }
}
