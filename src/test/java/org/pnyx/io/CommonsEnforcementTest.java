package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.model.Ledger;

/** A town harvesting beyond the commons' sustainable yield is held to it when the confederation sanctions it. */
class CommonsEnforcementTest {

    // Opinions keep their draw (interests.pull 0): a rogue whose own assembly followed its citizens' interests
    // would soon vote itself a sustainable cap (issue 15), and the test is of the confederation's enforcement.
    private static final String ROGUE = """
            name: rogue-commons
            seed: 42
            steps: 312
            municipalities:
              list:
                - {name: rogue, population: 600, endowment: 2.0}
                - {name: a, population: 100}
                - {name: b, population: 100}
                - {name: c, population: 100}
            economy: {resourceIntensity: 0.2, commonsScope: region}
            confederation: {enabled: true, share: 0.0, voteInterval: 13}
            interests: {pull: 0.0}
            """;

    @Test
    void overHarvestIsTheHarvestBeyondTheMaximumSustainableYield() {
        Ledger l = new Ledger();
        l.setCapacity(100);
        l.setHarvest(0.75);
        assertEquals(0.5, l.overHarvest(0.02), 1e-12, "MSY = rK/4 = 0.5; 0.75 is 50% beyond it");
        l.setHarvest(0.4);
        assertEquals(0, l.overHarvest(0.02), 0, "within the sustainable yield there is no harm");
    }

    @Test
    void sanctionedOverHarvesterIsHeldToTheSustainableCap(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("t");
        Runs.run(ScenarioLoader.parse("rogue.yaml", ROGUE, List.of("confederation.rule=one_municipality_one_vote")),
                dir, "rogue.yaml", List.of());
        List<CSVRecord> rogue;
        try (Reader r = Files.newBufferedReader(dir.resolve("municipalities.csv"))) {
            rogue = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).stream()
                    .filter(x -> x.get("municipality").equals("rogue")).toList();
        }
        int sanctions = 0;
        for (int w = 0; w < rogue.size(); w++) {
            if (!rogue.get(w).get("confederal_sanctions").equals("1")) {
                continue;
            }
            sanctions++;
            // The sanction holds until the next vote week, 13 weeks on, where it runs out after that week's
            // economy: the cap in force at the end of every week in between is the sustainable one. (The next
            // question is put then and counted a vote interval later, so the cap is not renewed at once.)
            for (int k = w + 1; k <= Math.min(w + 12, rogue.size() - 1); k++) {
                double cap = Double.parseDouble(rogue.get(k).get("harvest_cap"));
                assertTrue(cap <= 0.5 + 1e-9, "week " + k + " after the sanction of week " + w + ": cap in force "
                        + cap + " above the sustainable 0.5");
            }
        }
        assertTrue(sanctions >= 2, "the small towns' majority sanctions the over-harvester: " + sanctions);
        List<String> votes = Files.readAllLines(dir.resolve("votes.csv"));
        assertTrue(votes.stream().anyMatch(v -> v.contains(",sanction,rogue,")), "a sanction vote names the rogue");
    }
}
