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
 * The bundled {@code confederation-rogue.yaml} (ten years): on a region's shared commons the rogue, which never
 * revises its harvest cap, is accused by a town it harms, the council upholds the complaint on the record, the
 * assemblies adopt a sanction, and from then on the rogue is held to its sustainable share; with complaints knocked
 * out nobody can stop it and the shared stock is exhausted. The same rogue on a commons of its own harms no other
 * town and is never accused, however rich it is.
 */
class SharedCommonsRogueTest {

    private static final int WEEKS = 520;

    @Test
    void aComplaintRestrainsTheRogueAndWithoutComplaintsTheSharedCommonsIsExhausted(@TempDir Path tmp)
            throws Exception {
        Path heard = run(tmp.resolve("heard"), "confederation.complaints=true");
        Path unheard = run(tmp.resolve("unheard"), "confederation.complaints=false");

        List<CSVRecord> votes = records(heard.resolve("votes.csv"));
        assertTrue(votes.stream().anyMatch(v -> v.get("question").equals("sanction") && v.get("subject").equals("rogue")
                && v.get("ruling").equals("upheld") && !v.get("complainant").equals("rogue")
                && v.get("adopted").equals("adopted")), "a harmed town's complaint against the rogue is upheld and adopted");
        int first = -1;
        List<CSVRecord> rogue = rows(heard, "rogue");
        for (int w = 0; w < rogue.size() && first < 0; w++) {
            first = rogue.get(w).get("confederal_sanctions").equals("1") ? w : -1;
        }
        assertTrue(first >= 0, "the rogue is sanctioned");
        for (int w = first + 1; w < rogue.size(); w++) {
            assertTrue(Double.parseDouble(rogue.get(w).get("harvest_cap")) <= 0.5 + 1e-9,
                    "week " + w + ": the rogue, which never mends its own cap, stays held to the sustainable share");
        }
        assertEquals(0, sanctions(unheard), "with complaints knocked out nobody is sanctioned");
        double restrained = stock(heard);
        double exhausted = stock(unheard);
        assertTrue(restrained > 0.4 && exhausted < 0.1, "shared stock after ten years: " + restrained
                + " with complaints against " + exhausted + " without");
        assertEquals(stock(heard), last(rows(heard, "ashby")), 1e-12, "every town of the region reports the one stock");

        Path own = run(tmp.resolve("own"), "economy.commonsScope=municipality");
        assertEquals(0, sanctions(own), "on its own commons the rogue harms no other town");
        assertTrue(records(own.resolve("votes.csv")).stream().noneMatch(v -> v.get("question").equals("sanction")),
                "and being rich it is not accused of anything");
    }

    private static Path run(Path dir, String set) throws Exception {
        Path file = Path.of("scenarios/confederation-rogue.yaml");
        Runs.run(ScenarioLoader.parse(file.toString(), Files.readString(file), List.of(set, "steps=" + WEEKS)),
                dir, file.toString(), List.of());
        return dir;
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static List<CSVRecord> rows(Path dir, String town) throws Exception {
        return records(dir.resolve("municipalities.csv")).stream().filter(x -> x.get("municipality").equals(town))
                .toList();
    }

    private static int sanctions(Path dir) throws Exception {
        int n = 0;
        for (CSVRecord r : records(dir.resolve("municipalities.csv"))) {
            n += (int) Double.parseDouble(r.get("confederal_sanctions"));
        }
        return n;
    }

    private static double last(List<CSVRecord> r) {
        return Double.parseDouble(r.get(r.size() - 1).get("commons_stock"));
    }

    private static double stock(Path dir) throws Exception {
        return last(rows(dir, "rogue"));
    }
}
