package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.batch.Seeds;
import picocli.CommandLine;

/** Issue 24: replication-only experiments (no vary) and sweep --set. */
class ReplicationSweepTest {

    @TempDir
    Path tmp;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(tmp.resolve("tiny.yaml"), """
                name: tiny
                steps: 10
                municipalities: {count: 2, size: {dist: constant, mean: 20, min: 2, max: 100}}
                """);
    }

    private Path experiment(String text) throws Exception {
        Path e = tmp.resolve("exp.yaml");
        Files.writeString(e, text);
        return e;
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p);
    }

    @Test
    void aReplicationOnlyExperimentRunsResumesAndMerges() throws Exception {
        for (String vary : new String[] {"", "vary: {}\n"}) {
            Path exp = experiment("name: reps\nscenario: tiny.yaml\nseed: 5\nreplications: 4\n" + vary);
            Path single = tmp.resolve("single" + vary.length());
            assertEquals(0, run("sweep", exp.toString(), "--out", single.toString(), "--threads", "2", "-q"),
                    err.toString());
            assertTrue(err.toString().contains("'reps': 1 design points x 4 replications = 4 runs"), err.toString());
            List<String> runs = Files.readAllLines(single.resolve("runs.csv"));
            assertEquals(5, runs.size(), "a header and 4 runs");
            assertTrue(runs.get(0).startsWith("point,replication,seed,"), runs.get(0));
            for (int k = 0; k < 4; k++) {
                assertTrue(runs.get(k + 1).startsWith("0," + k + "," + Seeds.of(5, 0, k) + ","), runs.get(k + 1));
            }
            List<String> summary = Files.readAllLines(single.resolve("summary.csv"));
            assertEquals("point,metric,measure,n,mean,sd,ci95_low,ci95_high,min,max,cv,collapsed_share",
                    summary.get(0));
            String attendance = summary.stream().filter(l -> l.startsWith("0,attendance_rate,mean,")).findFirst()
                    .orElseThrow();
            String[] c = attendance.split(",", -1);
            assertEquals("4", c[3], attendance);
            double mean = Double.parseDouble(c[4]);
            double sd = Double.parseDouble(c[5]);
            double lo = Double.parseDouble(c[6]);
            double hi = Double.parseDouble(c[7]);
            // t(0.975, 3) = 3.182446
            assertEquals(mean - 3.182446 * sd / 2, lo, 2e-6, "the 95% interval is the t interval");
            assertEquals(mean + 3.182446 * sd / 2, hi, 2e-6, "the 95% interval is the t interval");
            assertTrue(sd > 0, "the replications differ: " + attendance);
            assertTrue(read(single.resolve("design.csv")).startsWith("point,seed_replication_0\n0," + Seeds.of(5, 0, 0)
                    + "\n"));

            Path resumed = tmp.resolve("resumed" + vary.length());
            assertEquals(0, run("sweep", exp.toString(), "--out", resumed.toString(), "--limit", "1", "-q"),
                    err.toString());
            assertFalse(Files.exists(resumed.resolve("summary.csv")), "stopped after one run");
            assertEquals(0, run("sweep", exp.toString(), "--out", resumed.toString(), "--resume", "-q"),
                    err.toString());
            assertEquals(read(single.resolve("runs.csv")), read(resumed.resolve("runs.csv")));
            assertEquals(read(single.resolve("summary.csv")), read(resumed.resolve("summary.csv")));

            Path m = tmp.resolve("m" + vary.length());
            for (int i = 1; i <= 3; i++) {
                assertEquals(0, run("sweep", exp.toString(), "--shard", i + "/3", "--out",
                        m.resolve("shard-" + i + "-of-3").toString(), "-q"), err.toString());
            }
            assertEquals(0, run("merge", m.resolve("shard-1-of-3").toString(), m.resolve("shard-2-of-3").toString(),
                    m.resolve("shard-3-of-3").toString()), err.toString());
            assertEquals(read(single.resolve("runs.csv")), read(m.resolve("runs.csv")));
            assertEquals(read(single.resolve("summary.csv")), read(m.resolve("summary.csv")));
        }
        assertEquals(0, run("chart", tmp.resolve("single0").toString(), "--width", "640", "--height", "360"),
                err.toString());
        String html = read(tmp.resolve("single0/sweep.html"));
        assertTrue(html.contains("<p>A replication-only study varies nothing; the spread across its runs is in the "
                + "table above"), "sweep.html of a replication-only study says where the spread is");
        assertTrue(html.contains("charts/outcome_collapse.png"), "and charts how many replications collapsed");
    }

    @Test
    void noVaryWithOneReplicationIsRefusedWithWhatIsAllowed() throws Exception {
        Path exp = experiment("name: reps\nscenario: tiny.yaml\n");
        assertEquals(2, run("sweep", exp.toString(), "--out", tmp.resolve("x").toString()));
        assertTrue(err.toString().contains("error: " + exp + ": vary: missing; allowed: the parameters to vary (or "
                + "--design FILE.csv), or none with replications: N (N >= 2) for a replication-only study of the base "
                + "scenario"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void sweepSetOverridesTheBaseScenarioAndIsRecorded() throws Exception {
        Path exp = experiment("name: q\nscenario: tiny.yaml\nset:\n  steps: 8\nvary:\n  bylaws.quorum: [0.05, 0.2]\n");
        Path plain = tmp.resolve("plain");
        assertEquals(0, run("sweep", exp.toString(), "--out", plain.toString(), "-q"), err.toString());
        assertFalse(read(plain.resolve("experiment.json")).contains("command_line_set"),
                "a sweep without --set writes what it wrote before");
        Path set = tmp.resolve("set");
        assertEquals(0, run("sweep", exp.toString(), "--out", set.toString(), "-q", "--set",
                "bylaws.decisionRule=consensus", "--set", "steps=6"), err.toString());
        String meta = read(set.resolve("experiment.json"));
        assertTrue(meta.contains("\"command_line_set\" : [ \"bylaws.decisionRule=consensus\", \"steps=6\" ]"), meta);
        assertTrue(meta.contains("\"fixed\" : {\n    \"steps\" : \"6\",\n    \"bylaws.decisionRule\" : \"consensus\"\n  }"),
                meta);
        assertTrue(meta.contains("\"decisionRule\" : \"consensus\""), "the resolved base scenario has the override");
        assertFalse(read(plain.resolve("runs.csv")).equals(read(set.resolve("runs.csv"))));

        assertEquals(2, run("sweep", exp.toString(), "--out", set.toString(), "--resume", "-q"),
                "resuming without the same --set is another experiment");
        assertTrue(err.toString().contains("fingerprint") || err.toString().contains("differ"), err.toString());
        assertEquals(0, run("sweep", exp.toString(), "--out", set.toString(), "--resume", "-q", "--set",
                "bylaws.decisionRule=consensus", "--set", "steps=6"), err.toString());
    }

    @Test
    void sweepSetIsCheckedAsRunSetIs() throws Exception {
        Path exp = experiment("name: q\nscenario: tiny.yaml\nvary:\n  bylaws.quorum: [0.05, 0.2]\n");
        Path dir = tmp.resolve("x");
        assertEquals(2, run("sweep", exp.toString(), "--out", dir.toString(), "--set", "bylaws.quorum=abc"));
        String sweepErr = err.toString();
        assertEquals(2, run("run", tmp.resolve("tiny.yaml").toString(), "--out", dir.toString(), "--set",
                "bylaws.quorum=abc"));
        String runErr = err.toString().lines().findFirst().orElseThrow();
        assertTrue(sweepErr.contains(runErr), "the same message as run's: " + runErr + " in " + sweepErr);

        assertEquals(2, run("sweep", exp.toString(), "--out", dir.toString(), "--set", "bylaws.quorom=0.1"));
        assertTrue(err.toString().contains("error: --set bylaws.quorom=0.1: unknown key 'bylaws.quorom'; did you mean "
                + "'bylaws.quorum'?"), err.toString());
        assertEquals(2, run("sweep", exp.toString(), "--out", dir.toString(), "--set", "bylaws.quorum=0.1"));
        assertTrue(err.toString().contains("error: --set bylaws.quorum=0.1: bylaws.quorum is varied by the experiment ("
                + exp + ":4, vary.bylaws.quorum); allowed: a key that is not varied"), err.toString());
        assertEquals(2, run("sweep", exp.toString(), "--out", dir.toString(), "--set", "seed=4"));
        assertTrue(err.toString().contains("error: --set seed=4: each run's seed is derived from the experiment's 'seed'"
                + " key"), err.toString());
        assertEquals(2, run("sweep", exp.toString(), "--out", dir.toString(), "--set", "nonsense"));
        assertTrue(err.toString().contains("error: --set nonsense: expects key.path=value"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(dir), "nothing was written");
    }
}
