package org.pnyx.sensitivity.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.pnyx.charts.ChartFigure;
import org.pnyx.charts.ChartOptions;
import org.pnyx.charts.ChartTheme;
import org.pnyx.charts.Figure;
import org.pnyx.charts.Palette;
import org.pnyx.sensitivity.Estimate;
import org.pnyx.sensitivity.Labels;
import org.pnyx.sensitivity.Morris;
import org.pnyx.sensitivity.Sobol;

/**
 * The charts of an analysis, one per output: for Morris, μ* against σ with each parameter's intervals; for
 * Sobol', horizontal bars of S1 and ST with their intervals. Parameters are named by {@link Labels#of}.
 * The look is the charts package's {@link ChartTheme}.
 */
public final class SensitivityCharts {

    private SensitivityCharts() {
    }

    /** Every figure of the analysis, in output order. */
    public static List<Figure> of(Analysis a, ChartOptions opts) {
        List<Figure> out = new ArrayList<>();
        for (int m = 0; m < a.analysed().size(); m++) {
            String metric = a.analysed().get(m);
            out.add(a.plan().method() == SensitivityPlan.Method.MORRIS
                    ? morris(metric, a.morris().get(m), a, opts) : sobol(metric, a.sobol().get(m), a, opts));
        }
        return out;
    }

    /** A readable name for an output column: {@code attendance_rate_mean} as {@code attendance rate (final-window mean)}. */
    public static String metricLabel(String column) {
        if (column.endsWith("_mean")) {
            return Labels.metric(column.substring(0, column.length() - 5)) + " (final-window mean)";
        }
        if (column.endsWith("_final")) {
            return Labels.metric(column.substring(0, column.length() - 6)) + " (last week)";
        }
        if (column.equals("collapsed")) {
            return "collapse (share of runs)";
        }
        return column.replace('_', ' ');
    }

    /** File stem of an output's chart. */
    public static String fileName(SensitivityPlan.Method method, String metric) {
        return (method == SensitivityPlan.Method.MORRIS ? "morris-" : "sobol-") + metric.replaceAll("[^A-Za-z0-9._-]",
                "_");
    }

    static Figure morris(String metric, Morris.Indices m, Analysis a, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        List<String> params = a.plan().parameters();
        XYIntervalSeries series = new XYIntervalSeries("parameters");
        double top = 0;
        for (int i = 0; i < params.size(); i++) {
            Estimate mu = m.muStar()[i];
            Estimate sd = m.sigma()[i];
            series.add(mu.value(), finite(mu.ciLow(), mu.value()), finite(mu.ciHigh(), mu.value()), sd.value(),
                    finite(sd.ciLow(), sd.value()), finite(sd.ciHigh(), sd.value()));
            top = Math.max(top, Math.max(finite(mu.ciHigh(), mu.value()), finite(sd.ciHigh(), sd.value())));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis x = new NumberAxis("μ*: mean absolute effect of moving across the whole range");
        NumberAxis y = new NumberAxis("σ: spread of the effects");
        double upper = top > 0 ? top * 1.08 : 1;
        x.setRange(0, upper);
        y.setRange(0, upper);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        double d = theme.pad(18);
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesPaint(0, Palette.BLUE);
        r.setErrorPaint(Palette.translucent(Palette.BLUE, 0.55));
        r.setErrorStroke(new BasicStroke((float) Math.max(1, theme.pad(3))));
        r.setCapLength(theme.pad(10));
        XYPlot plot = new XYPlot(data, x, y, r);
        XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, upper, upper, theme.dashed(), Palette.GREY);
        plot.addAnnotation(diagonal);
        XYTextAnnotation diag = new XYTextAnnotation("σ = μ*  ", upper * 0.97, upper * 0.97);
        diag.setFont(theme.tickFont());
        diag.setPaint(Palette.GREY);
        diag.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(diag);
        // Labels of nearby points would print over each other: each is lifted until it clears those placed before.
        double lineHeight = upper * 0.045;
        double charWidth = upper * 0.0105;
        Integer[] order = new Integer[params.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p1, p2) -> Double.compare(m.sigma()[p1].value(), m.sigma()[p2].value()));
        List<double[]> placed = new ArrayList<>();
        for (int i : order) {
            String text = Labels.of(params.get(i));
            double px = m.muStar()[i].value();
            boolean right = px > upper * 0.6;
            double width = (text.length() + 2) * charWidth;
            double x0 = right ? px - width : px;
            double ly = m.sigma()[i].value();
            boolean moved = true;
            for (int tries = 0; moved && tries <= placed.size(); tries++) {
                moved = false;
                for (double[] b : placed) {
                    if (x0 < b[1] && x0 + width > b[0] && Math.abs(ly - b[2]) < lineHeight * 0.999) {
                        ly = b[2] + lineHeight;
                        moved = true;
                    }
                }
            }
            placed.add(new double[] {x0, x0 + width, ly});
            XYTextAnnotation label = new XYTextAnnotation(right ? text + "  " : "  " + text, px, ly);
            label.setFont(theme.legendFont());
            label.setPaint(ChartTheme.INK);
            label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(upper / 8)));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep(upper / 8)));
        String title = metricLabel(metric) + ": Morris screening";
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%d trajectories over %d levels%s; bars: %s%% "
                        + "bootstrap intervals. Right: more influence. Above the dashed line: the effect depends on "
                        + "where the others are (non-linear or interacting).", m.trajectories(), a.plan().levels(),
                replicated(a), percent(a.confidence()))));
        theme.apply(chart);
        wrapSubtitle(chart, theme);
        return new ChartFigure(fileName(SensitivityPlan.Method.MORRIS, metric), title, "Morris μ* (influence) against "
                + "σ (non-linearity or interaction) of each parameter on " + metricLabel(metric) + ".", params, chart);
    }

    static Figure sobol(String metric, Sobol.Indices s, Analysis a, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        List<String> params = a.plan().parameters();
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < params.size(); i++) {
            String label = Labels.of(params.get(i));
            data.add(s.s1()[i].value(), finite(s.s1()[i].halfWidth(), 0), "S1: alone", label);
            data.add(s.st()[i].value(), finite(s.st()[i].halfWidth(), 0), "ST: with its interactions", label);
        }
        CategoryAxis cat = new CategoryAxis(null);
        cat.setTickLabelFont(theme.legendFont());
        cat.setTickLabelPaint(ChartTheme.INK);
        cat.setAxisLinePaint(ChartTheme.MUTED);
        cat.setCategoryMargin(0.25);
        cat.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis val = new NumberAxis("share of the output's variance");
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < params.size(); i++) {
            lo = Math.min(lo, Math.min(finite(s.s1()[i].ciLow(), 0), finite(s.st()[i].ciLow(), 0)));
            hi = Math.max(hi, Math.max(finite(s.s1()[i].ciHigh(), 0), finite(s.st()[i].ciHigh(), 0)));
        }
        val.setRange(lo < 0 ? lo - 0.02 : 0, Math.max(0.1, hi * 1.05));
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, Palette.BLUE);
        r.setSeriesPaint(1, Palette.ORANGE);
        r.setErrorIndicatorPaint(ChartTheme.INK);
        r.setErrorIndicatorStroke(new BasicStroke((float) Math.max(1, theme.pad(2.5))));
        r.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, cat, val, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke((float) Math.max(1, theme.pad(1.5))));
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        style(val, theme);
        String title = metricLabel(metric) + ": Sobol' indices";
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, true);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%d base samples (%d design points)%s; "
                        + "error bars: %s%% bootstrap intervals. S1: share of variance from the parameter alone; "
                        + "ST: with all its interactions.", s.n(), a.observations().x().length, replicated(a),
                percent(a.confidence()))));
        theme.apply(chart);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(theme.legendFont());
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        wrapSubtitle(chart, theme);
        return new ChartFigure(fileName(SensitivityPlan.Method.SOBOL, metric), title, "First-order (S1) and total "
                + "(ST) Sobol' indices of each parameter on " + metricLabel(metric) + ", with bootstrap intervals.",
                List.of("S1: alone", "ST: with its interactions"), chart);
    }

    private static void style(ValueAxis axis, ChartTheme theme) {
        axis.setLabelFont(theme.axisLabelFont());
        axis.setLabelPaint(ChartTheme.INK);
        axis.setTickLabelFont(theme.tickFont());
        axis.setTickLabelPaint(ChartTheme.INK);
        axis.setAxisLinePaint(ChartTheme.MUTED);
        axis.setTickMarkPaint(ChartTheme.MUTED);
    }

    private static void wrapSubtitle(JFreeChart chart, ChartTheme theme) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                t.setFont(theme.subtitleFont());
                t.setPaint(ChartTheme.MUTED);
                t.setMaximumLinesToDisplay(3);
                t.setExpandToFitSpace(false);
            }
        }
    }

    private static String replicated(Analysis a) {
        int r = a.observations().replications();
        return r > 1 ? ", each the mean of " + r + " replications" : "";
    }

    private static String percent(double confidence) {
        return org.pnyx.io.Numbers.format(confidence * 100, false);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double finite(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
