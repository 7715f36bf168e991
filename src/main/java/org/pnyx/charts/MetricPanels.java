package org.pnyx.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * stability figure, a rug of recalls. Used for the stability, economy and confederation figures.
 */
public final class MetricPanels {

    /** A faint shade marking the final window behind the data. */
    static final Color FINAL_WINDOW_SHADE = new Color(0xF0F0F0);

    private MetricPanels() {
    }

    /**
     * The stability, economy and confederation figures, each only if the run has one of its metrics; or, when
     * metrics were chosen ({@code --metrics}), one figure {@code panels} of exactly those.
     *
     * @throws IllegalArgumentException if a chosen metric is not a column of the run's time series
     */
    public static List<Figure> figures(RunData run, ChartOptions opts) {
        List<Figure> out = new ArrayList<>();
        if (opts.metricsChosen()) {
            for (String m : opts.metrics()) {
                if (!run.timeseries().has(m)) {
                    throw new IllegalArgumentException("--metrics " + m + ": not a column of " + run.dir()
                            .resolve("timeseries.csv") + "; allowed: " + String.join(", ", run.metricColumns()));
                }
            }
            out.addAll(figures(run, opts, "panels", "Chosen metrics over time", opts.metrics(),
                    "The chosen metrics over time, with the final window's mean and spread.", true));
            return out;
        }
        out.addAll(figures(run, opts, "stability", "Stability: does the outcome persist?", MetricStyle.STABILITY,
                "The key metrics over time. In the final window the dashed line is the mean and the band the mean "
                        + "± one standard deviation; a flat, narrow band means a stable outcome. Triangles mark "
                        + "recalls, dashed vertical lines a collapse or a change of regime.", true));
        out.addAll(figures(run, opts, "economy", "Economy: needs, effort and the commons", MetricStyle.ECONOMY,
                "The municipal economy over time, with the final window's mean and spread.", false));
        if (confederationActive(run)) {
            out.addAll(figures(run, opts, "confederation", "Confederation: delegates and towns",
                    MetricStyle.CONFEDERATION, "The confederation over time, with the final window's mean and spread.",
                    false));
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

    /** A grid of the given metrics the run has, or nothing if it has none of them; see {@link #figures}. */
    public static Optional<Figure> figure(RunData run, ChartOptions opts, String name, String title,
            List<String> metrics, String description, boolean recallRug) {
        List<Figure> pages = figures(run, opts, name, title, metrics, description, recallRug);
        return pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(0));
    }

    /**
     * Grids of the given metrics the run has, at most {@link ChartOptions#maxPanels()} panels each ({@code name},
     * {@code name_2}, ...), or none if it has none of them. Metrics constant throughout are left out, and the
     * subtitle of the first image names them with their value.
     */
    public static List<Figure> figures(RunData run, ChartOptions opts, String name, String title,
            List<String> metrics, String description, boolean recallRug) {
        List<String> present = new ArrayList<>();
        Map<String, Double> leftOut = new LinkedHashMap<>();
        for (String m : metrics) {
            if (!run.hasMetric(m)) {
                continue;
            }
            Double c = ConstantMetrics.constantValue(run.timeseries().numbers(m));
            if (c != null) {
                leftOut.put(m, c);
            } else {
                present.add(m);
            }
        }
        if (present.isEmpty()) {
            return List.of();
        }
        ChartTheme theme = ChartTheme.of(opts);
        RunEvents events = RunEvents.of(run);
        List<LegendKey> keys = new ArrayList<>();
        keys.add(new LegendKey("Final-window mean", ChartTheme.INK, LegendKey.Kind.DASHED));
        keys.add(new LegendKey("Mean ± 1 SD", Palette.GREY, LegendKey.Kind.BAND));
        keys.addAll(TimeCharts.eventKeys(events, recallRug));
        String note = ConstantMetrics.note(leftOut);
        int per = opts.maxPanels();
        int pages = (present.size() + per - 1) / per;
        // Balanced pages: 11 panels at six a page are 6 + 5, not 6 + 5 of unequal panel sizes by chance.
        int size = (present.size() + pages - 1) / pages;
        List<Figure> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<String> page = present.subList(p * size, Math.min(present.size(), (p + 1) * size));
            ChartTheme pt = PanelGrid.panelTheme(theme, page.size());
            List<JFreeChart> panels = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String key : page) {
                panels.add(panel(run, key, events, pt, recallRug));
                labels.add(MetricStyle.of(key).label());
            }
            String sub = TimeCharts.subtitle(run) + " · final window " + run.finalWindow() + " weeks";
            String pageTitle = pages > 1 ? title + " (" + (p + 1) + " of " + pages + ")" : title;
            String desc = description + (note.isEmpty() ? "" : " " + note + ".");
            out.add(new PanelGrid(p == 0 ? name : name + "_" + (p + 1), pageTitle, sub,
                    p == 0 ? desc : description, labels, panels, keys, theme, p == 0 ? note : ""));
        }
        return out;
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
