package org.pnyx.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Small multiples of metrics, one panel each, with the final window's mean (dashed) and
 * mean ± one standard deviation (band), collapse and regime-change lines and, on the
 * stability figure, a rug of recalls. Used for the stability, economy, liberty and confederation figures.
 */
public final class MetricPanels {

    /** A faint shade marking the final window behind the data. */
    static final Color FINAL_WINDOW_SHADE = new Color(0xF0F0F0);

    private MetricPanels() {
    }

    /** The stability, economy, liberty and confederation figures, each only if the run has one of its metrics. */
    public static List<Figure> figures(RunData run, ChartOptions opts) {
        List<Figure> out = new ArrayList<>();
        figure(run, opts, "stability", "Stability: does the outcome persist?", MetricStyle.STABILITY,
                "The key metrics over time. In the final window the dashed line is the mean and the band the mean "
                        + "± one standard deviation; a flat, narrow band means a stable outcome. Triangles mark "
                        + "recalls, dashed vertical lines a collapse or a change of regime.", true)
                .ifPresent(out::add);
        figure(run, opts, "economy", "Economy: needs, effort and the commons", MetricStyle.ECONOMY,
                "The municipal economy over time, with the final window's mean and spread.", false).ifPresent(out::add);
        figure(run, opts, "liberty", "Liberty: what happens to the individual", MetricStyle.LIBERTY,
                "Liberty judged by what happened to each citizen so far (seed 002): the index, its five components,"
                        + " and the index of the poorest and richest fifth by wealth. A component with no event in the"
                        + " run (work in co-ops, exit without migration) is left blank.", false).ifPresent(out::add);
        if (confederationActive(run)) {
            figure(run, opts, "confederation", "Confederation: delegates and towns", MetricStyle.CONFEDERATION,
                    "The confederation over time, with the final window's mean and spread.", false)
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether the run's scenario switched on the confederal layer (confederation, migration or transition).
     * Without a manifest the panels are drawn whenever their columns exist.
     */
    static boolean confederationActive(RunData run) {
        var scenario = run.manifest().path("scenario");
        if (scenario.isMissingNode()) {
            return true;
        }
        return scenario.path("confederation").path("enabled").asBoolean(false)
                || scenario.path("migration").path("enabled").asBoolean(false)
                || scenario.path("transition").path("enabled").asBoolean(false);
    }

    /** A grid of the given metrics the run has, or nothing if it has none of them. */
    public static Optional<Figure> figure(RunData run, ChartOptions opts, String name, String title,
            List<String> metrics, String description, boolean recallRug) {
        List<String> present = metrics.stream().filter(run::hasMetric).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        ChartTheme theme = ChartTheme.of(opts);
        ChartTheme pt = PanelGrid.panelTheme(theme, present.size());
        RunEvents events = RunEvents.of(run);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String key : present) {
            panels.add(panel(run, key, events, pt, recallRug));
            labels.add(MetricStyle.of(key).label());
        }
        List<LegendKey> keys = new ArrayList<>();
        keys.add(new LegendKey("Final-window mean", ChartTheme.INK, LegendKey.Kind.DASHED));
        keys.add(new LegendKey("Mean ± 1 SD", Palette.GREY, LegendKey.Kind.BAND));
        keys.addAll(TimeCharts.eventKeys(events, recallRug));
        String sub = TimeCharts.subtitle(run) + " · final window " + run.finalWindow() + " weeks";
        return Optional.of(new PanelGrid(name, title, sub, description, labels, panels, keys, theme));
    }

    /** A series that never changes gets the axis [v, v + 1] (or [v - 1, v] below 0), not a sliver around v. */
    static void flatRange(NumberAxis axis, double[] y) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo <= hi && hi - lo < 1e-12) {
            axis.setAutoRange(false);
            if (lo >= 0) {
                axis.setRange(Math.min(0, lo), lo + 1);
            } else {
                axis.setRange(lo - 1, Math.max(0, lo));
            }
        }
    }

    static JFreeChart panel(RunData run, String key, RunEvents events, ChartTheme pt, boolean recallRug) {
        MetricStyle s = MetricStyle.of(key);
        double[] x = run.years();
        double[] y = run.timeseries().numbers(key);
        XYSeriesCollection data = new XYSeriesCollection(TimeCharts.series(s.label(), x, TimeCharts.drawn(s, y)));
        NumberAxis valueAxis = TimeCharts.valueAxis(null, s.share());
        if (s.share()) {
            TimeCharts.coarseShareTicks(valueAxis);
        } else {
            flatRange(valueAxis, y);
        }
        boolean rug = recallRug && (!events.recalls().isEmpty() || !events.delegateRecalls().isEmpty());
        if (rug) {
            TimeCharts.makeRoomForRug(valueAxis, s.share());
        }
        XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis("Years", x), valueAxis, data,
                TimeCharts.lines(List.of(s.color()), List.of(pt.line())));
        Headline h = run.headline(key);
        int n = x.length;
        int w = run.finalWindow();
        if (n > 0 && Double.isFinite(h.windowMean())) {
            double x0 = x[Math.max(0, n - w)];
            double x1 = x[n - 1];
            double sd = Double.isFinite(h.windowSd()) ? h.windowSd() : 0;
            Color fill = Palette.translucent(s.color(), 0.25);
            IntervalMarker window = new IntervalMarker(x0, x1, FINAL_WINDOW_SHADE);
            window.setOutlinePaint(null);
            plot.addDomainMarker(window, Layer.BACKGROUND);
            plot.getRenderer().addAnnotation(new XYBoxAnnotation(x0, h.windowMean() - sd, x1, h.windowMean() + sd,
                    null, null, fill), Layer.BACKGROUND);
            plot.getRenderer().addAnnotation(new XYLineAnnotation(x0, h.windowMean(), x1, h.windowMean(),
                    pt.dashed(), ChartTheme.INK), Layer.FOREGROUND);
        }
        TimeCharts.addEventLines(plot, events, pt, false);
        if (rug) {
            TimeCharts.addRecallRug(plot, events, pt);
        }
        String unit = TimeCharts.unitNote(s, n);
        String verdict = h.stable() == null ? "" : h.stable() ? "stable" : "not stable";
        String sub = unit.isEmpty() ? verdict : verdict.isEmpty() ? unit : unit + " · " + verdict;
        return TimeCharts.chart(s.label(), sub, plot, false, pt);
    }
}
