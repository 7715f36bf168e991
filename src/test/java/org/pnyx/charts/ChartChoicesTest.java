package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.cli.ChartCommand;
import org.pnyx.cli.CompareCommand;
import picocli.CommandLine;

/** --metrics, --projector, constant metrics left out, who attends. */
class ChartChoicesTest {

    static final ChartOptions SMALL = new ChartOptions(640, 360);

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static List<String> pngs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void aMetricConstantThroughoutIsLeftOutOfItsPanelsAndNamedInTheNote() throws Exception {
        Path dir = RunFixture.run().withEconomy().writeTo(tmp.resolve("run"));
        Path flat = RunFixture.run().withEconomy().constant("sanctions_policy", 1).writeTo(tmp.resolve("flat"));
        RunData run = RunData.read(flat);
        List<String> panels = new java.util.ArrayList<>();
        List<PanelGrid> grids = MetricPanels.figures(run, SMALL, "x", "X", List.of("mean_effort", "sanctions_policy",
                "need_satisfaction"), "d", false).stream().map(f -> (PanelGrid) f).toList();
        grids.forEach(g -> panels.addAll(g.seriesNames()));
        assertEquals(List.of("Mean effort", "Need satisfaction"), panels, "the flat metric has no panel");
        assertTrue(grids.get(0).note().startsWith("Left out, constant throughout: ")
                && grids.get(0).note().endsWith(" (1)"), grids.get(0).note());
        assertTrue(ChartWriter.svg(grids.get(0), SMALL).contains("Left out, constant throughout"), "drawn on the image");
        assertTrue(RunData.read(dir).hasMetric("mean_effort"));
    }

    @Test
    void panelsAreSplitIntoImagesOfAtMostTheMaximumBalancedInSize() throws Exception {
        RunData run = RunData.read(RunFixture.run().withEconomy().writeTo(tmp.resolve("run")));
        // The fixture's economy family has 11 varying metrics: 6 + 5 by default (at most 9), 6 + 5 on a projector too.
        List<Figure> economy = MetricPanels.figures(run, ChartOptions.projector(), "economy", "Economy",
                MetricStyle.ECONOMY, "d", false);
        assertEquals(List.of("economy", "economy_2"), economy.stream().map(Figure::name).toList());
        assertEquals(6, ((PanelGrid) economy.get(0)).panels().size());
        assertEquals(5, ((PanelGrid) economy.get(1)).panels().size());
        assertTrue(economy.get(1).title().endsWith("(2 of 2)"), economy.get(1).title());
    }

    @Test
    void metricsChooseTheRunsPanelsAndAnUnknownOneIsRefusedListingTheColumns() throws Exception {
        Path dir = RunFixture.run().withEconomy().writeTo(tmp.resolve("run"));
        Result r = run(new ChartCommand(), dir.toString(), "--metrics", "mean_effort,attendance_rate", "--width", "640",
                "--height", "360");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("panels.png"), pngs(dir.resolve("charts")));
        assertEquals(List.of("Mean effort", "Attendance rate"),
                Charts.figures(RunData.read(dir), SMALL.withMetrics(List.of("mean_effort", "attendance_rate")))
                        .get(0).seriesNames(), "in the order asked");
        Result bad = run(new ChartCommand(), dir.toString(), "--metrics", "mean_efort");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: --metrics mean_efort: not a column of " + dir.resolve("timeseries.csv")
                + "; allowed: population, attendance_rate,"), bad.err());
        Result by = run(new ChartCommand(), dir.toString(), "--by", "bylaws.quorum");
        assertEquals(2, by.code());
        assertEquals("error: --by applies to sweep folders only; " + dir + " is a run folder", by.err().strip());
    }

    @Test
    void theProjectorPresetDraws1280By720WithLargerTypeAndRemovesStaleImages() throws Exception {
        Path dir = RunFixture.run().withEconomy().withConfederation().writeTo(tmp.resolve("run"));
        assertEquals(0, run(new ChartCommand(), dir.toString(), "--width", "640", "--height", "360").code());
        Files.writeString(dir.resolve("charts/economy_7.png"), "left by an older version");
        Result r = run(new ChartCommand(), dir.toString(), "--projector");
        assertEquals(0, r.code(), r.err());
        ChartAssertions.assertSize(dir.resolve("charts/stability.png"), 1280, 720);
        assertFalse(Files.exists(dir.resolve("charts/economy_7.png")), "an image this drawing did not write is gone");
        ChartOptions p = ChartOptions.projector();
        assertEquals(1280 / 1600.0 * 1.3, p.scale(), 1e-12, "type 1.3 times what 1280x720 would have");
        assertEquals(6, p.maxPanels());
        for (String png : pngs(dir.resolve("charts"))) {
            if (png.startsWith("economy") || png.startsWith("confederation") || png.startsWith("stability")) {
                assertTrue(ChartWriter.svg(figure(dir, png), p).length() > 0);
            }
        }
    }

    private static Figure figure(Path run, String png) throws Exception {
        String name = png.substring(0, png.length() - 4);
        return Charts.figures(RunData.read(run), ChartOptions.projector()).stream().filter(f -> f.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void whoAttendsIsDrawnWhenTheFifthsColumnsExistAndNotOtherwise() throws Exception {
        Path with = RunFixture.run().withWhoAttends().writeTo(tmp.resolve("with"));
        Path without = RunFixture.run().writeTo(tmp.resolve("without"));
        List<Figure> figures = Charts.figures(RunData.read(with), SMALL);
        Figure who = figures.stream().filter(f -> f.name().equals("who_attends")).findFirst().orElseThrow();
        assertEquals(10, who.seriesNames().size(), "five fifths by wealth, five by free time");
        assertEquals("By wealth, fifth 1", who.seriesNames().get(0));
        assertEquals("By free time, fifth 5", who.seriesNames().get(9));
        Path png = ChartWriter.write(who, tmp.resolve("out"), new ChartOptions(1280, 720)).get(0);
        ChartAssertions.assertShowsColour(png, WhoAttendsCharts.color(1), "the first fifth's line");
        ChartAssertions.assertShowsColour(png, WhoAttendsCharts.color(5), "the fifth fifth's line");
        assertFalse(Charts.figures(RunData.read(without), SMALL).stream().anyMatch(f -> f.name().equals("who_attends")));
    }

    @Test
    void compareLeavesOutMetricsConstantAtOneValueInEveryRunAndHonoursMetrics() throws Exception {
        Path a = RunFixture.run().scenario("consensus").constant("harvest_cap", 0).constant("need_level", 0.5)
                .writeTo(tmp.resolve("a"));
        Path b = RunFixture.run().constant("harvest_cap", 0).constant("need_level", 0.7).writeTo(tmp.resolve("b"));
        Path out = tmp.resolve("cmp");
        Result r = run(new CompareCommand(), a.toString(), b.toString(), "--out", out.toString(), "--width", "640",
                "--height", "360");
        assertEquals(0, r.code(), r.err());
        List<String> files = pngs(out);
        assertFalse(files.contains("compare_harvest_cap.png"), "0 in both runs: nothing to compare");
        assertTrue(files.contains("compare_need_level.png"), "constant, but at different values: kept");
        String html = Files.readString(out.resolve("compare.html"));
        assertTrue(html.contains("Left out, constant throughout: " + MetricStyle.of("harvest_cap").label() + " (0)"),
                "the page names it");
        Path only = tmp.resolve("only");
        assertEquals(0, run(new CompareCommand(), a.toString(), b.toString(), "--out", only.toString(), "--metrics",
                "gini_wealth", "--width", "640", "--height", "360").code());
        assertEquals(List.of("compare_gini_wealth.png"), pngs(only));
    }
}
