package org.pnyx.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.cli.Pnyx;
import org.pnyx.io.RunWriter;
import picocli.CommandLine;

/**
 * Issue 21: a live run with a setting and interventions, saved as a scenario, and {@code pnyx run} of that scenario
 * give byte-identical outputs. The live run's folder is written from what it measured week by week, through the
 * same writer as {@code pnyx run}.
 */
class LiveReplayTest {

    @TempDir
    Path tmp;

    @Test
    void liveRunWithInterventionsAndPnyxRunOfItsSavedScenarioWriteTheSameFiles() throws Exception {
        StudioConfig config = new StudioConfig("127.0.0.1", 0, 2, 50_000, 2_080, Path.of("scenarios"),
                tmp.resolve("studio"), null);
        Path source = Path.of("scenarios/what-if-consensus.yaml");
        Map<String, Object> saved;
        try (LiveRun run = LiveRun.open("1", new LiveRun.Source(source.toString(), Files.readString(source)), config)) {
            run.change("bylaws.quorum", "0.08", null);                   // before week 0: a setting
            stepTo(run, 100);
            run.change("bylaws.decisionRule", "consensus", "Hilltop");  // an intervention in one town
            stepTo(run, 260);
            run.change("policy.commonShare", "0.4", null);              // the week of the scenario's own
            stepTo(run, 300);
            run.change("economy.automation", "0.5", null);
            stepTo(run, 520);
            saved = run.save("replay");
        }
        Path live = Path.of((String) saved.get("runFolder"));
        String yaml = Files.readString(Path.of((String) saved.get("file")));
        assertTrue(yaml.contains("quorum: 0.08") && yaml.contains("interventions:"), yaml);

        Path replay = tmp.resolve("replay");
        StringWriter err = new StringWriter();
        CommandLine cli = Pnyx.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("run", (String) saved.get("file"), "--out", replay.toString(), "-q");
        assertEquals(0, code, err.toString());

        for (String file : RunWriter.FILES) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(replay.resolve(file)), Files.readAllBytes(live.resolve(file)),
                        file + " of the live run differs from pnyx run's");
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(live.resolve("manifest.json").toFile());
        JsonNode b = json.readTree(replay.resolve("manifest.json").toFile());
        assertEquals(b.get("scenario"), a.get("scenario"), "the manifests' resolved scenarios differ");
        assertEquals(3 + 1, b.get("scenario").get("interventions").size(), "the user's three and the file's one");
        String towns = Files.readString(live.resolve("municipalities.csv"));
        assertTrue(towns.contains("100,Hilltop,") && towns.contains("bylaws.decisionRule=consensus"),
                "municipalities.csv marks the intervention in Hilltop's row");
    }

    private static void stepTo(LiveRun run, long week) {
        while (run.week() < week) {
            run.step();
        }
    }
}
