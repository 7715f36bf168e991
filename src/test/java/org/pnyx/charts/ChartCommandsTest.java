package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.cli.ChartCommand;
import org.pnyx.cli.CompareCommand;
import org.pnyx.cli.ReportCommand;
import picocli.CommandLine;

class ChartCommandsTest {

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void chartOnMissingFolderSaysSoWithoutStackTraceAndExitsTwo() {
        Path missing = tmp.resolve("no-such-run");
        Result r = run(new ChartCommand(), missing.toString());
        assertEquals(2, r.code(), "exit code");
        assertEquals("error: " + missing + ": no such folder", r.err().strip());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void chartOnAFolderThatIsNeitherRunNorSweepSaysWhatEachWouldHoldAndExitsTwo() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(dir.resolve("summary.csv"), "point,metric\n");
        Result r = run(new ChartCommand(), dir.toString());
        assertEquals(2, r.code(), "exit code");
        assertEquals("error: " + dir + ": neither a run folder (no timeseries.csv) nor a sweep folder "
                + "(no summary.csv and runs.csv)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("charts")), "nothing written");
    }

    @Test
    void chartOnASweepFolderWritesItsChartsAndPage() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2").metrics("attendance_rate")
                .writeTo(tmp.resolve("sweep"));
        Result r = run(new ChartCommand(), dir.toString(), "--width", "640", "--height", "360");
        assertEquals(0, r.code(), r.err());
        ChartAssertions.assertSize(dir.resolve("charts/response_attendance_rate.png"), 640, 360);
        assertTrue(Files.isRegularFile(dir.resolve("sweep.html")));
        assertTrue(r.out().contains("sweep.html"), r.out());
        Result bad = run(new ChartCommand(), dir.toString(), "--metric", "nothing");
        assertEquals(2, bad.code(), "unrecorded metric");
        assertTrue(bad.err().startsWith("error: --metric nothing: not recorded"), bad.err());
    }

    @Test
    void metricOptionOnARunFolderIsRejected() throws Exception {
        Path dir = RunFixture.run().steps(10).writeTo(tmp.resolve("run"));
        Result r = run(new ChartCommand(), dir.toString(), "--metric", "attendance_rate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--metric applies to sweep folders only"), r.err());
    }

    @Test
    void reportAndCompareRejectFoldersWithoutTimeSeries() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result report = run(new ReportCommand(), empty.toString());
        assertEquals(2, report.code());
        assertTrue(report.err().startsWith("error: " + empty + ": no timeseries.csv"), report.err());
        Path good = RunFixture.run().steps(10).writeTo(tmp.resolve("good"));
        Result compare = run(new CompareCommand(), good.toString(), empty.toString(), "--out",
                tmp.resolve("cmp").toString());
        assertEquals(2, compare.code());
        assertTrue(compare.err().contains(empty + ": no timeseries.csv"), compare.err());
        assertFalse(Files.exists(tmp.resolve("cmp")), "nothing written when an input is bad");
    }

    @Test
    void chartWritesChartsOfTheGivenSize() throws Exception {
        Path dir = RunFixture.run().steps(20).writeTo(tmp.resolve("run"));
        Result r = run(new ChartCommand(), dir.toString(), "--width", "800", "--height", "450");
        assertEquals(0, r.code(), r.err());
        ChartAssertions.assertSize(dir.resolve("charts/participation.png"), 800, 450);
        assertTrue(r.out().contains("chart files"), r.out());
    }

    @Test
    void chartRejectsATinyWidthWithTheAllowedRange() throws Exception {
        Path dir = RunFixture.run().steps(20).writeTo(tmp.resolve("run"));
        Result r = run(new ChartCommand(), dir.toString(), "--width", "10");
        assertEquals(2, r.code());
        assertEquals("error: width must be in [320, 8000], but was 10", r.err().strip());
    }

    @Test
    void reportAndCompareWriteTheirPages() throws Exception {
        Path a = RunFixture.run().scenario("consensus").steps(20).writeTo(tmp.resolve("a"));
        Path b = RunFixture.run().scenario("majority").steps(20).writeTo(tmp.resolve("b"));
        assertEquals(0, run(new ReportCommand(), a.toString(), "--width", "640", "--height", "360").code());
        assertTrue(Files.isRegularFile(a.resolve("report.html")));
        Path out = tmp.resolve("out");
        Result r = run(new CompareCommand(), a.toString(), b.toString(), "--out", out.toString(), "--width", "640",
                "--height", "360");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("compare.html")));
        assertTrue(Files.isRegularFile(out.resolve("compare_attendance_rate.svg")));
    }

    @Test
    void compareDefaultsToResultsCompare() {
        CommandLine cl = new CommandLine(new CompareCommand());
        CommandLine.ParseResult p = cl.parseArgs("x", "y");
        assertEquals(Path.of("results/compare"), p.matchedOptionValue("--out", Path.of("results/compare")));
        assertEquals("results/compare", cl.getCommandSpec().findOption("--out").defaultValue());
    }

    @Test
    void compareNeedsAtLeastTwoRuns() {
        // Counted after parsing, since runs come as plain folders and as --label NAME=DIR alike (issue 24).
        CommandLine cl = new CommandLine(new CompareCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        assertEquals(2, cl.execute("x"));
        assertTrue(err.toString().contains("compare needs two or more run folders"), err.toString());
    }
}
