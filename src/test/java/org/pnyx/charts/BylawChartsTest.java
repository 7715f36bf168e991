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

/** Issue 13: a run in which bylaws changed gets the "bylaws over time" figure, one panel per bylaw changed. */
class BylawChartsTest {

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
    void eachChangedBylawGetsAPanelWithALinePerTown() throws Exception {
        Path dir = run("with", List.of("52:Riverside:bylaws.decisionRule=consensus", "78:bylaws.quorum=0.1"));
        List<Figure> figures = BylawCharts.figures(RunData.read(dir), new ChartOptions(960, 540));
        assertEquals(1, figures.size());
        Charts.renderRun(dir, new ChartOptions(960, 540));
        String svg = Files.readString(dir.resolve("charts/bylaws.svg"));
        assertTrue(svg.contains("Bylaws over time") && svg.contains("2 of 16 bylaws changed"), "the title");
        assertTrue(svg.contains("Quorum") && svg.contains("Decision rule"), "a panel per bylaw changed");
        assertTrue(svg.contains("consensus") && svg.contains("supermajority"), "a choice is drawn on its choices");
        assertFalse(svg.contains("Term length"), "a bylaw that never changed has no panel");
    }

    @Test
    void aRunWhoseBylawsNeverChangedHasNoSuchFigure() throws Exception {
        Path dir = run("without", List.of());
        assertEquals(List.of(), BylawCharts.figures(RunData.read(dir), new ChartOptions(960, 540)));
    }
}
