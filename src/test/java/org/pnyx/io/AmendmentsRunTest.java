package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.Bylaw;
import org.pnyx.config.ScenarioConfig;

/** Assemblies that amend their bylaws, and decisions that count only where they take effect, in whole runs. */
class AmendmentsRunTest {

    /** A quorum above the share of citizens who come: meetings fail quorum until one is quorate. */
    private static final String TROUBLE = """
            name: trouble
            seed: 5
            steps: 156
            municipalities:
              count: 3
              size: {dist: constant, mean: 200}
            bylaws: {quorum: 0.25, amendmentsPerMeeting: 1}
            """;

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).getRecords());
        }
    }

    private static Path run(Path dir, String yaml, String... sets) throws Exception {
        ScenarioConfig s = ScenarioLoader.parse("t.yaml", yaml, List.of(sets));
        Runs.run(s, dir, "t.yaml", List.of(sets));
        return dir;
    }

    @Test
    void everyAdoptedAmendmentIsTheBylawInForceAndNeededItsMajority(@TempDir Path tmp) throws Exception {
        Path dir = run(tmp.resolve("a"), TROUBLE);
        List<CSVRecord> amendments = read(dir.resolve("amendments.csv"));
        Map<String, CSVRecord> towns = new HashMap<>();
        for (CSVRecord r : read(dir.resolve("municipalities.csv"))) {
            towns.put(r.get("step") + "/" + r.get("municipality"), r);
        }
        int adopted = 0;
        boolean quorumLowered = false;
        for (CSVRecord a : amendments) {
            int yes = Integer.parseInt(a.get("votes_for"));
            int no = Integer.parseInt(a.get("votes_against"));
            Bylaw b = java.util.Arrays.stream(Bylaw.values()).filter(x -> x.key().equals(a.get("bylaw"))).findFirst()
                    .orElseThrow();
            CSVRecord week = towns.get(a.get("step") + "/" + a.get("municipality"));
            if (Boolean.parseBoolean(a.get("adopted"))) {
                adopted++;
                assertTrue(yes > 0 && yes >= 0.6667 * (yes + no) - 1e-9, "adopted with two thirds: " + a);
                assertEquals(a.get("new_value"), week.get(b.column()), "the adopted value is in force that week: " + a);
                quorumLowered |= b == Bylaw.QUORUM && a.get("reason").equals("inquorate")
                        && Double.parseDouble(a.get("new_value")) < Double.parseDouble(a.get("old_value"));
            } else {
                assertTrue(yes < 0.6667 * (yes + no) - 1e-9, "rejected for want of two thirds: " + a);
            }
        }
        assertTrue(adopted > 0, "some amendment is adopted");
        assertTrue(quorumLowered, "citizens who came to inquorate meetings lower the quorum");
    }

    @Test
    void withoutAmendmentsTheCharterStaysAndNothingBeforeTheFirstAmendmentDiffers(@TempDir Path tmp)
            throws Exception {
        Path on = run(tmp.resolve("on"), TROUBLE);
        Path off = run(tmp.resolve("off"), TROUBLE, "bylaws.amendmentsPerMeeting=0");
        assertEquals(List.of(String.join(",", RunWriter.AMENDMENT_COLUMNS)),
                Files.readAllLines(off.resolve("amendments.csv")));
        for (CSVRecord r : read(off.resolve("municipalities.csv"))) {
            assertEquals("0.25", r.get("bylaw_quorum"));
        }
        int first = Integer.parseInt(read(on.resolve("amendments.csv")).stream().filter(a -> a.get("adopted")
                .equals("true")).findFirst().orElseThrow().get("step"));
        List<String> a = Files.readAllLines(on.resolve("timeseries.csv"));
        List<String> b = Files.readAllLines(off.resolve("timeseries.csv"));
        int amendmentsColumn = List.of(a.get(0).split(",")).indexOf("amendments");
        for (int w = 0; w < first; w++) {
            List<String> x = new ArrayList<>(List.of(a.get(w + 1).split(",")));
            List<String> y = new ArrayList<>(List.of(b.get(w + 1).split(",")));
            x.remove(amendmentsColumn);
            y.remove(amendmentsColumn);
            assertEquals(y, x, "week " + w + ", before the first adopted amendment: amendments draw no random number");
        }
        assertFalse(a.get(first + 1).equals(b.get(first + 1)), "the amendment's week differs");
    }

    @Test
    void aPlannedTownsAssemblyPutsNoMotionAndItsEfficacyStays(@TempDir Path tmp) throws Exception {
        String planned = """
                name: planned
                seed: 3
                steps: 52
                municipalities:
                  list:
                    - {name: council, population: 150, regime: state_socialist}
                    - {name: assembly, population: 150}
                """;
        Path dir = run(tmp.resolve("p"), planned);
        boolean assemblyDecides = false;
        for (CSVRecord r : read(dir.resolve("municipalities.csv"))) {
            if (r.get("municipality").equals("council")) {
                assertEquals("0", r.get("proposals"), "the plan decides: no motion in week " + r.get("step"));
                assertEquals(0.5, Double.parseDouble(r.get("mean_efficacy")), 1e-6, "no decision counts");
            } else {
                assemblyDecides |= !r.get("proposals").equals("0");
            }
        }
        assertTrue(assemblyDecides);
        Path old = run(tmp.resolve("q"), planned, "attendance.efficacyFromEffect=false");
        assertTrue(read(old.resolve("municipalities.csv")).stream().anyMatch(r -> r.get("municipality")
                .equals("council") && !r.get("proposals").equals("0")), "knocked out, the council's assembly votes");
    }
}
