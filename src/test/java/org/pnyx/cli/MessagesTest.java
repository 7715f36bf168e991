package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Issue 12, item 6 and 5: every bad input gets a message that names what is wrong and what is allowed, exit 2. */
class MessagesTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String TINY = "name: tiny\nseed: 3\nsteps: 2\nmunicipalities:\n  count: 1\n"
            + "  size: {dist: constant, mean: 5}\nmetrics: {finalWindow: 1}\n";

    private int pnyx(String... args) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private String error() {
        String e = err.toString();
        assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace: " + e);
        return e;
    }

    @Test
    void aFileThatIsNotUtf8SaysWhereTheFirstBadByteIs() throws Exception {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "name: x\nsteps: 2\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, pnyx("validate", f.toString()));
        assertTrue(error().contains(f + ": is not UTF-8 text: the byte 0xE9 at line 3, column 6 (byte offset 22) is "
                + "not valid UTF-8; allowed: a scenario file saved as UTF-8 text"), error());
    }

    @Test
    void aFolderGivenAsTheScenarioIsNamedAsAFolder() {
        assertEquals(2, pnyx("validate", tmp.toString()));
        assertTrue(error().startsWith("error: " + tmp + ": is a folder, not a scenario file"), error());
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = tmp.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        Assumptions.assumeTrue(made, "mkfifo is not available");
        assertEquals(2, pnyx("validate", fifo.toString()));
        assertTrue(error().contains(fifo + ": is not a regular file (a pipe, device or socket); allowed: a scenario "
                + "file saved on disk"), error());
    }

    @Test
    void aCommentOnlyScenarioSaysWhatIsTrue() throws Exception {
        Path f = tmp.resolve("c.yaml");
        Files.writeString(f, "# nothing yet\n\n");
        assertEquals(2, pnyx("validate", f.toString()));
        assertTrue(error().contains(f + ": the file holds no keys (it is empty or only comments); write at least "
                + "'name: ...' (it names the output folder; every key left out takes its default, see 'pnyx "
                + "describe')"), error());
        Path named = tmp.resolve("n.yaml");
        Files.writeString(named, "name: only\n");
        assertEquals(0, pnyx("validate", named.toString()), "a name alone is a valid scenario, as the message says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "/dev/full", "/dev/null", ""})
    void outPointingAtAFileADeviceOrNothingIsRefusedBeforeTheRun(String target) throws Exception {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, TINY);
        String o = target.equals("file") ? Files.writeString(tmp.resolve("a-file"), "x").toString() : target;
        Assumptions.assumeTrue(o.isEmpty() || Files.exists(Path.of(o)), o + " exists here");
        assertEquals(2, pnyx("run", f.toString(), "--out", o));
        String expected = o.isEmpty() ? "error: --out: the output folder is empty text; allowed: a folder path"
                : "error: " + o + ": exists and is not a folder (" + (target.equals("file") ? "it is a file"
                : "it is a device, pipe or socket") + "); allowed: a new folder, or the folder of an earlier run";
        assertEquals(expected + "\nnothing was run.", error().strip());
        assertEquals("", out.toString(), "no banner: nothing ran");
    }

    @Test
    void sweepAndMergeRefuseAnEmptyOrFileOut() throws Exception {
        Files.writeString(tmp.resolve("t.yaml"), TINY);
        Path e = tmp.resolve("e.yaml");
        Files.writeString(e, "scenario: t.yaml\nvary: {bylaws.quorum: [0.1]}\n");
        assertEquals(2, pnyx("sweep", e.toString(), "--out", ""));
        assertTrue(error().contains("error: --out: the output folder is empty text; allowed: a folder path"), error());
        err.getBuffer().setLength(0);
        assertEquals(2, pnyx("sweep", e.toString(), "--out", "/dev/null"));
        assertTrue(error().contains("error: /dev/null: exists and is not a folder; allowed: a new folder, or the folder "
                + "of a sweep to resume"), error());
        err.getBuffer().setLength(0);
        assertEquals(2, pnyx("merge", tmp.toString(), "--out", ""));
        assertTrue(error().contains("error: --out : is empty text; allowed: a folder path"), error());
    }

    @Test
    void aDuplicateKeyInAnExperimentIsRejectedAsInScenarios() throws Exception {
        Files.writeString(tmp.resolve("t.yaml"), TINY);
        Path e = tmp.resolve("e.yaml");
        Files.writeString(e, "scenario: t.yaml\nreplications: 2\nvary: {bylaws.quorum: [0.1]}\nreplications: 3\n");
        assertEquals(2, pnyx("sweep", e.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(error().contains(e + ":4: replications: key given twice (first on line 2); allowed: each key once"),
                error());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void aDesignCsvWithAByteOrderMarkIsAccepted() throws Exception {
        Files.writeString(tmp.resolve("t.yaml"), TINY);
        Path csv = tmp.resolve("d.csv");
        Files.write(csv, ("\uFEFFbylaws.quorum\n0.1\n0.2\n").getBytes(StandardCharsets.UTF_8));
        Path e = tmp.resolve("e.yaml");
        Files.writeString(e, "scenario: t.yaml\ndesign: {file: d.csv}\n");
        assertEquals(0, pnyx("sweep", e.toString(), "--out", tmp.resolve("o").toString(), "-q"), error());
        assertTrue(Files.readString(tmp.resolve("o/runs.csv")).startsWith("point,replication,seed,bylaws.quorum,"));
    }

    @Test
    void aScenarioTooBigForTheHeapIsRefusedWithTheEstimateAndXmxAdvice() throws Exception {
        Path f = tmp.resolve("big.yaml");
        Files.writeString(f, "name: big\nsteps: 1\nmunicipalities:\n  count: 10000\n"
                + "  size: {dist: constant, mean: 1000000, max: 10000000}\n");
        assertEquals(2, pnyx("run", f.toString(), "--out", tmp.resolve("o").toString()));
        String e = error();
        assertTrue(e.startsWith("error: scenario 'big' needs about "), e);
        assertTrue(e.contains("(10,000,000,000 citizens x 160 bytes), but Java may use at most "), e);
        assertTrue(e.contains("; give Java more with -Xmx, e.g. java -Xmx"), e);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void aRunTooBigForTheDiskIsRefusedAndOneAboveAGigabyteWarns() throws Exception {
        org.pnyx.io.RunBudget.OverBudgetException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.pnyx.io.RunBudget.OverBudgetException.class,
                () -> RunBudgetAccess.checkDisk(tmp, 3L << 30, 1L << 30));
        assertEquals("this run would write about 3.0 GB, but only 1.0 GB are free in " + tmp + "; free some space, "
                + "choose another --out, or run fewer weeks", e.getMessage());
        assertEquals("warning: this run will write about 1.5 GB (100 GB free)",
                RunBudgetAccess.checkDisk(tmp, 3L << 29, 100L << 30));
        assertEquals(null, RunBudgetAccess.checkDisk(tmp, 1L << 20, 100L << 30));
    }

    @Test
    void theOutputEstimateGrowsWithWeeksAndTowns() throws Exception {
        var s = org.pnyx.io.ScenarioLoader.parse("t.yaml", TINY, List.of("steps=10000000"));
        long bytes = org.pnyx.io.RunBudget.output(s);
        assertTrue(bytes > 10_000_000L * 40 * 8 * 2, "two files of 10M rows of 40+ columns: " + bytes);
    }

    @Test
    void readersRefuseDamagedTimeSeriesNamingFileLineAndColumn() throws Exception {
        Path f = tmp.resolve("t.yaml");
        Files.writeString(f, TINY);
        Path run = tmp.resolve("run");
        assertEquals(0, pnyx("run", f.toString(), "--out", run.toString(), "-q"));
        Path ts = run.resolve("timeseries.csv");
        String good = Files.readString(ts);
        String[] lines = good.split("\n");
        String header = lines[0];
        record Case(String content, String message) {
        }
        List<Case> cases = List.of(
                new Case(good.substring(0, good.length() - 5), ts + ":3: the last line has no line break: the file "
                        + "is cut off (an interrupted write?)"),
                new Case("", ts + ": is empty; expected a Pnyx time series (timeseries.csv) with a header line and "
                        + "one row per line"),
                new Case(header + "\n", ts + ": has a header but no rows; expected a Pnyx time series "
                        + "(timeseries.csv)"),
                new Case("name,age\nann,3\n", ts + ":1: column 1 is 'name', expected 'step': not a Pnyx time series "
                        + "(timeseries.csv)"),
                new Case(header.replace(",attendance_rate", ",attendance") + "\n" + lines[1] + "\n" + lines[2] + "\n",
                        ts + ":1: no column 'attendance_rate'; a Pnyx time series (timeseries.csv) has it"),
                new Case(header + "\n" + lines[1] + "\n" + lines[2].replaceFirst(",[^,]*,", ",lots,") + "\n",
                        ts + ":3: column 2 (population): value 'lots' is not a number; allowed: a number or NaN"),
                new Case(header + "\n" + lines[1] + "\n", ts + ": has 1 weeks, but manifest.json says the run had 2 "
                        + "(the file is cut off, or belongs to another run)"));
        for (Case c : cases) {
            Files.writeString(ts, c.content());
            for (String verb : List.of("chart", "report")) {
                err.getBuffer().setLength(0);
                assertEquals(2, pnyx(verb, run.toString()), verb + " on " + c.message());
                assertEquals("error: " + c.message(), error().strip(), verb);
            }
            err.getBuffer().setLength(0);
            assertEquals(2, pnyx("compare", run.toString(), run.toString(), "--out", tmp.resolve("cmp").toString()));
            assertTrue(error().contains(c.message()), error());
        }
        assertFalse(Files.exists(run.resolve("report.html")), "no report from damaged files");
    }

    @Test
    void resumeRefusesAnEditedRowOfRunsCsv() throws Exception {
        Files.writeString(tmp.resolve("t.yaml"), TINY);
        Path e = tmp.resolve("e.yaml");
        Files.writeString(e, "scenario: t.yaml\nvary: {bylaws.quorum: [0.1, 0.2]}\n");
        Path o = tmp.resolve("o");
        assertEquals(0, pnyx("sweep", e.toString(), "--out", o.toString(), "-q"));
        Path runs = o.resolve("runs.csv");
        List<String> rows = Files.readAllLines(runs);
        String edited = rows.get(2).replaceFirst("^(([^,]*,){5})[^,]*", "$1twelve");
        Files.writeString(runs, rows.get(0) + "\n" + rows.get(1) + "\n" + edited + "\n");
        assertEquals(2, pnyx("sweep", e.toString(), "--out", o.toString(), "-q", "--resume"));
        assertTrue(error().contains(runs + ":3: column 6 (population_mean): value 'twelve' is not a number; allowed: "
                + "a number or NaN"), error());
    }

    @Test
    void resumeAndMergeRefuseACutOffExperimentRecord() throws Exception {
        Files.writeString(tmp.resolve("t.yaml"), TINY);
        Path e = tmp.resolve("e.yaml");
        Files.writeString(e, "scenario: t.yaml\nvary: {bylaws.quorum: [0.1]}\n");
        Path o = tmp.resolve("o");
        assertEquals(0, pnyx("sweep", e.toString(), "--out", o.toString(), "-q"));
        Path meta = o.resolve("experiment.json");
        Files.writeString(meta, Files.readString(meta).substring(0, 40));
        String expected = meta + ": not an experiment record written by 'pnyx sweep' (not valid JSON, or no "
                + "fingerprint); the file is cut off or damaged";
        assertEquals(2, pnyx("sweep", e.toString(), "--out", o.toString(), "-q", "--resume"));
        assertTrue(error().contains(expected), error());
        err.getBuffer().setLength(0);
        assertEquals(2, pnyx("merge", o.toString(), "--out", tmp.resolve("m").toString()));
        assertTrue(error().contains(expected), error());
    }

    @Test
    void anInternalFaultExitsOneAndHidesTheStackTraceUnlessAskedFor() throws Exception {
        CommandLine cl = Pnyx.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.getExecutionExceptionHandler().handleExecutionException(new IllegalStateException("boom"), cl,
                null);
        assertEquals(1, code);
        assertEquals("error: internal fault: IllegalStateException: boom\n(set PNYX_DEBUG=1 to see the stack trace)",
                err.toString().strip().replace("\r", ""));
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        assertEquals("a\\u001b[31mb", Pnyx.clean("a\u001b[31mb"));
    }
}
