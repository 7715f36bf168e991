package org.pnyx.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.pnyx.config.Bylaw;
import org.pnyx.config.ParameterSpec;

/**
 * The bylaws over time (issue 13): for each bylaw that changed in some town during the run (by an assembly's
 * amendment or an intervention), one panel with a stepped line per town of its value in force, read from the
 * {@code bylaw_*} columns of {@code municipalities.csv}. A choice (decision rule, office selection) is drawn on an
 * axis of its choices. A run in which no bylaw changed has no such figure.
 */
final class BylawCharts {

    private BylawCharts() {
    }

    /** The figure, or nothing when no bylaw changed (or the run predates the bylaw columns). */
    static List<Figure> figures(RunData run, ChartOptions opts) {
        Optional<Table> towns = run.municipalities().filter(t -> t.has("municipality"));
        if (towns.isEmpty()) {
            return List.of();
        }
        Table t = towns.get();
        List<Bylaw> changed = new ArrayList<>();
        for (Bylaw b : Bylaw.values()) {
            if (t.has(b.column()) && t.text(b.column()).stream().distinct().count() > 1) {
                changed.add(b);
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        List<String> names = t.distinct("municipality");
        ChartTheme theme = ChartTheme.of(opts);
        ChartTheme pt = PanelGrid.panelTheme(theme, changed.size());
        List<JFreeChart> panels = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Bylaw b : changed) {
            panels.add(panel(t, b, names, pt));
            labels.add(b.param().spec().label());
        }
        List<LegendKey> keys = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            keys.add(new LegendKey(names.get(k), Palette.forRun(k),
                    Palette.repeats(k) ? LegendKey.Kind.DASHED : LegendKey.Kind.LINE));
        }
        return List.of(new PanelGrid("bylaws", "Bylaws over time", TimeCharts.subtitle(run) + " · "
                + changed.size() + " of " + Bylaw.COUNT + " bylaws changed", "Each bylaw that an assembly amended (or"
                + " an intervention changed) during the run, its value in force in each town week by week; amendments.csv"
                + " lists every amendment put, its votes and its mover's reason.", labels, panels, keys, theme));
    }

    private static JFreeChart panel(Table towns, Bylaw b, List<String> names, ChartTheme pt) {
        ParameterSpec s = b.param().spec();
        boolean choice = s.type() == ParameterSpec.Type.CHOICE;
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colors = new ArrayList<>();
        List<java.awt.Stroke> strokes = new ArrayList<>();
        double[] allYears = new double[0];
        for (int k = 0; k < names.size(); k++) {
            Table one = towns.where("municipality", names.get(k));
            double[] x = RunData.years(one);
            double[] y = choice ? one.text(b.column()).stream().mapToDouble(v -> s.choices().indexOf(v)).toArray()
                    : one.numbers(b.column());
            data.addSeries(TimeCharts.series(names.get(k), x, y));
            colors.add(Palette.forRun(k));
            strokes.add(Palette.repeats(k) ? pt.dashed() : pt.line());
            if (x.length > allYears.length) {
                allYears = x;
            }
        }
        NumberAxis valueAxis = choice ? new SymbolAxis(null, s.choices().toArray(new String[0]))
                : TimeCharts.valueAxis(null, false);
        XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis("Years", allYears), valueAxis, data,
                TimeCharts.lines(colors, strokes));
        return TimeCharts.chart(s.label(), s.unit() == null || s.unit().isEmpty() ? "" : s.unit(), plot, false, pt);
    }
}
