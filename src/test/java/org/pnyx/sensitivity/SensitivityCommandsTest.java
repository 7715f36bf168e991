package org.pnyx.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.cli.Pnyx;
import picocli.CommandLine;

/** The three steps from the command line: sample, sweep --design, analyze; and an imported CSV. */
class SensitivityCommandsTest {

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void scenario() throws Exception {
        Files.writeString(tmp.resolve("tiny.yaml"), """
                name: tiny
                steps: 12
                municipalities: {count: 2, size: {dist: constant, mean: 20, min: 2, max: 100}}
                economy: {humpShare: 0}
                """);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path experiment(String design, String vary) throws Exception {
        Path f = tmp.resolve("sa.yaml");
        Files.writeString(f, "name: sa\nscenario: tiny.yaml\nseed: 5\n"
                + "record: {metrics: [attendance_rate, free_rider_share]}\n"
                + "design: " + design + "\nvary:\n" + vary);
        return f;
    }

    @Test
    void morrisSampleSweepAnalyzeEndToEnd() throws Exception {
        Path exp = experiment("{method: morris, trajectories: 3, levels: 4}", """
                  economy.freeRiderShare: {min: 0.1, max: 0.5}
                  bylaws:
                    quorum: {min: 0.02, max: 0.2}
                """);
        Path design = tmp.resolve("design.csv");
        assertEquals(0, run("sensitivity", "sample", exp.toString(), "--out", design.toString()), err.toString());
        assertTrue(out.toString().contains("morris: 3 trajectories over 4 levels, 2 parameters, 9 rows"), out.toString());
        List<String> lines = Files.readAllLines(design).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("economy.freeRiderShare,bylaws.quorum", lines.get(0), "header");
        assertEquals(10, lines.size(), "header and 9 rows");
        assertTrue(Files.readString(design).contains("# economy.freeRiderShare in [0.1, 0.5]"), "ranges recorded");

        Path sweep = tmp.resolve("sweep");
        assertEquals(0, run("sweep", exp.toString(), "--design", design.toString(), "--out", sweep.toString(), "-q",
                "--threads", "2"), err.toString());
        assertEquals(0, run("sensitivity", "analyze", sweep.toString(), "--experiment", exp.toString(), "--html"),
                err.toString());
        Path csv = sweep.resolve("sensitivity/sensitivity.csv");
        List<String> rows = Files.readAllLines(csv);
        assertEquals("metric,parameter,index,value,ci_low,ci_high,n", rows.get(0), "tidy header");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("free_rider_share_mean,economy.freeRiderShare,mu_star,")),
                String.join("\n", rows));
        assertTrue(rows.stream().allMatch(r -> r.equals(rows.get(0)) || r.endsWith(",3")), "n = 3 trajectories");
        assertTrue(Files.isRegularFile(sweep.resolve("sensitivity/charts/morris-free_rider_share_mean.png")),
                "mu*-sigma chart");
        assertTrue(Files.readString(sweep.resolve("sensitivity/sensitivity.html")).contains("data:image/png;base64,"),
                "self-contained page");
        // The share of free riders follows its parameter one for one: mu* is the range, 0.4, in every trajectory.
        String fr = rows.stream().filter(r -> r.startsWith("free_rider_share_mean,economy.freeRiderShare,mu_star,"))
                .findFirst().orElseThrow();
        double muStar = Double.parseDouble(fr.split(",")[3]);
        assertEquals(0.4, muStar, 0.1, "free riders' mu* near the range of their share: " + fr);

        byte[] first = Files.readAllBytes(csv);
        assertEquals(0, run("sensitivity", "analyze", sweep.toString(), "--experiment", exp.toString()), err.toString());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(csv)), "the same analysis twice is byte-identical");
    }

    @Test
    void sobolOnAnImportedCsvOfALinearModel() throws Exception {
        Path exp = experiment("{method: sobol, samples: 256}", """
                  bylaws.quorum: {min: 0, max: 1}
                  bylaws.monitoring: {min: 0, max: 1}
                """);
        Path design = tmp.resolve("d.csv");
        Files.writeString(tmp.resolve("tiny.yaml"), "name: tiny\n");
        assertEquals(0, run("sensitivity", "sample", exp.toString(), "--out", design.toString()), err.toString());
        // Another program ran the design: y = 3 quorum + monitoring, so S1 = ST = 0.9 and 0.1.
        StringBuilder b = new StringBuilder("bylaws.quorum,bylaws.monitoring,y\n");
        for (String line : Files.readAllLines(design)) {
            if (line.startsWith("#") || line.startsWith("bylaws")) {
                continue;
            }
            String[] v = line.split(",");
            double y = 3 * Double.parseDouble(v[0]) + Double.parseDouble(v[1]);
            b.append(line).append(',').append(String.format(Locale.ROOT, "%.6f", y)).append('\n');
        }
        Path data = tmp.resolve("outside.csv");
        Files.writeString(data, b.toString());
        assertEquals(0, run("sensitivity", "analyze", data.toString(), "--experiment", exp.toString()), err.toString());
        List<String> rows = Files.readAllLines(tmp.resolve("outside-sensitivity/sensitivity.csv"));
        assertEquals(5, rows.size(), "header, S1 and ST of two parameters: " + rows);
        double s1 = Double.parseDouble(rows.get(1).split(",")[3]);
        double st = Double.parseDouble(rows.get(4).split(",")[3]);
        assertTrue(rows.get(1).startsWith("y,bylaws.quorum,S1,"), rows.get(1));
        assertEquals(0.9, s1, 0.03, "S1 of quorum");
        assertEquals(0.1, st, 0.03, "ST of monitoring");
        assertTrue(Files.isRegularFile(tmp.resolve("outside-sensitivity/charts/sobol-y.png")), "bars of S1 and ST");
    }

    @Test
    void aRangeOutsideTheDeclarationIsAnErrorNamingFileLineKeyValueAndRange() throws Exception {
        Path exp = experiment("{method: morris, trajectories: 4}", """
                  bylaws.monitoring: {min: 0, max: 1.5}
                  bylaws.decisionRule: {min: 0, max: 1}
                """);
        assertEquals(2, run("sensitivity", "sample", exp.toString(), "--out", tmp.resolve("x.csv").toString()));
        String e = err.toString();
        assertTrue(e.contains(exp + ":7: vary.bylaws.monitoring.max: value '1.5' is not allowed; allowed: a number in "
                + "[0, 1]"), e);
        assertTrue(e.contains(exp + ":8: vary.bylaws.decisionRule: only numeric parameters can be varied"), e);
        assertTrue(e.contains("2 problems; no design was written."), e);
        assertFalse(e.contains("Exception"), "no stack trace: " + e);
        assertFalse(Files.exists(tmp.resolve("x.csv")), "nothing written");
    }

    @Test
    void badDesignSettingsAndASweepWithoutTheSampleAreExplained() throws Exception {
        Path exp = experiment("{method: morris, trajectories: 1, levels: 5, samples: 8}", """
                  bylaws.monitoring: {min: 0, max: 1}
                """);
        assertEquals(2, run("sensitivity", "sample", exp.toString()));
        String e = err.toString();
        assertTrue(e.contains("design.samples: not a setting of method morris; allowed: method, trajectories, levels"), e);
        assertTrue(e.contains("design.trajectories: value '1' is not allowed; allowed: a whole number in [2, 100000]"), e);
        assertTrue(e.contains("design.levels: value '5' is not allowed; allowed: an even whole number"), e);

        Path ok = experiment("{method: sobol, samples: 8}", "  bylaws.monitoring: {min: 0, max: 1}\n");
        assertEquals(2, run("sweep", ok.toString(), "--out", tmp.resolve("s").toString()));
        assertTrue(err.toString().contains("design: method sobol is sampled by 'pnyx sensitivity sample"), err.toString());
    }

    @Test
    void anUnfinishedSweepOrAMissingColumnIsNamed() throws Exception {
        Path exp = experiment("{method: sobol, samples: 4}", "  bylaws.monitoring: {min: 0, max: 1}\n");
        Path data = tmp.resolve("short.csv");
        Files.writeString(data, "bylaws.monitoring,y\n0.5,1\n");
        assertEquals(2, run("sensitivity", "analyze", data.toString(), "--experiment", exp.toString()));
        assertTrue(err.toString().contains(data + ": has 1 rows, but the design of " + exp), err.toString());
        Files.writeString(data, "bylaws.quorum,y\n0.5,1\n");
        assertEquals(2, run("sensitivity", "analyze", data.toString(), "--experiment", exp.toString()));
        assertTrue(err.toString().contains(data + ":1: no column for bylaws.monitoring"), err.toString());
        assertEquals(2, run("sensitivity", "analyze", data.toString()));
        assertTrue(err.toString().contains("a CSV file needs --experiment FILE"), err.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"collapse-morris, 120", "collapse-sobol, 448"})
    void bundledExperimentsSampleAndLoadForTheSweep(String name, int rows) throws Exception {
        Path design = tmp.resolve(name + ".csv");
        assertEquals(0, run("sensitivity", "sample", "scenarios/experiments/" + name + ".yaml", "--out",
                design.toString()), err.toString());
        long data = Files.readAllLines(design).stream().filter(l -> !l.startsWith("#")).count() - 1;
        assertEquals(rows, data, "design rows of " + name);
    }
}
