package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.ScenarioConfig;

class ConfederatedRunIsReproducibleTest {

    private static final String YAML = """
            name: repro
            seed: 9
            steps: 40
            municipalities:
              count: 6
              size: {dist: lognormal, mean: 40, sd: 30, min: 5, max: 200}
              endowment: {dist: uniform, mean: 1, min: 0.5, max: 1.5}
            confederation: {enabled: true, regions: 2, communeOfCommunes: true, voteInterval: 4,
                            rule: one_municipality_one_vote}
            interdependence: {goods: 3, goodsPerTown: 1}
            migration: {enabled: true, rate: 0.5, tolerance: 0.2}
            """;

    @Test
    void sameSeedGivesByteIdenticalFilesIncludingVotes(@TempDir Path dir) throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("repro", YAML, List.of());
        Runs.run(s, dir.resolve("a"), "repro", List.of());
        Runs.run(s, dir.resolve("b"), "repro", List.of());
        for (String f : List.of("timeseries.csv", "municipalities.csv", "votes.csv", "lorenz.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f + " differs between two runs of one seed");
        }
        List<String> votes = Files.readAllLines(dir.resolve("a").resolve("votes.csv"));
        assertTrue(votes.size() > 10, "votes were written: " + votes.size());
        assertTrue(votes.stream().anyMatch(l -> l.contains(",commune,")), "the Commune of communes voted");
    }

    @Test
    void regionAndEndowmentAreReadFromTheList() throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("t", """
                name: t
                municipalities:
                  list:
                    - {name: a, population: 10, region: north, endowment: 2}
                    - {name: b, population: 10, region: south, exitAllowed: false}
                """, List.of());
        assertTrue(s.municipalities().get(0).region().equals("north") && s.municipalities().get(0).endowment() == 2,
                "region and endowment of a");
        assertTrue(!s.municipalities().get(1).exitAllowed(), "exit closed for b");
    }

    @Test
    void unknownMunicipalityKeyNamesTheNearest() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("f.yaml", """
                        name: t
                        municipalities:
                          list:
                            - {name: a, population: 10, regoin: north}
                        """, List.of()));
        assertTrue(e.getMessage().contains("f.yaml:4") && e.getMessage().contains("did you mean 'region'"),
                e.getMessage());
    }
}
