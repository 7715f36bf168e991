package org.pnyx.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of lines with translucent bands ({@link BandSeries}), e.g. the mean of
 * replications with its 95% confidence band. For the batch module:
 * <pre>{@code
 * BandSeries s = BandSeries.ofReplications("baseline", years, reps);
 * Figure f = BandCharts.metricFigure("attendance_rate", "Scenario: baseline · 30 replications",
 *         List.of(s), ChartOptions.defaults());
 * ChartWriter.write(f, outDir, ChartOptions.defaults());
 * }</pre>
 */
public final class BandCharts {

    /** Opacity of a band: light enough that overlapping bands stay readable. */
    public static final float BAND_ALPHA = 0.22f;

    private BandCharts() {
    }

    /**
     * One metric over time for one or more band series. A single series takes the
     * metric's colour; several series are told apart by the run colours, in order.
     * The file stem is {@code <metric>_band}.
     *
     * @param metric the metric column, e.g. {@code attendance_rate}
     * @param subtitle a line under the title, e.g. the number of replications; may be empty
     */
    public static Figure metricFigure(String metric, String subtitle, List<BandSeries> series, ChartOptions opts) {
        MetricStyle style = MetricStyle.of(metric);
        List<Color> colors = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            colors.add(series.size() == 1 ? style.color() : Palette.forRun(i));
        }
        String title = style.label() + " over time";
        JFreeChart chart = chart(title, subtitle, TimeCharts.TIME_AXIS, style.axisLabel(), style.share(), series,
                colors, "95% confidence band", ChartTheme.of(opts));
        List<String> names = series.stream().map(BandSeries::name).toList();
        return new ChartFigure(metric + "_band", title,
                style.label() + " over time: each line is a mean, the shaded band around it its confidence interval.",
                names, chart);
    }

    /**
     * A chart of band series, each drawn as a line in its colour with a translucent band.
     * The legend names each series and, once, what the band means.
     *
     * @param share whether to use a fixed 0–1 value axis
     * @param colors one colour per series
     * @param bandLabel what the band means, for the legend, e.g. {@code 95% confidence band}
     */
    public static JFreeChart chart(String title, String subtitle, String xLabel, String yLabel, boolean share,
            List<BandSeries> series, List<Color> colors, String bandLabel, ChartTheme theme) {
        if (colors.size() < series.size()) {
            throw new IllegalArgumentException("need one colour per series: " + series.size() + " series, "
                    + colors.size() + " colours");
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double lastX = 0;
        for (BandSeries s : series) {
            data.addSeries(s.toSeries());
            if (s.x().length > 0) {
                lastX = Math.max(lastX, s.x()[s.x().length - 1]);
            }
        }
        DeviationRenderer r = renderer(colors, theme);
        NumberAxis x = TimeCharts.timeAxis(xLabel, new double[] {0, lastX});
        XYPlot plot = new XYPlot(data, x, TimeCharts.valueAxis(yLabel, share), r);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            legend.add(lineItem(series.get(i).name(), colors.get(i), theme));
        }
        legend.add(bandItem(bandLabel, series.size() == 1 ? colors.get(0) : Palette.GREY));
        plot.setFixedLegendItems(legend);
        return TimeCharts.chart(title, subtitle, plot, true, theme);
    }

    /** A renderer for band series: thick lines, bands at {@link #BAND_ALPHA}. */
    static DeviationRenderer renderer(List<Color> colors, ChartTheme theme) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(BAND_ALPHA);
        r.setDrawSeriesLineAsPath(true);
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesFillPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < colors.size(); i++) {
            r.setSeriesPaint(i, colors.get(i));
            r.setSeriesFillPaint(i, colors.get(i));
            r.setSeriesStroke(i, theme.line());
        }
        return r;
    }

    /** A legend entry showing a thick line sample. */
    static LegendItem lineItem(String label, Color color, ChartTheme theme) {
        LegendItem item = new LegendItem(label, null, null, null,
                new java.awt.geom.Line2D.Double(-theme.pad(24), 0, theme.pad(24), 0), theme.line(), color);
        return item;
    }

    /** A legend entry showing a translucent box, for a band. */
    static LegendItem bandItem(String label, Color color) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-20, -8, 40, 16),
                Palette.translucent(color, 0.45));
        item.setOutlineStroke(new BasicStroke(0f));
        return item;
    }
}
