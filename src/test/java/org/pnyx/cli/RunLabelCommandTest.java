package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 24: a run with overrides gets its own folder, named by what changed, and compare names both runs. */
class RunLabelCommandTest {

    private StringWriter out;
    private StringWriter err;
    @TempDir
    Path tmp;
    private Path scenario;
    private Path results;

    @BeforeEach
    void tiny() throws IOException {
        scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, "name: tiny\nseed: 3\nsteps: 40\nmunicipalities: {count: 2, size: {dist: constant, "
                + "mean: 40}}\n");
        results = tmp.resolve("results");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** Every file under a folder with its bytes, by relative path. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    @Test
    void aSetRunNeverTouchesTheBaseRunsFolder() throws Exception {
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--charts"), err.toString());
        Path base = results.resolve("tiny/seed-3");
        Map<String, String> before = snapshot(base);
        assertTrue(before.containsKey("report.html"), before.keySet().toString());
        assertFalse(Files.readString(base.resolve("manifest.json")).contains("\"label\""),
                "a plain run's manifest has no label");

        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--set",
                "bylaws.decisionRule=consensus"), err.toString());
        Path labelled = results.resolve("tiny/decisionRule-consensus/seed-3");
        assertTrue(out.toString().contains("Outputs in " + labelled + "/:"), out.toString());
        assertEquals(before, snapshot(base), "the base run's files are unchanged, byte for byte, and no file was added");
        String manifest = Files.readString(labelled.resolve("manifest.json"));
        assertTrue(manifest.contains("\"overrides\" : [ \"bylaws.decisionRule=consensus\" ],\n  \"label\" : \"decisionRule-consensus\",\n"),
                manifest);
        try (Stream<Path> s = Files.list(results.resolve("tiny"))) {
            assertEquals(java.util.List.of("decisionRule-consensus", "seed-3"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no other folder beside them");
        }
    }

    @Test
    void aRelabelledRunLeavesNoStaleFilesOfTheEarlierRun() throws Exception {
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--set",
                "bylaws.quorum=0.2", "--charts"), err.toString());
        Path dir = results.resolve("tiny/quorum-0.2/seed-3");
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h1>Pnyx run: tiny with Quorum = 0.2</h1>"), "the report's title names the override");
        assertTrue(Files.readString(dir.resolve("charts/participation.svg")).contains("Scenario: tiny with Quorum = 0.2 · "
                + "seed 3"), "the charts' subtitle names the override in plain words");
        assertTrue(html.contains("label quorum-0.2 · seed 3"), "the report's meta line gives the label");
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--set",
                "bylaws.quorum=0.2"), err.toString());
        assertFalse(Files.exists(dir.resolve("report.html")), "the earlier run's report is gone with its folder");
        assertFalse(Files.exists(dir.resolve("charts")), "and so are its charts");
        try (Stream<Path> s = Files.list(dir.getParent())) {
            assertEquals(java.util.List.of("seed-3"), s.map(p -> p.getFileName().toString()).toList(),
                    "no staging or old folder left");
        }
    }

    @Test
    void aGivenLabelNamesTheFolderAndTheSeedAloneKeepsThePlainFolder() throws Exception {
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--set",
                "bylaws.quorum=0.2", "--label", "high-quorum", "-q"), err.toString());
        assertEquals(results.resolve("tiny/high-quorum/seed-3").toString(), out.toString().trim());
        assertTrue(Files.readString(results.resolve("tiny/high-quorum/seed-3/manifest.json"))
                .contains("\"label\" : \"high-quorum\""));
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "--seed", "9", "-q"));
        assertEquals(results.resolve("tiny/seed-9").toString(), out.toString().trim(), "a seed is no change of scenario");
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "-q", "--intervene",
                "20:m01:bylaws.decisionRule=consensus"), err.toString());
        assertEquals(results.resolve("tiny/w20-m01-decisionRule-consensus/seed-3").toString(), out.toString().trim());
    }

    @Test
    void aBadLabelIsRefusedWithWhatIsAllowed() {
        for (String bad : new String[] {"../up", "seed-3", "a b", ""}) {
            assertEquals(2, run("run", scenario.toString(), "--results", results.toString(), "--label", bad), bad);
            String e = err.toString();
            assertTrue(e.startsWith("error: --label: value '"), e);
            assertTrue(e.contains("allowed: 1 to 100 letters, digits, '.', '_' or '-', not '.' or '..', not starting "
                    + "with 'seed-'"), e);
            assertTrue(e.contains("nothing was run."), e);
            assertFalse(e.contains("Exception"), e);
        }
        assertFalse(Files.exists(results), "nothing was written");
    }

    @Test
    void compareShowsBothRunsByTheirLabelsAndOverrides() throws Exception {
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "-q"));
        assertEquals(0, run("run", scenario.toString(), "--results", results.toString(), "-q", "--set",
                "bylaws.decisionRule=consensus"));
        Path cmp = tmp.resolve("cmp");
        Path base = results.resolve("tiny/seed-3");
        Path other = results.resolve("tiny/decisionRule-consensus/seed-3");
        assertEquals(0, run("compare", base.toString(), other.toString(), "--out", cmp.toString(), "--width", "640",
                "--height", "360"), err.toString());
        String html = Files.readString(cmp.resolve("compare.html"));
        assertTrue(html.contains("<h1>tiny versus tiny · decisionRule-consensus</h1>"), "both labels in the title");
        assertTrue(html.contains("<th>tiny</th><th>tiny · decisionRule-consensus</th>"), "both labels head the table");
        assertTrue(html.contains("<tr><td>Overrides</td><td>none</td><td>Decision rule = consensus</td></tr>"),
                "the table shows each run's overrides");
        assertTrue(Files.readString(cmp.resolve("compare.csv")).contains("\ntiny · decisionRule-consensus,tiny,3,"),
                "compare.csv names the run by its label");

        assertEquals(0, run("compare", "--label", "majority=" + base, "--label", "consensus=" + other, "--out",
                cmp.toString(), "--width", "640", "--height", "360"), err.toString());
        html = Files.readString(cmp.resolve("compare.html"));
        assertTrue(html.contains("<h1>majority versus consensus</h1>"), "given names replace the derived ones");
        assertTrue(html.contains("<th>majority</th><th>consensus</th>"), html.substring(0, 400));
        String svg = Files.readString(cmp.resolve("compare_attendance_rate.svg"));
        assertTrue(svg.contains("majority") && svg.contains("consensus"), "the legend names both runs");

        assertEquals(0, run("compare", other.toString(), "--label", "plain=" + base, "--out", cmp.toString(),
                "--width", "640", "--height", "360"), err.toString());
        assertTrue(Files.readString(cmp.resolve("compare.html")).contains("<h1>tiny · decisionRule-consensus versus "
                + "plain</h1>"), "runs keep their command-line order");
    }

    @Test
    void compareRefusesABadLabelOrTooFewRuns() {
        assertEquals(2, run("compare", "--label", "nodir", "x"));
        assertTrue(err.toString().contains("--label nodir: expects NAME=DIR"), err.toString());
        assertEquals(2, run("compare", "--label", "a=x"));
        assertTrue(err.toString().contains("error: compare needs two or more run folders (RESULT_DIR or --label NAME=DIR), "
                + "but got 1"), err.toString());
    }
}
