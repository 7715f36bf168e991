package org.pnyx.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Building blocks shared by the chart families: time axes, value axes, lines and event markers. */
final class TimeCharts {

    static final String TIME_AXIS = "Time (years)";

    private TimeCharts() {
    }

    /** A series of (x, y) points; {@code NaN} values leave a gap in the line. */
    static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], Double.isFinite(y[i]) ? y[i] : Double.NaN, false);
        }
        return s;
    }

    /** Weeks in the moving average of weekly counts: a quarter of a year. */
    static final int SMOOTHING_WEEKS = 13;

    /** Whether a weekly count of a run this long is drawn as a moving average: runs of two years or more. */
    static boolean smooths(MetricStyle style, int rows) {
        return style.weeklyCount() && rows >= 2 * RunData.STEPS_PER_YEAR;
    }

    /**
     * The trailing moving mean over {@code window} points, skipping {@code NaN}s; a point
     * with no finite value in its window is {@code NaN}.
     */
    static double[] movingMean(double[] y, int window) {
        double[] out = new double[y.length];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                sum += y[i];
                n++;
            }
            int drop = i - window;
            if (drop >= 0 && Double.isFinite(y[drop])) {
                sum -= y[drop];
                n--;
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** The values to draw for a metric: smoothed if {@link #smooths}, else as recorded. */
    static double[] drawn(MetricStyle style, double[] y) {
        return smooths(style, y.length) ? movingMean(y, SMOOTHING_WEEKS) : y;
    }

    /** The unit as shown under a panel or axis, noting smoothing. */
    static String unitNote(MetricStyle style, int rows) {
        String u = style.unit();
        return smooths(style, rows) ? u + ", quarterly average" : u;
    }

    /**
     * Room above the data for the recall rug: the value axis's top is raised so the
     * triangles sit above the highest value.
     */
    static void makeRoomForRug(NumberAxis axis, boolean share) {
        if (share) {
            axis.setRange(-0.02, 1.16);
        } else {
            axis.setUpperMargin(0.18);
        }
    }

    /** Ticks at 0, 0.5 and 1 only, for a share axis in a small panel. */
    static void coarseShareTicks(NumberAxis axis) {
        axis.setTickUnit(new NumberTickUnit(0.5, new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))));
    }

    /** A time axis from 0 (or the first time) to the last time, in years. */
    static NumberAxis timeAxis(String label, double[] x) {
        NumberAxis axis = new NumberAxis(label);
        double lo = x.length == 0 ? 0 : Math.min(0, x[0]);
        double hi = x.length == 0 ? 1 : x[x.length - 1];
        axis.setRange(lo, hi > lo ? hi : lo + 1);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    /** A value axis: fixed 0–1 for shares, else fitted to the data with zero included. */
    static NumberAxis valueAxis(String label, boolean share) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        if (share) {
            // A little room beyond 0 and 1, so a thick line at the bound is not cut in half.
            axis.setRange(-0.02, 1.02);
            axis.setTickUnit(new NumberTickUnit(0.2, new java.text.DecimalFormat("0.0",
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))));
        } else {
            axis.setAutoRangeIncludesZero(true);
        }
        return axis;
    }

    /** A line renderer drawing each series as one smooth path, no shapes. */
    static XYLineAndShapeRenderer lines(List<Color> colors, List<java.awt.Stroke> strokes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < colors.size(); i++) {
            r.setSeriesPaint(i, colors.get(i));
            r.setSeriesStroke(i, strokes.get(i));
        }
        return r;
    }

    /** A chart around a plot, with a subtitle line, themed. */
    static JFreeChart chart(String title, String subtitle, XYPlot plot, boolean legend, ChartTheme theme) {
        JFreeChart chart = new JFreeChart(title, theme.titleFont(), plot, legend);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle);
            sub.setPadding(new RectangleInsets(0, 0, theme.pad(10), 0));
            chart.addSubtitle(0, sub);
        }
        return theme.apply(chart);
    }

    /** A plain XY plot with the given axes and a first dataset. */
    static XYPlot plot(NumberAxis x, NumberAxis y, XYSeriesCollection data, XYLineAndShapeRenderer renderer) {
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainPannable(false);
        return plot;
    }

    /**
     * The colour of intervention markers: ink, as collapses, but a solid line where a collapse's is dashed
     * (every palette colour already stands for some metric).
     */
    static final Color INTERVENTION = ChartTheme.INK;

    /**
     * Vertical dashed lines at collapses (black) and regime changes (grey), and solid black lines at
     * interventions (those of one week share one line and one label), labelled unless {@code labelled} is
     * false (small multiples explain them in a shared legend).
     */
    static void addEventLines(XYPlot plot, RunEvents events, ChartTheme theme, boolean labelled) {
        java.util.Map<Double, List<String>> byYear = new java.util.TreeMap<>();
        events.interventions().forEach(i -> byYear.computeIfAbsent(i.year(), y -> new java.util.ArrayList<>())
                .add(i.text()));
        byYear.forEach((year, texts) -> {
            ValueMarker m = new ValueMarker(year, INTERVENTION, theme.line());
            if (labelled) {
                label(m, String.join("; ", texts), INTERVENTION, theme);
                m.setLabelFont(theme.tickFont().deriveFont(java.awt.Font.BOLD));
                m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            }
            plot.addDomainMarker(m, Layer.FOREGROUND);
        });
        for (double t : events.collapses()) {
            plot.addDomainMarker(eventMarker(t, labelled ? "collapse" : null, ChartTheme.INK, theme),
                    Layer.FOREGROUND);
        }
        for (RunEvents.RegimeChange c : events.regimeChanges()) {
            plot.addDomainMarker(eventMarker(c.year(), labelled ? "regime: " + c.regime() : null, Palette.GREY,
                    theme), Layer.FOREGROUND);
        }
    }

    /** The shared-legend keys for the event markers a run has. */
    static List<LegendKey> eventKeys(RunEvents events, boolean withRecalls) {
        List<LegendKey> keys = new java.util.ArrayList<>();
        if (!events.collapses().isEmpty()) {
            keys.add(new LegendKey("Collapse", ChartTheme.INK, LegendKey.Kind.EVENT_LINE));
        }
        if (!events.regimeChanges().isEmpty()) {
            keys.add(new LegendKey("Regime change", Palette.GREY, LegendKey.Kind.EVENT_LINE));
        }
        List<RunEvents.InterventionMark> marks = events.interventions();
        if (!marks.isEmpty()) {
            String text = marks.size() <= 2 ? marks.stream().map(i -> i.text() + ", year "
                    + Numbers.format(i.year())).reduce((a, b) -> a + "; " + b).orElse("")
                    : marks.size() + " interventions (listed in the report)";
            keys.add(new LegendKey("Intervention: " + text, INTERVENTION, LegendKey.Kind.MARKER_LINE));
        }
        if (withRecalls && !events.recalls().isEmpty()) {
            keys.add(new LegendKey("Recall", Palette.GREY, LegendKey.Kind.TRIANGLE));
        }
        if (withRecalls && !events.delegateRecalls().isEmpty()) {
            keys.add(new LegendKey("Delegate recall", ChartTheme.INK, LegendKey.Kind.TRIANGLE));
        }
        return keys;
    }

    private static ValueMarker eventMarker(double x, String label, Color color, ChartTheme theme) {
        ValueMarker m = new ValueMarker(x, color, theme.dashed());
        if (label != null) {
            label(m, label, color, theme);
        }
        return m;
    }

    private static void label(ValueMarker m, String label, Color color, ChartTheme theme) {
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabel(" " + label);
        m.setLabelFont(theme.tickFont());
        m.setLabelPaint(color);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }

    /**
     * Small downward triangles along the top edge at each recall (grey: officers, black:
     * delegates), on a hidden 0–1 axis so they do not disturb the data's axis.
     */
    static void addRecallRug(XYPlot plot, RunEvents events, ChartTheme theme) {
        if (events.recalls().isEmpty() && events.delegateRecalls().isEmpty()) {
            return;
        }
        XYSeriesCollection rug = new XYSeriesCollection();
        XYSeries officers = new XYSeries("Recall", false, true);
        events.recalls().forEach(t -> officers.add(t.doubleValue(), 0.975, false));
        XYSeries delegates = new XYSeries("Delegate recall", false, true);
        events.delegateRecalls().forEach(t -> delegates.add(t.doubleValue(), 0.93, false));
        rug.addSeries(officers);
        rug.addSeries(delegates);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        Shape tri = triangle(theme.pad(5));
        r.setSeriesShape(0, tri);
        r.setSeriesShape(1, tri);
        r.setSeriesPaint(0, Palette.GREY);
        r.setSeriesPaint(1, ChartTheme.INK);
        r.setAutoPopulateSeriesShape(false);
        r.setAutoPopulateSeriesPaint(false);
        int index = plot.getDatasetCount();
        NumberAxis hidden = new NumberAxis();
        hidden.setVisible(false);
        hidden.setRange(0, 1);
        plot.setRangeAxis(index, hidden);
        plot.setDataset(index, rug);
        plot.setRenderer(index, r);
        plot.mapDatasetToRangeAxis(index, index);
    }

    /** A downward triangle of half-width s centred on the origin. */
    static Shape triangle(double s) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(-s, -s);
        t.lineTo(s, -s);
        t.lineTo(0, s);
        t.closePath();
        return t;
    }

    /** The line under each title: scenario, its overrides in plain words, seed and length of the run. */
    static String subtitle(RunData run) {
        StringBuilder b = new StringBuilder("Scenario: ").append(run.scenarioName());
        String changes = run.changes();
        if (!changes.isEmpty()) {
            b.append(" with ").append(changes);
        }
        run.seed().ifPresent(s -> b.append(" · seed ").append(s));
        int weeks = run.steps();
        b.append(" · ").append(weeks).append(" weeks (").append(Numbers.format(weeks / RunData.STEPS_PER_YEAR))
                .append(" years)");
        return b.toString();
    }
}
