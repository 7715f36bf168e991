package org.pnyx.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Who attends: attendance of each fifth of citizens by wealth and by free time, when the run recorded the columns
 * {@code attendance_wealth_q1} ... {@code q5} and {@code attendance_free_time_q1} ... {@code q5} (q1 the poorest,
 * or those with the least free time). One panel per ordering, one line per fifth, in the ordered viridis colours
 * (dark: the first fifth; light: the fifth).
 */
final class WhoAttendsCharts {

    /** The column prefixes, each followed by {@code q1} ... {@code q5}, and the panel titles. */
    static final List<String[]> GROUPS = List.of(
            new String[] {"attendance_wealth_q", "By wealth"},
            new String[] {"attendance_free_time_q", "By free time"});
    static final int FIFTHS = 5;
    private static final ViridisScale SCALE = new ViridisScale(0, FIFTHS - 0.4);

    private WhoAttendsCharts() {
    }

    /** The colour of fifth {@code q} (1 to 5). */
    static Color color(int q) {
        return SCALE.color(q - 1);
    }

    /** Whether the run has all five columns of the prefix. */
    static boolean has(RunData run, String prefix) {
        for (int q = 1; q <= FIFTHS; q++) {
            if (!run.hasMetric(prefix + q)) {
                return false;
            }
        }
        return true;
    }

    static List<Figure> figures(RunData run, ChartOptions opts) {
        List<String[]> present = GROUPS.stream().filter(g -> has(run, g[0])).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        ChartTheme theme = ChartTheme.of(opts);
        ChartTheme pt = PanelGrid.panelTheme(theme, present.size());
        double[] x = run.years();
        boolean smooth = x.length >= 2 * RunData.STEPS_PER_YEAR;
        List<JFreeChart> panels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] g : present) {
            XYSeriesCollection data = new XYSeriesCollection();
            List<Color> colors = new ArrayList<>();
            List<java.awt.Stroke> strokes = new ArrayList<>();
            for (int q = 1; q <= FIFTHS; q++) {
                double[] y = run.timeseries().numbers(g[0] + q);
                String name = g[1] + ", fifth " + q;
                data.addSeries(TimeCharts.series(name, x, smooth ? TimeCharts.movingMean(y,
                        TimeCharts.SMOOTHING_WEEKS) : y));
                colors.add(color(q));
                strokes.add(pt.line());
                names.add(name);
            }
            NumberAxis value = TimeCharts.valueAxis(null, true);
            TimeCharts.coarseShareTicks(value);
            XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis("Years", x), value, data,
                    TimeCharts.lines(colors, strokes));
            TimeCharts.addEventLines(plot, RunEvents.of(run), pt, false);
            panels.add(TimeCharts.chart(g[1], smooth ? "share attending, 13-week average" : "share attending",
                    plot, false, pt));
        }
        List<LegendKey> keys = new ArrayList<>();
        keys.add(new LegendKey("1st fifth (poorest; least free time)", color(1), LegendKey.Kind.LINE));
        for (int q = 2; q <= 4; q++) {
            keys.add(new LegendKey(q + (q == 2 ? "nd" : q == 3 ? "rd" : "th") + " fifth", color(q),
                    LegendKey.Kind.LINE));
        }
        keys.add(new LegendKey("5th fifth (richest; most free time)", color(5), LegendKey.Kind.LINE));
        keys.addAll(TimeCharts.eventKeys(RunEvents.of(run), false));
        String title = "Who attends: by wealth and free time";
        return List.of(new PanelGrid("who_attends", title, TimeCharts.subtitle(run), "Attendance of each fifth of "
                + "citizens, ranked by wealth and by free time: the share of the fifth at its assembly's latest "
                + "meeting. Lines far apart mean the assembly hears some citizens more than others"
                + (smooth ? "; weekly values as a 13-week moving average" : "") + ".", names, panels, keys, theme));
    }
}
