package org.pnyx.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.cli.Pnyx;
import org.pnyx.io.RunWriter;
import picocli.CommandLine;

/**
 * Issue 22: a fork replays the shared history (same scenario, seed, settings and interventions up to the fork
 * week), so both branches measure the same weeks up to the fork and their own after it; a branch saved as a
 * scenario is reproduced by {@code pnyx run}, byte for byte.
 */
class LiveForkTest {

    @TempDir
    Path tmp;

    @Test
    void bothBranchesShareTheirHistoryUpToTheForkAndDifferAfterItAndABranchSavedIsReproduced() throws Exception {
        StudioConfig config = new StudioConfig("127.0.0.1", 0, 4, 50_000, 2_080, Path.of("scenarios"),
                tmp.resolve("studio"), null);
        Path source = Path.of("scenarios/what-if-consensus.yaml");
        Map<String, Object> saved;
        try (LiveRun main = LiveRun.open("1", new LiveRun.Source(source.toString(), Files.readString(source)), config)) {
            assertThrows(Json.BadRequest.class, () -> main.fork("x"), "no fork before the first week");
            main.change("bylaws.quorum", "0.08", null);                   // a setting
            stepTo(main, 40);
            main.change("bylaws.decisionRule", "consensus", "Hilltop");  // shared by both branches
            stepTo(main, 100);
            try (LiveRun branch = main.fork("2")) {
                assertEquals(100, branch.week(), "the branch starts at the fork week");
                assertEquals(main.state().get("interventions"), branch.state().get("interventions"));
                assertEquals(100L, branch.state().get("forkWeek"));
                assertEquals("1", branch.state().get("parent"));
                assertEquals(main.rows(0, 100), branch.rows(0, 100), "the same history up to the fork");

                main.change("policy.commonShare", "0.6", null);
                branch.change("economy.automation", "0.6", null);
                stepTo(main, 160);
                stepTo(branch, 160);
                assertEquals(main.rows(0, 100), branch.rows(0, 100));
                List<List<Double>> a = main.rows(100, 160);
                List<List<Double>> b = branch.rows(100, 160);
                assertNotEquals(a, b, "the branches differ after the fork");
                assertEquals(a.get(0).get(0), b.get(0).get(0), "the same weeks");
                stepTo(branch, 520);
                saved = branch.save("branch");
            }
        }
        String yaml = Files.readString(Path.of((String) saved.get("file")));
        assertTrue(yaml.contains("automation") && !yaml.contains("commonShare: 0.6"), yaml);
        Path replay = tmp.resolve("replay");
        StringWriter err = new StringWriter();
        CommandLine cli = Pnyx.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("run", (String) saved.get("file"), "--out", replay.toString(), "-q"), err.toString());
        Path live = Path.of((String) saved.get("runFolder"));
        for (String file : RunWriter.FILES) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(replay.resolve(file)), Files.readAllBytes(live.resolve(file)),
                        file + " of the branch differs from pnyx run's of its saved scenario");
            }
        }
    }

    private static void stepTo(LiveRun run, long week) {
        while (run.week() < week) {
            run.step();
        }
    }
}
