package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.io.Runs;
import org.pnyx.io.ScenarioLoader;

/** Issue 20: the charts read a run's interventions from manifest.json and draw them as markers. */
class InterventionChartsTest {

    @TempDir
    Path tmp;

    private static final String TOWNS = "name: c\nseed: 3\nsteps: 104\nmunicipalities:\n  list:\n"
            + "    - {name: Riverside, population: 60}\n    - {name: Hilltop, population: 40}\n";

    private Path run(String name, List<String> intervenes) throws Exception {
        Path dir = tmp.resolve(name);
        Runs.run(ScenarioLoader.parse("s.yaml", TOWNS, List.of(), intervenes), dir, "s.yaml", List.of());
        return dir;
    }

    @Test
    void theInterventionsAreReadFromTheManifestInYears() throws Exception {
        RunData run = RunData.read(run("with", List.of("52:Riverside:bylaws.decisionRule=consensus",
                "78:bylaws.quorum=0.1")));
        List<RunEvents.InterventionMark> marks = RunEvents.of(run).interventions();
        assertEquals(List.of("Riverside: Decision rule = consensus", "Quorum = 0.1"),
                marks.stream().map(RunEvents.InterventionMark::text).toList());
        assertEquals(1.0, marks.get(0).year(), 1e-12, "week 52 is year 1");
        assertEquals(1.5, marks.get(1).year(), 1e-12, "week 78 is year 1.5");
        assertEquals(List.of("Quorum = 0.1"), RunEvents.of(run).forTown("Hilltop").interventions().stream()
                .map(RunEvents.InterventionMark::text).toList(), "Hilltop's panel shows only what reached it");
    }

    @Test
    void aRunWithInterventionsGetsMarkersAndTheWhatChangedFigure() throws Exception {
        Path dir = run("with", List.of("52:Riverside:bylaws.decisionRule=consensus"));
        List<String> files = Charts.renderRun(dir, new ChartOptions(960, 540)).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertTrue(files.contains("interventions.png") && files.contains("interventions.svg"), files.toString());
        String participation = Files.readString(dir.resolve("charts/participation.svg"));
        assertTrue(participation.contains("Riverside: Decision rule = consensus"), "the marker is labelled in words");
        String stability = Files.readString(dir.resolve("charts/stability.svg"));
        assertTrue(stability.contains("Intervention: Riverside: Decision rule = consensus, year 1"),
                "the small multiples explain the marker in their legend");
        String changed = Files.readString(dir.resolve("charts/interventions.svg"));
        assertTrue(changed.contains("Mean of the other towns") && changed.contains("Riverside"), "the comparison");
    }

    @Test
    void aRunWithoutInterventionsHasNoMarkersAndNoSuchFigure() throws Exception {
        Path dir = run("without", List.of());
        List<String> files = Charts.renderRun(dir, new ChartOptions(960, 540)).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertFalse(files.contains("interventions.png"), files.toString());
        assertFalse(Files.readString(dir.resolve("charts/stability.svg")).contains("Intervention"));
        assertEquals(List.of(), RunEvents.of(RunData.read(dir)).interventions());
    }
}
