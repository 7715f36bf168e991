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

/**
 * The bundled {@code confederation-commons.yaml} (ten years): on a region's shared commons the
 * rogue's 1,500 residents, polled outside any meeting (the plebiscite), block every sanction on it, and the stock
 * runs down further than under the seed's aggregate of the votes cast in the assemblies, where the rogue's big
 * assembly is thinly attended and the small towns' meetings sanction it.
 */
class SharedCommonsRogueTest {

    private static final int WEEKS = 520;

    @Test
    void theAggregateOfMeetingsStopsTheRogueThatThePlebisciteLetsRunTheSharedCommonsDown(@TempDir Path tmp)
            throws Exception {
        Path plebiscite = run(tmp.resolve("plebiscite"), "confederation.rule=plebiscite");
        Path meetings = run(tmp.resolve("meetings"), "confederation.rule=aggregate_citizens");

        assertEquals(0, sanctionsOf(plebiscite, "rogue"), "the rogue's residents block every sanction on it");
        List<String> votes = Files.readAllLines(plebiscite.resolve("votes.csv"));
        assertTrue(votes.stream().anyMatch(v -> v.contains(",sanction,rogue,") && v.endsWith(",rejected")),
                "sanction votes on the rogue are put and rejected");
        assertTrue(sanctionsOf(meetings, "rogue") >= 3, "the votes cast in the meetings sanction the rogue: "
                + sanctionsOf(meetings, "rogue"));

        double blocked = stock(plebiscite);
        double stopped = stock(meetings);
        assertTrue(stopped - blocked > 0.1, "shared commons after ten years: " + stopped
                + " (aggregate of meetings) against " + blocked + " (plebiscite)");
        assertEquals(stock(plebiscite, "rogue"), stock(plebiscite, "ashby"), 1e-12,
                "every town of the region reports the one shared stock");
    }

    private static Path run(Path dir, String rule) throws Exception {
        Path file = Path.of("scenarios/confederation-commons.yaml");
        Runs.run(ScenarioLoader.parse(file.toString(), Files.readString(file), List.of(rule, "steps=" + WEEKS)),
                dir, file.toString(), List.of());
        return dir;
    }

    private static List<CSVRecord> rows(Path dir, String town) throws Exception {
        try (Reader r = Files.newBufferedReader(dir.resolve("municipalities.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).stream()
                    .filter(x -> x.get("municipality").equals(town)).toList();
        }
    }

    private static int sanctionsOf(Path dir, String town) throws Exception {
        int n = 0;
        for (CSVRecord r : rows(dir, town)) {
            n += (int) Double.parseDouble(r.get("confederal_sanctions"));
        }
        return n;
    }

    private static double stock(Path dir, String town) throws Exception {
        List<CSVRecord> r = rows(dir, town);
        return Double.parseDouble(r.get(r.size() - 1).get("commons_stock"));
    }

    private static double stock(Path dir) throws Exception {
        return stock(dir, "rogue");
    }
}
