package org.pnyx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandsTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path experiment;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(tmp.resolve("tiny.yaml"), """
                name: tiny
                steps: 10
                municipalities: {count: 2, size: {dist: constant, mean: 20, min: 2, max: 100}}
                """);
        experiment = tmp.resolve("exp.yaml");
        Files.writeString(experiment, """
                name: cli
                scenario: tiny.yaml
                replications: 2
                vary:
                  bylaws.quorum: [0.05, 0.2]
                """);
    }

    private int run(String... args) {
        CommandLine cl = Pnyx.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void sweepThenShardsAndMergeFromTheCommandLine() throws Exception {
        Path single = tmp.resolve("single");
        assertEquals(0, run("sweep", experiment.toString(), "--out", single.toString(), "--threads", "2", "--quiet"),
                err.toString());
        assertTrue(out.toString().contains("Done: 4 runs"), out.toString());
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, run("sweep", experiment.toString(), "--shard", i + "/2", "--out",
                    tmp.resolve("m/shard-" + i + "-of-2").toString(), "-q"), err.toString());
        }
        assertEquals(0, run("merge", tmp.resolve("m/shard-1-of-2").toString(), tmp.resolve("m/shard-2-of-2").toString()),
                err.toString());
        assertEquals(Files.readString(single.resolve("summary.csv")), Files.readString(tmp.resolve("m/summary.csv")),
                "merged summary equals the single sweep's");
    }

    @Test
    void badExperimentExitsWithTwoAndAnErrorLineWithoutStackTrace() throws Exception {
        Files.writeString(experiment, "scenario: tiny.yaml\nvary:\n  bylaws.quorum: [2]\n");
        assertEquals(2, run("sweep", experiment.toString(), "--out", tmp.resolve("x").toString()));
        String text = err.toString();
        assertTrue(text.contains("error: " + experiment + ":3: vary.bylaws.quorum: value '2' is not allowed"), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), "no stack trace:\n" + text);
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written");
    }

    @Test
    void badShardAndNonSweepFolderExitWithTwo() {
        assertEquals(2, run("sweep", experiment.toString(), "--shard", "3/2"));
        assertTrue(err.toString().contains("error: shard must be i/n"), err.toString());
        assertEquals(2, run("merge", tmp.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("not a sweep folder"), err.toString());
    }

    @Test
    void slurmWritesAJobArrayScriptTakingTheShardFromTheArrayTaskId() throws Exception {
        Path jar = tmp.resolve("pnyx.jar");
        assertEquals(0, run("slurm", experiment.toString(), "--shards", "3", "--out", tmp.resolve("r").toString(),
                "--jar", jar.toString(), "--threads", "2", "--time", "01:00:00"), err.toString());
        String script = Files.readString(tmp.resolve("r/slurm/sweep.sbatch"));
        assertTrue(script.contains("#SBATCH --array=1-3"), script);
        assertTrue(script.contains("#SBATCH --cpus-per-task=2"), script);
        assertTrue(script.contains("#SBATCH --time=01:00:00"), script);
        assertTrue(script.contains("shard=${SLURM_ARRAY_TASK_ID"), script);
        assertTrue(script.contains("--shard \"$shard/3\""), script);
        assertTrue(script.contains("'" + jar + "' sweep '" + experiment + "'"), script);
        String merge = Files.readString(tmp.resolve("r/slurm/merge.sbatch"));
        assertTrue(merge.contains(" merge '" + tmp.resolve("r/shard-1-of-3") + "'"), merge);
        Process p = new ProcessBuilder("bash", "-n", tmp.resolve("r/slurm/sweep.sbatch").toString())
                .redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), "the script is valid bash: " + new String(p.getInputStream().readAllBytes()));
    }
}
