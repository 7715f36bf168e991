package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcome shares and survival curves of a synthetic sweep whose collapses and final states are set by hand. */
class OutcomeChartsTest {

    static final ChartOptions SMALL = new ChartOptions(640, 360);

    @TempDir
    Path tmp;

    private static Figure named(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " among "
                        + figures.stream().map(Figure::name).toList()));
    }

    /** Monitoring 0: replications 0, 1, 2 collapse in weeks 5, 10, 10, replication 3 survives; 0.2: none collapse. */
    private Path sweep() throws Exception {
        return SweepFixture.sweep().vary("bylaws.monitoring", "0", "0.2").replications(4).metrics("attendance_rate")
                .withTimeseries(20)
                .collapses((p, r) -> p == 0 && r < 3 ? (r == 0 ? 5 : 10) : -1)
                .textColumn("regime", List.of("municipalized", "capitalist"), (p, r) -> p == 0 && r < 2 ? 1 : 0)
                .textColumn("bylaw_quorum", List.of("0.1", "0.25"), (p, r) -> r == 3 ? 1 : 0)
                .writeTo(tmp.resolve("s"));
    }

    @Test
    void collapseSharesCountEachGroupsReplicationsWithWilsonIntervals() throws Exception {
        SweepData data = SweepData.read(sweep());
        List<Figure> figures = OutcomeCharts.figures(data, SMALL);
        assertEquals(List.of("outcome_collapse", "survival", "outcome_regime", "outcome_bylaws"),
                figures.stream().map(Figure::name).toList());
        Figure collapse = named(figures, "outcome_collapse");
        assertEquals(List.of("Monitoring = 0 (3 of 4)", "Monitoring = 0.2 (0 of 4)"), collapse.seriesNames());
        String svg = ChartWriter.svg(collapse, SMALL);
        assertTrue(svg.contains("Collapse: share of replications"), "title in words");
        assertTrue(svg.contains("Monitoring = 0 (3 of 4)"), "categories name the groups");
    }

    @Test
    void survivalCurvesCensorRunsThatDidNotCollapseAtTheirLastWeek() throws Exception {
        SweepData data = SweepData.read(sweep());
        Figure survival = named(OutcomeCharts.figures(data, SMALL), "survival");
        // Monitoring 0: 4 at risk, 1 collapses in week 5 (S = 3/4); 3 at risk, 2 collapse in week 10 (S = 1/4);
        // the median is week 10. Monitoring 0.2: nobody collapses, so the median lies beyond the run.
        assertEquals(List.of("Monitoring = 0 (median 10 weeks)", "Monitoring = 0.2 (median beyond the run)"),
                survival.seriesNames());
        assertEquals(20, data.steps(data.points().get(0)), "the run's length, from the experiment's fixed steps");
        ChartAssertions.assertShowsColour(write(survival), Palette.forRun(0), "the first group's curve");
    }

    @Test
    void regimeAndBylawsInForceAtTheEndAreSharedOutByGroup() throws Exception {
        SweepData data = SweepData.read(sweep());
        List<Figure> figures = OutcomeCharts.figures(data, SMALL);
        Figure regime = named(figures, "outcome_regime");
        assertEquals(List.of("Monitoring = 0 (4 runs)", "Monitoring = 0.2 (4 runs)"), regime.seriesNames());
        String svg = ChartWriter.svg(regime, SMALL);
        // Categories by frequency: municipalized 6 of 8 runs, capitalist 2.
        assertTrue(svg.indexOf("municipalized") < svg.indexOf("capitalist"), "commonest first: " + svg);
        String bylaws = ChartWriter.svg(named(figures, "outcome_bylaws"), SMALL);
        assertTrue(bylaws.contains("Bylaw quorum 0.1") && bylaws.contains("Bylaw quorum 0.25"),
                "each set of bylaws in force named in words: " + bylaws);
    }

    @Test
    void aSweepWhereNothingCollapsedHasSharesButNoSurvivalCurve() throws Exception {
        Path dir = SweepFixture.sweep().vary("bylaws.quorum", "0.1", "0.2").writeTo(tmp.resolve("n"));
        List<Figure> figures = OutcomeCharts.figures(SweepData.read(dir), SMALL);
        assertEquals(List.of("outcome_collapse"), figures.stream().map(Figure::name).toList());
        assertEquals(List.of("Quorum = 0.1 (0 of 3)", "Quorum = 0.2 (0 of 3)"), figures.get(0).seriesNames());
    }

    @Test
    void aReplicationOnlyStudyIsOneGroupOfAllItsRuns() throws Exception {
        Path dir = SweepFixture.sweep().replications(5).collapses((p, r) -> r < 2 ? 7 : -1)
                .writeTo(tmp.resolve("r"));
        List<Figure> figures = OutcomeCharts.figures(SweepData.read(dir), SMALL);
        assertEquals(List.of("All replications (2 of 5)"), named(figures, "outcome_collapse").seriesNames());
        assertEquals(List.of("All replications (median beyond the run)"), named(figures, "survival").seriesNames());
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("charts")), "nothing written by figures()");
        }
    }

    @Test
    void metricsChooseAnyTimeSeriesColumnSuchAsTheBylawsInForceOverTime() throws Exception {
        Path dir = sweep();
        SweepData data = SweepData.read(dir);
        List<Figure> figures = SweepCharts.replicated(data, SMALL.withMetrics(List.of("bylaw_quorum")));
        assertEquals(List.of("replicated_bylaw_quorum"), figures.stream().map(Figure::name).toList());
        assertEquals(List.of("Monitoring = 0", "Monitoring = 0.2"), figures.get(0).seriesNames());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Charts.renderSweep(dir, null, SMALL.withMetrics(List.of("bylaw_quorom"))));
        assertTrue(e.getMessage().startsWith("--metrics bylaw_quorom: not recorded in the sweep ")
                && e.getMessage().endsWith("allowed: attendance_rate, regime, bylaw_quorum"), e.getMessage());
    }

    private Path write(Figure f) throws Exception {
        return ChartWriter.write(f, tmp.resolve("out"), SMALL).get(0);
    }
}
