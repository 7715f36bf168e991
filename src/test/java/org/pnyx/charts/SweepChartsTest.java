package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SweepChartsTest {

    static final ChartOptions SMALL = new ChartOptions(640, 360);

    @TempDir
    Path tmp;

    private static List<String> charts(Path sweep) throws Exception {
        try (Stream<Path> s = Files.list(sweep.resolve("charts"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String svgText(Path svg) throws Exception {
        Document doc = ChartAssertions.parseXml(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName(), svg + " root");
        return doc.getDocumentElement().getTextContent();
    }

    @Test
    void oneNumericParameterGivesAResponseCurvePerMetricInTheMetricsColour() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2", "0.3", "0.4").writeTo(tmp.resolve("s"));
        List<Path> files = Charts.renderSweep(dir, null, SMALL);
        assertEquals(List.of("outcome_collapse.png", "outcome_collapse.svg", "response_attendance_rate.png",
                "response_attendance_rate.svg", "response_gini_wealth.png", "response_gini_wealth.svg"), charts(dir),
                "one response chart per metric, no map for one parameter, the collapse shares");
        assertEquals(dir.resolve("sweep.html"), files.get(files.size() - 1), "page written last");
        Path png = dir.resolve("charts/response_attendance_rate.png");
        ChartAssertions.assertSize(png, 640, 360);
        ChartAssertions.assertShowsColour(png, MetricStyle.of("attendance_rate").color(), "the attendance line");
        ChartAssertions.assertShowsColour(dir.resolve("charts/response_gini_wealth.png"),
                MetricStyle.of("gini_wealth").color(), "the Gini line");
        String svg = svgText(dir.resolve("charts/response_attendance_rate.svg"));
        assertTrue(svg.contains(SweepCharts.SINGLE_LINE), "legend names the line: " + svg);
        assertTrue(svg.contains("95% confidence band"), "legend explains the band");
        assertTrue(svg.contains("Quorum (share of citizens)"), "x axis names the parameter by its label and unit");
        assertFalse(svg.contains("bylaws.quorum"), "no key path on the chart: " + svg);
    }

    @Test
    void numericAndCategoricalParametersGiveOneLinePerLevel() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.02", "0.05", "0.1")
                .vary("bylaws.decisionRule", "majority", "supermajority", "consensus").writeTo(tmp.resolve("s"));
        SweepData data = SweepData.read(dir);
        SweepCharts.ResponsePlan plan = SweepCharts.responsePlan(data);
        assertEquals(new SweepCharts.ResponsePlan("bylaws.quorum", true, List.of("bylaws.decisionRule"), List.of()),
                plan, "x is the numeric parameter, lines the categorical one");
        assertTrue(SweepCharts.mapPlans(data).isEmpty(), "no map without two numeric parameters");
        Charts.renderSweep(dir, null, SMALL);
        assertFalse(charts(dir).stream().anyMatch(f -> f.startsWith("heatmap_") || f.startsWith("scatter_")),
                "no map: " + charts(dir));
        String svg = svgText(dir.resolve("charts/response_attendance_rate.svg"));
        for (String level : List.of("majority", "supermajority", "consensus")) {
            assertTrue(svg.contains("Decision rule = " + level), "legend names level " + level);
        }
        Path png = dir.resolve("charts/response_attendance_rate.png");
        for (int i = 0; i < 3; i++) {
            ChartAssertions.assertShowsColour(png, Palette.forRun(i), "line " + i);
        }
    }

    @Test
    void twoNumericParametersOnAGridGiveAHeatmapAndLinesPerLevel() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2", "0.3")
                .vary("bylaws.meetingInterval", "1", "2").writeTo(tmp.resolve("s"));
        SweepData data = SweepData.read(dir);
        assertEquals(List.of(new SweepCharts.MapPlan("bylaws.quorum", "bylaws.meetingInterval", true)),
                SweepCharts.mapPlans(data));
        Charts.renderSweep(dir, null, SMALL);
        assertTrue(charts(dir).contains("heatmap_attendance_rate.png"), charts(dir).toString());
        assertTrue(charts(dir).contains("response_attendance_rate.png"), "lines per meeting interval too");
        Path png = dir.resolve("charts/heatmap_attendance_rate.png");
        ChartAssertions.assertSize(png, 640, 360);
        ViridisScale scale = ViridisScale.spanning(new double[] {0, 1});
        ChartAssertions.assertShowsColour(png, scale.color(0), "the lowest cell in viridis' darkest colour");
        ChartAssertions.assertShowsColour(png, scale.color(1), "the highest cell in viridis' brightest colour");
        String svg = svgText(dir.resolve("charts/heatmap_attendance_rate.svg"));
        // Rotated labels (the y axis, the colour legend's axis) are drawn as glyph outlines, not text.
        assertTrue(svg.contains("Quorum (share of citizens)"), "x axis names its parameter: " + svg);
        assertTrue(svg.contains("Attendance rate by quorum and meeting interval"), "title names metric and both "
                + "parameters by their labels: " + svg);
    }

    @Test
    void sampledDesignGivesAColouredScatterOfTheChosenMetric() throws Exception {
        Path dir = SweepFixture.sweep().vary("attendance.cost").vary("attendance.habit")
                .points(List.of(List.of("0.51", "4.12"), List.of("1.37", "1.08"), List.of("2.04", "3.31"),
                        List.of("2.66", "0.44"), List.of("3.49", "2.58")))
                .replications(2).writeTo(tmp.resolve("s"));
        SweepData data = SweepData.read(dir);
        assertEquals(List.of(new SweepCharts.MapPlan("attendance.cost", "attendance.habit", false)),
                SweepCharts.mapPlans(data), "scattered points are not a grid");
        assertEquals(null, SweepCharts.responsePlan(data), "no lines through scattered points");
        Charts.renderSweep(dir, "gini_wealth", SMALL);
        assertEquals(List.of("outcome_collapse.png", "outcome_collapse.svg", "scatter_gini_wealth.png",
                "scatter_gini_wealth.svg"), charts(dir));
        ViridisScale scale = ViridisScale.spanning(new double[] {0, 1});
        ChartAssertions.assertShowsColour(dir.resolve("charts/scatter_gini_wealth.png"), scale.color(0),
                "the lowest point in viridis' darkest colour");
        assertTrue(svgText(dir.resolve("charts/scatter_gini_wealth.svg")).contains("Gini"), "names the metric");
    }

    @Test
    void unrecordedMetricIsRejectedNamingTheRecordedOnes() throws Exception {
        Path dir = SweepFixture.sweep().vary("a.x", "1", "2").vary("a.y", "1", "2").writeTo(tmp.resolve("s"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.renderSweep(dir, "liberty_index", SMALL));
        assertTrue(e.getMessage().contains("--metric liberty_index: not recorded")
                && e.getMessage().contains("attendance_rate, gini_wealth"), e.getMessage());
    }

    @Test
    void replicatedTimeSeriesDrawOneBandLinePerDesignPoint() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.3").metrics("attendance_rate")
                .withTimeseries(30).writeTo(tmp.resolve("s"));
        Charts.renderSweep(dir, null, SMALL);
        Path png = dir.resolve("charts/replicated_attendance_rate.png");
        ChartAssertions.assertSize(png, 640, 360);
        ChartAssertions.assertShowsColour(png, Palette.forRun(0), "first point's line");
        ChartAssertions.assertShowsColour(png, Palette.forRun(1), "second point's line");
        String svg = svgText(dir.resolve("charts/replicated_attendance_rate.svg"));
        assertTrue(svg.contains("Quorum = 0.1") && svg.contains("Quorum = 0.3"), "legend names each point: " + svg);
        assertTrue(svg.contains("3 replications"), "subtitle counts replications");
    }

    @Test
    void replicatedTimeSeriesOfManyPointsAreCappedAtEightLinesAndSaySo() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8",
                "0.9", "1").replications(2).metrics("attendance_rate").withTimeseries(12).writeTo(tmp.resolve("s"));
        Figure f = SweepCharts.replicated(SweepData.read(dir), SMALL).get(0);
        assertEquals(SweepCharts.MAX_LINES, f.seriesNames().size(), "lines");
        assertEquals("Quorum = 0.1", f.seriesNames().get(0), "first point kept");
        assertEquals("Quorum = 1", f.seriesNames().get(7), "last point kept");
        String svg = ChartWriter.svg(f, SMALL);
        assertTrue(svg.contains("8 of 10 design points shown"), "subtitle says some points are left out");
    }

    @Test
    void replicatedSeriesAreGroupedByTheParameterWithTheLargestEffectUnlessByNamesOne() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2", "0.3", "0.4", "0.5")
                .vary("bylaws.decisionRule", "majority", "consensus").replications(2).metrics("attendance_rate")
                .withTimeseries(12).writeTo(tmp.resolve("s"));
        SweepData data = SweepData.read(dir);
        // Pooled over the rule, attendance's means by quorum span far more than its means by rule (the fixture's
        // value is 0.2 + 0.5 * frac(quorum + 2 * rule value)): worked from the fixture's runs.csv.
        double byQuorum = SweepGroups.effect(data, data.points(), "bylaws.quorum", "attendance_rate");
        double byRule = SweepGroups.effect(data, data.points(), "bylaws.decisionRule", "attendance_rate");
        assertTrue(byQuorum > byRule, byQuorum + " vs " + byRule);
        Figure f = SweepCharts.replicated(data, SMALL).get(0);
        assertEquals(List.of("Quorum = 0.1", "Quorum = 0.2", "Quorum = 0.3", "Quorum = 0.4", "Quorum = 0.5"),
                f.seriesNames());
        assertTrue(ChartWriter.svg(f, SMALL).contains("grouped by quorum (largest effect on attendance rate)"),
                "subtitle says why");
        Figure byRuleFigure = SweepCharts.replicated(data, SMALL.withBy("bylaws.decisionRule")).get(0);
        assertEquals(List.of("Decision rule = majority", "Decision rule = consensus"), byRuleFigure.seriesNames());
        assertTrue(ChartWriter.svg(byRuleFigure, SMALL).contains("grouped by decision rule, pooling quorum"),
                "subtitle says how lines pool");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.renderSweep(dir, null, SMALL.withBy("bylaws.meetingInterval")));
        assertTrue(e.getMessage().contains("--by bylaws.meetingInterval: not a parameter the sweep")
                && e.getMessage().endsWith("allowed: bylaws.quorum, bylaws.decisionRule"), e.getMessage());
    }

    @Test
    void sweepPageTablesEveryPointWithItsConfidenceIntervalAndNeedsNoNetwork() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2")
                .vary("bylaws.decisionRule", "majority", "consensus").writeTo(tmp.resolve("s"));
        Charts.renderSweep(dir, null, SMALL);
        String html = Files.readString(dir.resolve("sweep.html"));
        SweepData data = SweepData.read(dir);
        for (SweepData.Point p : data.points()) {
            SweepData.Stat s = data.stat(p, "attendance_rate");
            assertTrue(html.contains(Numbers.format(s.mean()) + " <span class=\"ci\">[" + Numbers.format(s.low())
                    + ", " + Numbers.format(s.high()) + "]</span>"), "point " + p.index() + " with its CI");
        }
        assertTrue(html.contains("<td>consensus</td>"), "design values in the table");
        assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"), "settings escaped");
        Matcher img = Pattern.compile("<img src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(img.group(1).startsWith("data:image/png;base64,"), "image embedded");
            images++;
        }
        assertEquals(3, images, "one image per chart: two response curves, the collapse shares");
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"), "offline");
    }

    @Test
    void redrawingASweepGivesByteIdenticalFiles() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2").vary("bylaws.meetingInterval", "1", "2")
                .metrics("attendance_rate").withTimeseries(12).writeTo(tmp.resolve("s"));
        List<Path> first = Charts.renderSweep(dir, null, SMALL);
        List<byte[]> bytes = new java.util.ArrayList<>();
        for (Path f : first) {
            bytes.add(Files.readAllBytes(f));
        }
        List<Path> second = Charts.renderSweep(dir, null, SMALL);
        assertEquals(first, second, "same files");
        for (int i = 0; i < first.size(); i++) {
            assertTrue(java.util.Arrays.equals(bytes.get(i), Files.readAllBytes(second.get(i))),
                    first.get(i).getFileName() + " identical");
        }
        assertFalse(charts(dir).stream().anyMatch(f -> f.endsWith(".part")), "no .part files left");
    }

    @Test
    void parametersComeFromTheSummaryWithoutExperimentJson() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2").vary("bylaws.decisionRule", "majority")
                .withoutExperimentJson().writeTo(tmp.resolve("sweep-x"));
        SweepData data = SweepData.read(dir);
        assertEquals(List.of("bylaws.quorum", "bylaws.decisionRule"), data.parameters());
        assertEquals("sweep-x", data.name(), "named after the folder");
        assertEquals(3, data.replications(), "replications from n");
        assertTrue(data.numeric("bylaws.quorum"));
        assertFalse(data.numeric("bylaws.decisionRule"));
        assertNotNull(SweepCharts.responsePlan(data));
    }

    @Test
    void pooledStatisticOfOnePointIsTheSummarysAndOfSeveralTheirRuns() throws Exception {
        Path dir = SweepFixture.sweep().vary("a.x", "1", "2").replications(3).writeTo(tmp.resolve("s"));
        SweepData data = SweepData.read(dir);
        SweepData.Point p0 = data.points().get(0);
        assertEquals(data.stat(p0, "gini_wealth"), data.pooled(List.of(p0), "gini_wealth"));
        SweepData.Stat both = data.pooled(data.points(), "gini_wealth");
        assertEquals(6, both.n(), "six runs pooled");
        double expected = 0;
        for (SweepData.Point p : data.points()) {
            expected += data.stat(p, "gini_wealth").mean() / 2;
        }
        assertEquals(expected, both.mean(), 1e-6, "pooled mean of balanced points is the mean of their means");
        assertTrue(both.low() < both.mean() && both.mean() < both.high(), "pooled interval around the mean");
    }

    @Test
    void viridisRunsFromDarkPurpleToYellowAndGreysOutMissingValues() {
        ViridisScale s = new ViridisScale(0, 10);
        assertEquals(new Color(0x440154), s.color(-1), "below the range: darkest");
        assertEquals(new Color(0xFDE725), s.color(10), "top of the range: brightest");
        assertEquals(new Color(0x21918C), s.color(5), "middle anchor");
        assertEquals(ViridisScale.MISSING, s.color(Double.NaN));
        assertTrue(ViridisScale.dark(s.color(0)) && !ViridisScale.dark(s.color(10)), "label contrast");
        assertThrows(IllegalArgumentException.class, () -> new ViridisScale(1, 1));
    }
}
