package org.pnyx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    private static final List<String> FILES = List.of(Sweep.RUNS, Sweep.SUMMARY, Sweep.DESIGN, Sweep.EXPERIMENT);

    @TempDir
    Path tmp;

    private static final Sweep.Listener QUIET = new Sweep.Listener() { };

    private Sweep.Result sweep(Experiment e, Path out, int threads) throws Exception {
        return Sweep.run(e, Sweep.Options.of(out, threads), QUIET);
    }

    private static void assertSameFiles(Path expected, Path actual, List<String> files) throws Exception {
        for (String f : files) {
            assertEquals(Fixtures.read(expected.resolve(f)), Fixtures.read(actual.resolve(f)), f + " differs");
        }
    }

    @Test
    void oneThreadAndTwoThreadsWriteIdenticalFiles() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Sweep.Result one = sweep(e, tmp.resolve("one"), 1);
        sweep(e, tmp.resolve("two"), 2);
        assertTrue(one.complete(), "the sweep should finish");
        assertEquals(12, one.ran(), "4 design points x 3 replications");
        assertSameFiles(tmp.resolve("one"), tmp.resolve("two"), FILES);
        List<String> rows = Files.readAllLines(tmp.resolve("one").resolve(Sweep.RUNS));
        assertEquals(13, rows.size(), "header and 12 rows");
        assertTrue(rows.get(0).startsWith("point,replication,seed,bylaws.quorum,bylaws.decisionRule,"
                + "population_final,population_mean,"), rows.get(0));
        assertTrue(rows.get(0).endsWith(",collapsed,time_to_collapse"), rows.get(0));
        assertTrue(rows.get(1).startsWith("0,0," + Seeds.of(99, 0, 0) + ",0.05,majority,"), rows.get(1));
        assertTrue(rows.get(12).startsWith("3,2," + Seeds.of(99, 3, 2) + ",0.2,consensus,"), rows.get(12));
    }

    @Test
    void killedSweepResumedEndsWithTheSameFilesAsOneThatRanThrough() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path full = tmp.resolve("full");
        sweep(e, full, 2);

        // The state a kill leaves: metadata, the header, five rows in completion order, half a row.
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        Files.copy(full.resolve(Sweep.EXPERIMENT), killed.resolve(Sweep.EXPERIMENT));
        List<String> rows = Files.readAllLines(full.resolve(Sweep.RUNS));
        List<String> done = new ArrayList<>(rows.subList(1, 6));
        Collections.reverse(done);
        String half = rows.get(9).substring(0, rows.get(9).length() / 2);
        Files.writeString(killed.resolve(Sweep.RUNS), rows.get(0) + "\n" + String.join("\n", done) + "\n" + half,
                StandardCharsets.UTF_8);

        Sweep.Result r = Sweep.run(e, new Sweep.Options(killed, 2, Shard.ALL, true, Long.MAX_VALUE), QUIET);
        assertEquals(5, r.skipped(), "the five complete rows are kept");
        assertEquals(7, r.ran(), "the half-written run and the six never begun are run");
        assertSameFiles(full, killed, FILES);
    }

    @Test
    void sweepStoppedAfterSomeRunsAndResumedEqualsOneThatRanThrough() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path full = tmp.resolve("full");
        sweep(e, full, 1);
        Path stopped = tmp.resolve("stopped");
        Sweep.Result first = Sweep.run(e, new Sweep.Options(stopped, 2, Shard.ALL, false, 4), QUIET);
        assertFalse(first.complete(), "the limit stops the sweep early");
        assertEquals(4, first.ran(), "runs before the stop");
        assertFalse(Files.exists(stopped.resolve(Sweep.SUMMARY)), "no summary before every run is done");
        assertEquals(5, Files.readAllLines(stopped.resolve(Sweep.RUNS)).size(), "each finished run is on disk");
        Sweep.Result second = Sweep.run(e, new Sweep.Options(stopped, 1, Shard.ALL, true, Long.MAX_VALUE), QUIET);
        assertEquals(4, second.skipped(), "nothing redone");
        assertEquals(8, second.ran(), "nothing lost");
        assertSameFiles(full, stopped, FILES);
    }

    @Test
    void sweepRefusesAFolderHoldingASweepUnlessResumed() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        sweep(e, tmp.resolve("out"), 1);
        ExperimentException ex = assertThrows(ExperimentException.class, () -> sweep(e, tmp.resolve("out"), 1));
        assertTrue(ex.getMessage().contains("--resume"), ex.getMessage());
        Sweep.Result again = Sweep.run(e, new Sweep.Options(tmp.resolve("out"), 1, Shard.ALL, true, Long.MAX_VALUE),
                QUIET);
        assertEquals(0, again.ran(), "a finished sweep resumed runs nothing");
    }

    @Test
    void resumeRefusesAFolderOfAnotherExperiment() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Sweep.run(e, new Sweep.Options(tmp.resolve("out"), 1, Shard.ALL, false, 2), QUIET);
        Experiment other = Fixtures.load(tmp, Fixtures.EXPERIMENT.replace("seed: 99", "seed: 100"));
        ExperimentException ex = assertThrows(ExperimentException.class, () -> Sweep.run(other,
                new Sweep.Options(tmp.resolve("out"), 1, Shard.ALL, true, Long.MAX_VALUE), QUIET));
        assertTrue(ex.getMessage().contains("different experiment"), ex.getMessage());
    }

    @Test
    void shardsMergedEqualTheSingleMachineSweep() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path single = tmp.resolve("single");
        sweep(e, single, 2);
        List<Path> shards = new ArrayList<>();
        long total = 0;
        for (int i = 1; i <= 5; i++) {
            Path dir = tmp.resolve("sweep").resolve("shard-" + i + "-of-5");
            Sweep.Result r = Sweep.run(e, new Sweep.Options(dir, 1, new Shard(i, 5), false, Long.MAX_VALUE), QUIET);
            total += r.ran();
            shards.add(dir);
        }
        assertEquals(12, total, "the shards are disjoint and cover every run");
        Merge.Result m = Merge.merge(shards, tmp.resolve("sweep"), false);
        assertEquals(12, m.found(), "every run found");
        assertSameFiles(single, tmp.resolve("sweep"), List.of(Sweep.RUNS, Sweep.SUMMARY, Sweep.DESIGN));
    }

    @Test
    void mergeReportsMissingShardsUnlessPartial() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Path one = tmp.resolve("shard-1-of-2");
        Sweep.run(e, new Sweep.Options(one, 1, new Shard(1, 2), false, Long.MAX_VALUE), QUIET);
        ExperimentException ex = assertThrows(ExperimentException.class,
                () -> Merge.merge(List.of(one), tmp.resolve("merged"), false));
        assertTrue(ex.getMessage().contains("6 of 12 runs are missing"), ex.getMessage());
        Merge.merge(List.of(one), tmp.resolve("merged"), true);
        assertEquals(7, Files.readAllLines(tmp.resolve("merged").resolve(Sweep.RUNS)).size(), "header and 6 rows");
    }

    @Test
    void mergeRefusesShardsOfDifferentExperiments() throws Exception {
        Experiment a = Fixtures.load(tmp, Fixtures.EXPERIMENT);
        Sweep.run(a, new Sweep.Options(tmp.resolve("a"), 1, new Shard(1, 2), false, Long.MAX_VALUE), QUIET);
        Experiment b = Fixtures.load(tmp, Fixtures.EXPERIMENT.replace("replications: 3", "replications: 2"));
        Sweep.run(b, new Sweep.Options(tmp.resolve("b"), 1, new Shard(2, 2), false, Long.MAX_VALUE), QUIET);
        ExperimentException ex = assertThrows(ExperimentException.class,
                () -> Merge.merge(List.of(tmp.resolve("a"), tmp.resolve("b")), tmp.resolve("m"), false));
        assertTrue(ex.getMessage().contains("different experiment"), ex.getMessage());
    }

    @Test
    void fullTimeSeriesGoToOneFolderPerRun() throws Exception {
        Experiment e = Fixtures.load(tmp, Fixtures.EXPERIMENT.replace("replications: 3", "replications: 1")
                + "record:\n  timeseries: true\n");
        sweep(e, tmp.resolve("out"), 2);
        for (int p = 0; p < 4; p++) {
            Path ts = tmp.resolve("out").resolve("runs").resolve(p + "-0").resolve("timeseries.csv");
            assertEquals(21, Files.readAllLines(ts).size(), ts + ": header and 20 weeks");
            assertTrue(Files.exists(ts.resolveSibling("manifest.json")), "a complete run folder");
        }
    }

    @Test
    void shardParsingRejectsBadSlices() {
        assertEquals(new Shard(2, 8), Shard.parse("2/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("9/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("2-8"));
        long sum = 0;
        for (int i = 1; i <= 3; i++) {
            sum += new Shard(i, 3).size(10);
        }
        assertEquals(10, sum, "shard sizes add up");
    }
}
