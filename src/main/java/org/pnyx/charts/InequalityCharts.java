package org.pnyx.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Inequality: Gini coefficients over time, and the Lorenz curve at the end with the equality line. */
public final class InequalityCharts {

    private InequalityCharts() {
    }

    /** The inequality figures a run supports: the Gini chart if any Gini column exists, the Lorenz chart if {@code lorenz.csv} exists. */
    public static List<Figure> figures(RunData run, ChartOptions opts) {
        List<Figure> out = new ArrayList<>();
        gini(run, opts).ifPresent(out::add);
        lorenz(run, opts).ifPresent(out::add);
        return out;
    }

    static Optional<Figure> gini(RunData run, ChartOptions opts) {
        List<MetricStyle> styles = MetricStyle.INEQUALITY.stream().filter(run::hasMetric).map(MetricStyle::of)
                .toList();
        if (styles.isEmpty()) {
            return Optional.empty();
        }
        ChartTheme theme = ChartTheme.of(opts);
        double[] x = run.years();
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colors = new ArrayList<>();
        List<Stroke> strokes = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        for (MetricStyle s : styles) {
            data.addSeries(TimeCharts.series(s.label(), x, run.timeseries().numbers(s.key())));
            colors.add(s.color());
            strokes.add(theme.line());
            legend.add(BandCharts.lineItem(s.label(), s.color(), theme));
        }
        XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis(TimeCharts.TIME_AXIS, x),
                TimeCharts.valueAxis("Gini coefficient (0 = all equal, 1 = one holds all)", true), data,
                TimeCharts.lines(colors, strokes));
        plot.setFixedLegendItems(legend);
        TimeCharts.addEventLines(plot, RunEvents.of(run), theme, true);
        String title = "Inequality over time";
        JFreeChart chart = TimeCharts.chart(title, TimeCharts.subtitle(run), plot, true, theme);
        return Optional.of(new ChartFigure("inequality", title,
                "Gini coefficients each week: 0 when everyone holds the same, 1 when one person holds everything.",
                styles.stream().map(MetricStyle::label).toList(), chart));
    }

    /** The Gini coefficient of a Lorenz curve: one minus twice the area under it (trapezoid rule). */
    static double giniOf(double[] p, double[] l) {
        double area = 0;
        for (int i = 1; i < p.length; i++) {
            area += (p[i] - p[i - 1]) * (l[i] + l[i - 1]) / 2;
        }
        return 1 - 2 * area;
    }

    static Optional<Figure> lorenz(RunData run, ChartOptions opts) {
        Optional<Table> lt = run.lorenz();
        if (lt.isEmpty() || !lt.get().has("population_share")) {
            return Optional.empty();
        }
        Table t = lt.get();
        List<String> curves = t.columns().stream()
                .filter(c -> c.endsWith("_share") && !c.equals("population_share") && t.hasFiniteValue(c)).toList();
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        ChartTheme theme = ChartTheme.of(opts);
        double[] p = t.numbers("population_share");
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colors = new ArrayList<>();
        List<Stroke> strokes = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        List<String> names = new ArrayList<>();
        List<String> ginis = new ArrayList<>();
        for (String c : curves) {
            String what = c.substring(0, c.length() - "_share".length());
            MetricStyle s = MetricStyle.of("gini_" + what);
            String label = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1).replace('_', ' ');
            double[] l = t.numbers(c);
            data.addSeries(TimeCharts.series(label, p, l));
            colors.add(s.color());
            strokes.add(theme.line());
            legend.add(BandCharts.lineItem(label, s.color(), theme));
            names.add(label);
            ginis.add("Gini of " + what.replace('_', ' ') + " " + Numbers.format(giniOf(p, l)));
        }
        String eq = "Perfect equality";
        data.addSeries(TimeCharts.series(eq, new double[] {0, 1}, new double[] {0, 1}));
        colors.add(Palette.GREY);
        strokes.add(theme.dashed());
        legend.add(BandCharts.lineItem(eq, Palette.GREY, theme.scaled(0.6)));
        names.add(eq);

        NumberAxis xAxis = TimeCharts.valueAxis("Share of citizens, poorest first (0–1)", true);
        NumberAxis yAxis = TimeCharts.valueAxis("Share held (0–1)", true);
        XYPlot plot = TimeCharts.plot(xAxis, yAxis, data, TimeCharts.lines(colors, strokes));
        plot.setFixedLegendItems(legend);
        String title = "Who holds what: the Lorenz curve at the end";
        JFreeChart chart = TimeCharts.chart(title, TimeCharts.subtitle(run) + " · " + String.join(", ", ginis), plot,
                true, theme);
        return Optional.of(new SquareFigure(new ChartFigure("lorenz", title,
                "At the last step, the share held by the poorest x of citizens; the further the curve sags below "
                        + "the dashed equality line, the more unequal.",
                names, chart)));
    }

    /** A chart drawn in a centred area about as wide as it is high, so the diagonal is at 45 degrees. */
    private record SquareFigure(ChartFigure inner) implements Figure {

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String title() {
            return inner.title();
        }

        @Override
        public String description() {
            return inner.description();
        }

        @Override
        public List<String> seriesNames() {
            return inner.seriesNames();
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area) {
            g2.setPaint(Color.WHITE);
            g2.fill(area);
            // Wider than high by the room the axis label, title and legend take.
            double w = Math.min(area.getWidth(), area.getHeight() * 1.25);
            inner.draw(g2, new Rectangle2D.Double(area.getCenterX() - w / 2, area.getY(), w, area.getHeight()));
        }
    }
}
