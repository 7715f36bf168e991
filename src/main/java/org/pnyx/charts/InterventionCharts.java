package org.pnyx.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figure of a run with interventions: what changed. For each assembly and economy metric, one panel
 * with the towns an intervention named (a line each) against the mean of the other towns (grey), read from
 * {@code municipalities.csv}; when no intervention names a town, the overall series. The interventions are
 * drawn as solid vertical lines. A run without interventions has no such figure.
 */
final class InterventionCharts {

    /** The metrics an intervention on a town's rules most often moves, in panel order. */
    static final List<String> METRICS = List.of("decisions", "dissent_share", "attendance_rate",
            "need_satisfaction", "mean_effort", "gini_wealth");

    private InterventionCharts() {
    }

    /** The figure, or nothing when the run had no interventions. */
    static List<Figure> figures(RunData run, ChartOptions opts) {
        RunEvents events = RunEvents.of(run);
        if (events.interventions().isEmpty()) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        events.interventions().stream().map(RunEvents.InterventionMark::municipality)
                .filter(java.util.Objects::nonNull).forEach(named::add);
        Optional<Table> towns = run.municipalities().filter(t -> t.has("municipality"));
        List<String> present = METRICS.stream().filter(run::hasMetric).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        boolean byTown = !named.isEmpty() && towns.isPresent();
        ChartTheme theme = ChartTheme.of(opts);
        ChartTheme pt = PanelGrid.panelTheme(theme, present.size());
        List<JFreeChart> panels = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String key : present) {
            panels.add(panel(run, key, byTown ? towns.get() : null, List.copyOf(named), events, pt));
            labels.add(MetricStyle.of(key).label());
        }
        List<LegendKey> keys = new ArrayList<>();
        if (byTown) {
            int k = 0;
            for (String name : named) {
                keys.add(new LegendKey(name, color(k++), LegendKey.Kind.LINE));
            }
            keys.add(new LegendKey("Mean of the other towns", Palette.GREY, LegendKey.Kind.THIN_LINE));
        } else {
            keys.add(new LegendKey("All citizens", Palette.BLUE, LegendKey.Kind.LINE));
        }
        keys.addAll(TimeCharts.eventKeys(events, false));
        String what = byTown ? String.join(", ", named) + " against the other towns" : "all towns";
        return List.of(new PanelGrid("interventions", "Interventions: what changed", TimeCharts.subtitle(run)
                + " · " + what, "The metrics an intervention most often moves, for " + what + "; the solid "
                + "vertical lines mark the interventions (weekly counts as quarterly averages).", labels, panels,
                keys, theme));
    }

    private static java.awt.Color color(int k) {
        return Palette.forRun(k + 4);
    }

    private static JFreeChart panel(RunData run, String key, Table towns, List<String> named, RunEvents events,
            ChartTheme pt) {
        MetricStyle s = MetricStyle.of(key);
        double[] x = run.years();
        XYSeriesCollection data = new XYSeriesCollection();
        List<java.awt.Color> colors = new ArrayList<>();
        List<java.awt.Stroke> strokes = new ArrayList<>();
        if (towns == null) {
            data.addSeries(TimeCharts.series(s.label(), x, TimeCharts.drawn(s, run.timeseries().numbers(key))));
            colors.add(Palette.BLUE);
            strokes.add(pt.line());
        } else {
            data.addSeries(TimeCharts.series("Mean of the other towns", x,
                    TimeCharts.drawn(s, meanOfOthers(towns, key, named, x.length))));
            colors.add(Palette.GREY);
            strokes.add(pt.thinLine());
            for (int k = 0; k < named.size(); k++) {
                Table one = towns.where("municipality", named.get(k));
                data.addSeries(TimeCharts.series(named.get(k), RunData.years(one),
                        TimeCharts.drawn(s, one.numbers(key))));
                colors.add(color(k));
                strokes.add(pt.line());
            }
        }
        NumberAxis valueAxis = TimeCharts.valueAxis(null, s.share());
        if (s.share()) {
            TimeCharts.coarseShareTicks(valueAxis);
        }
        XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis("Years", x), valueAxis, data,
                TimeCharts.lines(colors, strokes));
        TimeCharts.addEventLines(plot, events, pt, false);
        return TimeCharts.chart(s.label(), TimeCharts.unitNote(s, x.length), plot, false, pt);
    }

    /** Week by week, the mean over the towns not named of a metric ({@code NaN} where none has a value). */
    static double[] meanOfOthers(Table towns, String key, List<String> named, int rows) {
        double[] sum = new double[rows];
        int[] n = new int[rows];
        for (String name : towns.distinct("municipality")) {
            if (named.contains(name)) {
                continue;
            }
            double[] y = towns.where("municipality", name).numbers(key);
            for (int i = 0; i < Math.min(rows, y.length); i++) {
                if (Double.isFinite(y[i])) {
                    sum[i] += y[i];
                    n[i]++;
                }
            }
        }
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return out;
    }
}
