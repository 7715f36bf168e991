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
 * The bundled {@code confederation-commons.yaml}, shortened to three years: on a region's shared commons
 * the rogue's citizen majority blocks every sanction under the aggregate-citizen rule and the stock runs
 * down further than under one town one vote, where the small towns sanction it.
 */
class SharedCommonsRogueTest {

    private static final int WEEKS = 156;

    @Test
    void oneTownOneVoteStopsTheRogueThatTheAggregateRuleLetsRunTheSharedCommonsDown(@TempDir Path tmp)
            throws Exception {
        Path aggregate = run(tmp.resolve("aggregate"), "confederation.rule=aggregate_citizens");
        Path towns = run(tmp.resolve("towns"), "confederation.rule=one_municipality_one_vote");

        assertEquals(0, sanctionsOf(aggregate, "rogue"), "the rogue's majority blocks every sanction on it");
        List<String> votes = Files.readAllLines(aggregate.resolve("votes.csv"));
        assertTrue(votes.stream().anyMatch(v -> v.contains(",sanction,rogue,") && v.endsWith(",rejected")),
                "sanction votes on the rogue are put and rejected");
        assertTrue(sanctionsOf(towns, "rogue") >= 4, "the small towns sanction the rogue: "
                + sanctionsOf(towns, "rogue"));

        double blocked = stock(aggregate);
        double stopped = stock(towns);
        assertTrue(stopped - blocked > 0.04, "shared commons after three years: " + stopped
                + " (one town one vote) against " + blocked + " (aggregate)");
        assertEquals(stock(aggregate, "rogue"), stock(aggregate, "ashby"), 1e-12,
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
