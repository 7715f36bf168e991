package org.pnyx.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Participation: the attendance rate over time for all citizens, with the range across
 * municipalities as a band, and one small panel per municipality.
 */
public final class ParticipationCharts {

    /** Panels per page of the per-municipality grid; more municipalities continue on further pages. */
    public static final int PANELS_PER_PAGE = 24;

    private static final String ATTENDANCE = "attendance_rate";

    private ParticipationCharts() {
    }

    /** The participation figures a run supports: none without {@code attendance_rate}. */
    public static List<Figure> figures(RunData run, ChartOptions opts) {
        List<Figure> out = new ArrayList<>();
        if (!run.hasMetric(ATTENDANCE)) {
            return out;
        }
        out.add(overall(run, opts));
        out.addAll(byMunicipality(run, opts));
        return out;
    }

    /** Attendance over time, all citizens, with the municipal range and the quorum share. */
    static Figure overall(RunData run, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        MetricStyle att = MetricStyle.of(ATTENDANCE);
        double[] x = run.years();
        double[] y = run.timeseries().numbers(ATTENDANCE);
        Optional<double[][]> range = municipalRange(run, ATTENDANCE);
        double[] lo = range.map(r -> r[0]).orElse(y);
        double[] hi = range.map(r -> r[1]).orElse(y);
        String attName = "Attendance rate, all citizens";
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(new BandSeries(attName, x, y, lo, hi).toSeries());
        DeviationRenderer r0 = BandCharts.renderer(List.of(att.color()), theme);

        NumberAxis xAxis = TimeCharts.timeAxis(TimeCharts.TIME_AXIS, x);
        XYPlot plot = new XYPlot(band, xAxis, TimeCharts.valueAxis("Share (0–1)", true), r0);
        LegendItemCollection legend = new LegendItemCollection();
        List<String> names = new ArrayList<>();
        legend.add(BandCharts.lineItem(attName, att.color(), theme));
        names.add(attName);
        if (range.isPresent()) {
            String bandName = "Range across municipalities";
            legend.add(BandCharts.bandItem(bandName, att.color()));
            names.add(bandName);
        }
        if (run.hasMetric("quorum_met_share")) {
            MetricStyle q = MetricStyle.of("quorum_met_share");
            XYSeriesCollection qd = new XYSeriesCollection(
                    TimeCharts.series(q.label(), x, run.timeseries().numbers(q.key())));
            XYLineAndShapeRenderer r1 = TimeCharts.lines(List.of(q.color()), List.of(theme.thinLine()));
            plot.setDataset(1, qd);
            plot.setRenderer(1, r1);
            // Drawn behind attendance, the headline series.
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
            legend.add(BandCharts.lineItem(q.label(), q.color(), theme.scaled(0.6)));
            names.add(q.label());
        }
        TimeCharts.addEventLines(plot, RunEvents.of(run), theme, true);
        plot.setFixedLegendItems(legend);
        String title = "Participation: who comes to the assembly";
        JFreeChart chart = TimeCharts.chart(title, TimeCharts.subtitle(run), plot, true, theme);
        return new ChartFigure("participation", title,
                "Share of citizens attending their assembly each week (line)"
                        + (range.isPresent() ? ", the lowest to highest municipality (band)" : "")
                        + (run.hasMetric("quorum_met_share") ? " and the share of meetings reaching quorum" : "")
                        + ".",
                names, chart);
    }

    /** Per-step minimum and maximum of a metric over municipalities, aligned to the time series rows. */
    static Optional<double[][]> municipalRange(RunData run, String metric) {
        Optional<Table> mt = run.municipalities();
        if (mt.isEmpty() || !mt.get().hasFiniteValue(metric) || !mt.get().has("step")
                || !run.timeseries().has("step")) {
            return Optional.empty();
        }
        double[] steps = mt.get().numbers("step");
        double[] v = mt.get().numbers(metric);
        Map<Double, double[]> byStep = new HashMap<>();
        for (int i = 0; i < steps.length; i++) {
            if (Double.isFinite(v[i])) {
                double[] mm = byStep.computeIfAbsent(steps[i], k -> new double[] {Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY});
                mm[0] = Math.min(mm[0], v[i]);
                mm[1] = Math.max(mm[1], v[i]);
            }
        }
        double[] ts = run.timeseries().numbers("step");
        double[][] out = new double[2][ts.length];
        for (int i = 0; i < ts.length; i++) {
            double[] mm = byStep.get(ts[i]);
            out[0][i] = mm == null ? Double.NaN : mm[0];
            out[1][i] = mm == null ? Double.NaN : mm[1];
        }
        return Optional.of(out);
    }

    /** One panel per municipality: its attendance (thick) over the overall rate (thin grey). */
    static List<Figure> byMunicipality(RunData run, ChartOptions opts) {
        Optional<Table> mt = run.municipalities();
        if (mt.isEmpty() || !mt.get().has("municipality") || !mt.get().hasFiniteValue(ATTENDANCE)) {
            return List.of();
        }
        Table m = mt.get();
        List<String> names = m.distinct("municipality");
        ChartTheme theme = ChartTheme.of(opts);
        MetricStyle att = MetricStyle.of(ATTENDANCE);
        double[] x = run.years();
        double[] overall = run.timeseries().numbers(ATTENDANCE);
        RunEvents events = RunEvents.of(run);
        // The projector preset's limit applies; otherwise 24 small panels of one line each stay legible.
        int per = opts.maxPanels() < ChartOptions.DEFAULT_MAX_PANELS ? opts.maxPanels() : PANELS_PER_PAGE;
        int pages = (names.size() + per - 1) / per;
        List<Figure> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<String> page = names.subList(p * per, Math.min(names.size(), (p + 1) * per));
            ChartTheme pt = PanelGrid.panelTheme(theme, page.size());
            List<JFreeChart> panels = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String name : page) {
                Table one = m.where("municipality", name);
                // Town size beside the name: the size-attendance link is this chart's lesson (Bryan 2004).
                double[] pop = one.has("population") ? one.numbers("population") : new double[0];
                String label = pop.length > 0 && Double.isFinite(pop[pop.length - 1])
                        ? name + " · " + Math.round(pop[pop.length - 1]) + " citizens" : name;
                labels.add(label);
                XYSeriesCollection data = new XYSeriesCollection();
                data.addSeries(TimeCharts.series("All municipalities", x, overall));
                data.addSeries(TimeCharts.series(name, RunData.years(one), one.numbers(ATTENDANCE)));
                XYLineAndShapeRenderer r = TimeCharts.lines(List.of(Palette.GREY, att.color()),
                        List.of(pt.thinLine(), pt.line()));
                NumberAxis valueAxis = TimeCharts.valueAxis(null, true);
                TimeCharts.coarseShareTicks(valueAxis);
                XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis("Years", x), valueAxis, data, r);
                TimeCharts.addEventLines(plot, events.forTown(name), pt, false);
                panels.add(TimeCharts.chart(label, null, plot, false, pt));
            }
            String suffix = pages > 1 ? " (" + (p + 1) + " of " + pages + ")" : "";
            String title = "Attendance by municipality" + suffix;
            List<LegendKey> keys = new ArrayList<>(List.of(
                    new LegendKey("Attendance rate in the municipality", att.color(), LegendKey.Kind.LINE),
                    new LegendKey("All citizens", Palette.GREY, LegendKey.Kind.THIN_LINE)));
            keys.addAll(TimeCharts.eventKeys(events, false));
            out.add(new PanelGrid(p == 0 ? "participation_by_municipality"
                    : "participation_by_municipality_" + (p + 1), title,
                    TimeCharts.subtitle(run) + " · share of citizens attending (0–1) against time in years",
                    "One small chart per municipality: its weekly attendance rate (coloured) against the rate "
                            + "for all citizens (grey), on the same 0–1 scale.",
                    labels, panels, keys, theme));
        }
        return out;
    }

}
