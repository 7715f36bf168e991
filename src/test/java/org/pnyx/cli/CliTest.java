package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import picocli.CommandLine;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void validateReportsProblemsWithoutStackTraceAndExitsTwo(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "name: bad\nbylaws:\n  quorum: 1.5\n  decisionRul: majority\n");
        assertEquals(2, run("validate", f.toString()));
        String e = err.toString();
        assertTrue(e.contains(f + ":3: bylaws.quorum: value '1.5' is not allowed; allowed: a number in [0, 1]"), e);
        assertTrue(e.contains(f + ":4: unknown key 'bylaws.decisionRul'; did you mean 'bylaws.decisionRule'?"), e);
        assertTrue(e.contains("2 problems; nothing was run."), e);
        assertFalse(e.contains("Exception"), "no stack trace: " + e);
    }

    @Test
    void validateAcceptsTheBaseline() {
        assertEquals(0, run("validate", "scenarios/baseline.yaml"));
        assertTrue(out.toString().startsWith("ok: scenarios/baseline.yaml: scenario 'baseline', seed 42, 520 weeks"),
                out.toString());
    }

    @Test
    void describeListsEveryParameterWithDefaultAndMeaning() {
        assertEquals(0, run("describe"));
        String text = out.toString();
        for (ParameterSpec p : Parameters.catalog().all()) {
            assertTrue(text.contains(p.path()), "missing " + p.path());
            assertTrue(text.contains(p.meaning()), "missing meaning of " + p.path());
        }
        assertTrue(text.contains("attendance_rate"), "output columns listed");
    }

    @Test
    void runWritesOutputsAndPrintsAReadableSummary(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, "name: tiny\nseed: 3\nsteps: 30\nmunicipalities: {count: 2, size: {dist: constant, "
                + "mean: 40}}\n");
        Path dir = tmp.resolve("out");
        assertEquals(0, run("run", f.toString(), "--out", dir.toString(), "--set", "bylaws.quorum=0.01"));
        String text = out.toString();
        assertTrue(text.contains("Simulated 30 weeks (0.6 years) of 2 municipalities, 80 citizens"), text);
        assertTrue(text.contains("Assembly attendance"), text);
        assertTrue(text.contains("Outputs in " + dir), text);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"bylaws.quorum=0.01\""));
    }

    @Test
    void runWithInvalidSetExitsTwoAndWritesNothing(@TempDir Path tmp) {
        Path dir = tmp.resolve("out");
        assertEquals(2, run("run", "scenarios/baseline.yaml", "--out", dir.toString(), "--set", "bylaws.quorum=abc"));
        assertTrue(err.toString().contains("--set bylaws.quorum=abc: bylaws.quorum: value 'abc' is not allowed"),
                err.toString());
        assertFalse(Files.exists(dir));
    }

    @Test
    void runWithChartsDrawsChartsAndReportFromRealOutputs(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, "name: tiny\nseed: 3\nsteps: 60\nmunicipalities: {count: 3, size: {dist: constant, "
                + "mean: 40}}\n");
        Path dir = tmp.resolve("out");
        assertEquals(0, run("run", f.toString(), "--out", dir.toString(), "--charts"));
        for (String chart : new String[] {"participation", "participation_by_municipality", "inequality", "lorenz",
            "stability"}) {
            assertTrue(Files.size(dir.resolve("charts/" + chart + ".png")) > 10_000, chart + ".png");
            assertTrue(Files.readString(dir.resolve("charts/" + chart + ".svg")).contains("<svg"), chart + ".svg");
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "images embedded");
        assertFalse(html.contains("src=\"http"), "no network resources");
        assertEquals(2, run("chart", tmp.toString()), "a folder that is neither a run nor a sweep is refused");
        assertTrue(err.toString().contains("neither a run folder (no timeseries.csv) nor a sweep folder"),
                err.toString());
    }
}
