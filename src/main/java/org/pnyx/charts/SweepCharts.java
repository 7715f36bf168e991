package org.pnyx.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a sweep folder, chosen by its design:
 * <ul>
 * <li>response curves ({@code response_<metric>}): a metric's final-window mean against the
 * first numeric parameter, with its 95% confidence band, one line per level of the other
 * parameters (a categorical one such as the decision rule, or a second numeric one);</li>
 * <li>for two numeric parameters, a map of one metric over both: a heatmap
 * ({@code heatmap_<metric>}) when the points form a grid, else a coloured scatter
 * ({@code scatter_<metric>}), in the viridis scale;</li>
 * <li>when the runs recorded time series, each metric over time ({@code replicated_<metric>}):
 * the mean of the replications with a 95% band, one line per design point (at most
 * {@value #MAX_LINES}).</li>
 * </ul>
 */
final class SweepCharts {

    /** The most lines on one chart before they can no longer be told apart. */
    static final int MAX_LINES = 8;
    /** The most levels a parameter may have to be drawn as the rows or columns of a heatmap. */
    static final int MAX_GRID_LEVELS = 30;
    /** The most parameter pairs mapped. */
    static final int MAX_MAPS = 3;
    /** Sweeps recording at most this many metrics get charts of all of them; larger ones of {@link #KEY_METRICS}. */
    static final int ALL_METRICS_UP_TO = 10;

    /** The key metrics charted when the sweep recorded many, in display order. */
    static final List<String> KEY_METRICS = List.of("attendance_rate", "quorum_met_share", "decisions",
            "dissent_share", "gini_wealth", "influence_concentration", "need_satisfaction", "free_rider_share",
            "collapsed", "liberty_index");

    /** The metric mapped over two parameters unless another is asked for. */
    static final String DEFAULT_MAP_METRIC = "attendance_rate";

    /** The legend label of the line of a response chart that has only one. */
    static final String SINGLE_LINE = "Mean across replications";

    private SweepCharts() {
    }

    /**
     * How a sweep's response curves are laid out.
     *
     * @param x the parameter along the x axis
     * @param numericX whether x is numeric (else its levels are evenly spaced categories)
     * @param groupBy the parameters whose level combinations get a line each; empty for one line
     * @param pooledOver the parameters whose levels are pooled into each point of a line
     */
    record ResponsePlan(String x, boolean numericX, List<String> groupBy, List<String> pooledOver) {
    }

    /**
     * A map of one metric over two numeric parameters.
     *
     * @param a the parameter along the x axis
     * @param b the parameter along the y axis
     * @param grid whether every combination of their levels was run (heatmap), else scatter
     */
    record MapPlan(String a, String b, boolean grid) {
    }

    /** The metrics charted: all recorded ones if few, else the key ones present. */
    static List<String> chartedMetrics(SweepData data) {
        List<String> recorded = data.metrics();
        if (recorded.size() <= ALL_METRICS_UP_TO) {
            return recorded;
        }
        return KEY_METRICS.stream().filter(recorded::contains).toList();
    }

    /**
     * The metrics charted: those chosen ({@code --metrics}), else {@link #chartedMetrics(SweepData)} without the
     * metrics constant throughout the sweep ({@link #constantMetrics}).
     *
     * @throws IllegalArgumentException if a chosen metric is neither recorded nor a column of the runs' time series
     */
    static List<String> chartedMetrics(SweepData data, ChartOptions opts) throws IOException {
        if (opts.metricsChosen()) {
            List<String> columns = timeseriesColumns(data);
            for (String m : opts.metrics()) {
                if (!data.metrics().contains(m) && !columns.contains(m)) {
                    List<String> allowed = new ArrayList<>(data.metrics());
                    columns.stream().filter(c -> !allowed.contains(c) && !c.equals("step")).forEach(allowed::add);
                    throw new IllegalArgumentException("--metrics " + m + ": not recorded in the sweep " + data.dir()
                            + "; allowed: " + String.join(", ", allowed));
                }
            }
            return opts.metrics();
        }
        Map<String, Double> constant = constantMetrics(data);
        List<String> out = new ArrayList<>(chartedMetrics(data));
        // The bylaws in force over time (columns bylaw_*), whenever some replication changed them.
        data.metrics().stream().filter(m -> m.startsWith(OutcomeCharts.BYLAW_PREFIX) && !out.contains(m))
                .forEach(out::add);
        return out.stream().filter(m -> !constant.containsKey(m)).toList();
    }

    /** The columns of the first recorded run's {@code timeseries.csv}, or none. */
    static List<String> timeseriesColumns(SweepData data) throws IOException {
        for (List<Path> runs : data.runFolders().values()) {
            return RunData.readCsv(runs.get(0).resolve("timeseries.csv")).columns();
        }
        return List.of();
    }

    /**
     * The recorded metrics whose value is the same in every run, at the end and over the final window, with that
     * value: charts of them would be flat lines, so they are left out and {@code sweep.html} names them.
     */
    static Map<String, Double> constantMetrics(SweepData data) {
        Map<String, Double> out = new LinkedHashMap<>();
        Table runs = data.runs();
        for (String m : data.metrics()) {
            if (!runs.has(m + "_final") || !runs.has(m + "_mean")) {
                continue;
            }
            double[] f = runs.numbers(m + "_final");
            double[] w = runs.numbers(m + "_mean");
            double[] both = java.util.Arrays.copyOf(f, f.length + w.length);
            System.arraycopy(w, 0, both, f.length, w.length);
            Double c = ConstantMetrics.constantValue(both);
            if (c != null) {
                out.put(m, c);
            }
        }
        return out;
    }

    /** The metric to map: the one asked for, else attendance rate if recorded, else the first recorded. */
    static String mapMetric(SweepData data, String asked) {
        if (asked != null) {
            if (!data.metrics().contains(asked)) {
                throw new IllegalArgumentException("--metric " + asked + ": not recorded in the sweep "
                        + data.dir() + "; recorded: " + String.join(", ", data.metrics()));
            }
            return asked;
        }
        if (data.metrics().contains(DEFAULT_MAP_METRIC) || data.metrics().isEmpty()) {
            return DEFAULT_MAP_METRIC;
        }
        return data.metrics().get(0);
    }

    /** Every figure of the sweep, in page order: response curves, maps, replicated time series. */
    static List<Figure> figures(SweepData data, String mapMetric, ChartOptions opts) throws IOException {
        String metric = mapMetric(data, mapMetric);
        SweepGroups.checkBy(data, opts.by());
        List<Figure> out = new ArrayList<>();
        ResponsePlan plan = responsePlan(data);
        if (plan != null) {
            for (String m : chartedMetrics(data, opts)) {
                if (!data.metrics().contains(m)) {
                    continue;
                }
                out.add(response(data, plan, m, opts));
            }
        }
        List<MapPlan> maps = mapPlans(data);
        for (MapPlan p : maps) {
            if (data.metrics().contains(metric)) {
                out.add(map(data, p, metric, maps.size() > 1, opts));
            }
        }
        out.addAll(replicated(data, opts));
        out.addAll(OutcomeCharts.figures(data, opts));
        return out;
    }

    // ---------------------------------------------------------------- layout

    /** The parameters that are numeric, in order. */
    static List<String> numericParameters(SweepData data) {
        return data.parameters().stream().filter(data::numeric).toList();
    }

    /**
     * The layout of the response curves, or null when the design has none: x is the first
     * numeric parameter (else the first one); a line per combination of the others if
     * there are at most {@value #MAX_LINES} and each has two x values or more; else a line
     * per level of one other parameter, pooling the rest, if the design is balanced.
     */
    static ResponsePlan responsePlan(SweepData data) {
        List<String> params = data.parameters();
        if (params.isEmpty()) {
            return null;
        }
        List<String> numeric = numericParameters(data);
        String x = numeric.isEmpty() ? params.get(0) : numeric.get(0);
        if (data.levels(x).size() < 2) {
            return null;
        }
        List<String> others = params.stream().filter(p -> !p.equals(x)).toList();
        ResponsePlan all = new ResponsePlan(x, data.numeric(x), others, List.of());
        if (fits(data, all)) {
            return all;
        }
        List<String> candidates = new ArrayList<>();
        others.stream().filter(p -> !data.numeric(p)).forEach(candidates::add);
        others.stream().filter(data::numeric).forEach(candidates::add);
        candidates.add(null);
        for (String g : candidates) {
            List<String> groupBy = g == null ? List.of() : List.of(g);
            List<String> pooled = others.stream().filter(p -> !groupBy.contains(p)).toList();
            ResponsePlan plan = new ResponsePlan(x, data.numeric(x), groupBy, pooled);
            if (fits(data, plan)) {
                return plan;
            }
        }
        return null;
    }

    /**
     * Whether a plan gives legible lines: at most {@value #MAX_LINES}, each with two x values or
     * more; a plan that pools needs every cell to pool the same number (two or more) of points.
     */
    private static boolean fits(SweepData data, ResponsePlan plan) {
        Map<String, Map<String, List<SweepData.Point>>> cells = cells(data, plan);
        if (cells.size() > MAX_LINES) {
            return false;
        }
        int size = -1;
        for (Map<String, List<SweepData.Point>> line : cells.values()) {
            if (line.size() < 2) {
                return false;
            }
            for (List<SweepData.Point> cell : line.values()) {
                if (!plan.pooledOver().isEmpty()) {
                    if (cell.size() < 2 || (size >= 0 && cell.size() != size)) {
                        return false;
                    }
                    size = cell.size();
                } else if (cell.size() != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The points of each line (keyed by its label) and x level (in ascending order). */
    static Map<String, Map<String, List<SweepData.Point>>> cells(SweepData data, ResponsePlan plan) {
        Map<String, Map<String, List<SweepData.Point>>> lines = new LinkedHashMap<>();
        List<String> xLevels = data.levels(plan.x());
        for (SweepData.Point p : groupOrder(data, plan.groupBy())) {
            String line = groupLabel(p, plan.groupBy());
            lines.computeIfAbsent(line, k -> new LinkedHashMap<>()).computeIfAbsent(p.value(plan.x()), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, Map<String, List<SweepData.Point>>> e : lines.entrySet()) {
            Map<String, List<SweepData.Point>> sorted = new LinkedHashMap<>();
            for (String lv : xLevels) {
                if (e.getValue().containsKey(lv)) {
                    sorted.put(lv, e.getValue().get(lv));
                }
            }
            e.setValue(sorted);
        }
        return lines;
    }

    /** The points ordered so that lines come in the order of their parameters' levels. */
    private static List<SweepData.Point> groupOrder(SweepData data, List<String> groupBy) {
        List<SweepData.Point> pts = new ArrayList<>(data.points());
        for (int i = groupBy.size() - 1; i >= 0; i--) {
            List<String> levels = data.levels(groupBy.get(i));
            String g = groupBy.get(i);
            pts.sort((p, q) -> Integer.compare(levels.indexOf(p.value(g)), levels.indexOf(q.value(g))));
        }
        return pts;
    }

    /** The legend label of a line: {@code decisionRule = majority}, or {@link #SINGLE_LINE} for a single line. */
    static String groupLabel(SweepData.Point p, List<String> groupBy) {
        if (groupBy.isEmpty()) {
            return SINGLE_LINE;
        }
        List<String> parts = new ArrayList<>();
        for (String g : groupBy) {
            parts.add(ParamLabels.assignment(g, p.value(g)));
        }
        return String.join(" · ", parts);
    }

    /** The last part of a key path: {@code bylaws.quorum} is {@code quorum}. */
    static String shortName(String keyPath) {
        int dot = keyPath.lastIndexOf('.');
        return dot < 0 ? keyPath : keyPath.substring(dot + 1);
    }

    /** The pairs of numeric parameters to map, in parameter order, at most {@value #MAX_MAPS}. */
    static List<MapPlan> mapPlans(SweepData data) {
        List<String> numeric = numericParameters(data);
        List<MapPlan> out = new ArrayList<>();
        for (int i = 0; i < numeric.size(); i++) {
            for (int j = i + 1; j < numeric.size() && out.size() < MAX_MAPS; j++) {
                out.add(new MapPlan(numeric.get(i), numeric.get(j), isGrid(data, numeric.get(i), numeric.get(j))));
            }
        }
        return out;
    }

    /** Whether every combination of the two parameters' levels was run, equally often. */
    private static boolean isGrid(SweepData data, String a, String b) {
        List<String> la = data.levels(a);
        List<String> lb = data.levels(b);
        if (la.size() > MAX_GRID_LEVELS || lb.size() > MAX_GRID_LEVELS) {
            return false;
        }
        Map<String, Integer> count = new LinkedHashMap<>();
        for (SweepData.Point p : data.points()) {
            count.merge(p.value(a) + "\u0000" + p.value(b), 1, Integer::sum);
        }
        return count.size() == la.size() * lb.size() && count.values().stream().distinct().count() == 1;
    }

    // ---------------------------------------------------------------- subtitles

    /** {@code Sweep quorum-rule · final-52-week mean of 3 replications per point}. */
    static String sweepLine(SweepData data) {
        int w = data.finalWindow();
        int reps = data.replications();
        return "Sweep " + data.name() + " · " + (w > 0 ? "mean over the final " + w + " weeks" : "final-window mean")
                + ", " + reps + (reps == 1 ? " replication" : " replications") + " per point";
    }

    // ---------------------------------------------------------------- response curves

    static Figure response(SweepData data, ResponsePlan plan, String metric, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        MetricStyle style = MetricStyle.of(metric);
        Map<String, Map<String, List<SweepData.Point>>> lines = cells(data, plan);
        List<String> xLevels = data.levels(plan.x());
        List<BandSeries> series = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<SweepData.Point>>> line : lines.entrySet()) {
            int n = line.getValue().size();
            double[] x = new double[n];
            double[] mean = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            int i = 0;
            for (Map.Entry<String, List<SweepData.Point>> cell : line.getValue().entrySet()) {
                SweepData.Stat s = data.pooled(cell.getValue(), metric);
                x[i] = plan.numericX() ? Double.parseDouble(cell.getKey()) : xLevels.indexOf(cell.getKey());
                mean[i] = s.mean();
                lo[i] = s.low();
                hi[i] = s.high();
                i++;
            }
            series.add(new BandSeries(line.getKey(), x, mean, lo, hi));
        }
        List<Color> colors = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            colors.add(series.size() == 1 ? style.color() : Palette.forRun(i));
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        series.forEach(s -> dataset.addSeries(s.toSeries()));
        DeviationRenderer r = BandCharts.renderer(colors, theme);
        r.setDefaultShapesVisible(true);
        r.setAutoPopulateSeriesShape(false);
        double d = theme.pad(16);
        r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        ValueAxis xAxis = xAxis(data, plan.x(), plan.numericX());
        XYPlot plot = new XYPlot(dataset, xAxis, TimeCharts.valueAxis(style.axisLabel(), style.share()), r);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            legend.add(BandCharts.lineItem(series.get(i).name(), colors.get(i), theme));
        }
        legend.add(BandCharts.bandItem("95% confidence band", series.size() == 1 ? colors.get(0) : Palette.GREY));
        plot.setFixedLegendItems(legend);
        String title = style.label() + " by " + ParamLabels.inText(plan.x());
        StringBuilder sub = new StringBuilder(sweepLine(data));
        if (!plan.pooledOver().isEmpty()) {
            sub.append(" · pooled over ").append(String.join(", ", plan.pooledOver().stream()
                    .map(ParamLabels::inText).toList()));
        }
        JFreeChart chart = TimeCharts.chart(title, sub.toString(), plot, true, theme);
        String how = series.size() == 1 ? "The line" : "Each line (one per " + String.join(" and ",
                plan.groupBy().stream().map(ParamLabels::inText).toList()) + ")";
        return new ChartFigure("response_" + metric, title, style.label() + " (" + style.axisLabel() + ") at each "
                + "value of " + ParamLabels.inText(plan.x()) + ". " + how + " is the mean across replications of each run's final-window "
                + "mean; the shaded band is its 95% confidence interval.",
                series.stream().map(BandSeries::name).toList(), chart);
    }

    /** A numeric axis fitted to the parameter's values, or the levels as evenly spaced categories. */
    private static ValueAxis xAxis(SweepData data, String parameter, boolean numeric) {
        if (!numeric) {
            SymbolAxis axis = new SymbolAxis(ParamLabels.axisLabel(parameter), data.levels(parameter).stream()
                    .map(v -> ParamLabels.value(parameter, v)).toArray(String[]::new));
            axis.setGridBandsVisible(false);
            axis.setRange(-0.4, data.levels(parameter).size() - 0.6);
            return axis;
        }
        NumberAxis axis = new NumberAxis(ParamLabels.axisLabel(parameter));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        // Every value of the parameter, even where a metric is undefined (dissent with no decisions),
        // so all response charts of a sweep share one x axis.
        List<String> levels = data.levels(parameter);
        double lo = Double.parseDouble(levels.get(0));
        double hi = Double.parseDouble(levels.get(levels.size() - 1));
        double pad = 0.04 * (hi - lo);
        axis.setRange(lo - pad, hi + pad);
        return axis;
    }

    // ---------------------------------------------------------------- maps

    static Figure map(SweepData data, MapPlan plan, String metric, boolean several, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        MetricStyle style = MetricStyle.of(metric);
        List<String> others = data.parameters().stream()
                .filter(p -> !p.equals(plan.a()) && !p.equals(plan.b())).toList();
        List<String> la = data.levels(plan.a());
        List<String> lb = data.levels(plan.b());
        List<double[]> cells = new ArrayList<>();
        if (plan.grid()) {
            for (int i = 0; i < la.size(); i++) {
                for (int j = 0; j < lb.size(); j++) {
                    List<SweepData.Point> pts = new ArrayList<>();
                    for (SweepData.Point p : data.points()) {
                        if (p.value(plan.a()).equals(la.get(i)) && p.value(plan.b()).equals(lb.get(j))) {
                            pts.add(p);
                        }
                    }
                    cells.add(new double[] {i, j, data.pooled(pts, metric).mean()});
                }
            }
        } else {
            for (SweepData.Point p : data.points()) {
                cells.add(new double[] {Double.parseDouble(p.value(plan.a())), Double.parseDouble(p.value(plan.b())),
                    data.stat(p, metric).mean()});
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            for (int c = 0; c < 3; c++) {
                xyz[c][k] = cells.get(k)[c];
            }
        }
        ViridisScale scale = ViridisScale.spanning(xyz[2]);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(style.label(), xyz);
        XYPlot plot;
        if (plan.grid()) {
            XYBlockRenderer r = new XYBlockRenderer();
            r.setPaintScale(scale);
            r.setBlockWidth(1);
            r.setBlockHeight(1);
            plot = new XYPlot(dataset, categoryAxis(plan.a(), la), categoryAxis(plan.b(), lb), r);
            Font font = theme.tickFont();
            for (double[] c : cells) {
                XYTextAnnotation a = new XYTextAnnotation(Numbers.format(c[2]), c[0], c[1]);
                a.setFont(font);
                a.setPaint(ViridisScale.dark(scale.color(c[2])) ? Color.WHITE : ChartTheme.INK);
                a.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(a);
            }
        } else {
            XYShapeRenderer r = new XYShapeRenderer();
            r.setPaintScale(scale);
            double d = theme.pad(40);
            r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
            r.setDrawOutlines(true);
            r.setUseOutlinePaint(true);
            r.setDefaultOutlinePaint(ChartTheme.INK);
            r.setDefaultOutlineStroke(new BasicStroke((float) Math.max(1, theme.pad(1.5))));
            plot = new XYPlot(dataset, fitted(plan.a()), fitted(plan.b()), r);
        }
        String title = style.label() + " by " + ParamLabels.inText(plan.a()) + " and " + ParamLabels.inText(plan.b());
        StringBuilder sub = new StringBuilder(sweepLine(data));
        if (!others.isEmpty()) {
            sub.append(plan.grid() ? " · pooled over " : " · also varied: ")
                    .append(String.join(", ", others.stream().map(ParamLabels::inText).toList()));
        }
        JFreeChart chart = TimeCharts.chart(title, sub.toString(), plot, false, theme);
        chart.addSubtitle(legend(scale, style, theme));
        plot.setRangeGridlinesVisible(false);
        if (plan.grid()) {
            plot.setOutlineVisible(false);
        } else {
            plot.setRangeGridlinesVisible(true);
            plot.setDomainGridlinesVisible(true);
            plot.setDomainGridlinePaint(Palette.GRID);
            plot.setDomainGridlineStroke(plot.getRangeGridlineStroke());
        }
        String stem = (plan.grid() ? "heatmap_" : "scatter_") + metric
                + (several ? "_" + fileSafe(shortName(plan.a())) + "_" + fileSafe(shortName(plan.b())) : "");
        String how = plan.grid()
                ? "Each cell is one combination of " + ParamLabels.inText(plan.a()) + " and "
                        + ParamLabels.inText(plan.b()) + ", coloured (and labelled) by the "
                        + "mean across its replications of each run's final-window mean"
                        + (others.isEmpty() ? "" : ", pooled over the other parameters")
                : "Each dot is one design point at its values of " + ParamLabels.inText(plan.a()) + " and "
                        + ParamLabels.inText(plan.b())
                        + ", coloured by the mean across its replications of each run's final-window mean"
                        + (others.isEmpty() ? "" : "; the other parameters vary from dot to dot too");
        return new ChartFigure(stem, title, style.label() + " (" + style.axisLabel() + "). " + how
                + ". The colour scale (viridis) runs from the lowest to the highest value drawn.",
                List.of(style.label()), chart);
    }

    private static String fileSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** An axis whose levels sit at 0, 1, 2, ... and are labelled with their values. */
    private static SymbolAxis categoryAxis(String parameter, List<String> levels) {
        SymbolAxis axis = new SymbolAxis(ParamLabels.axisLabel(parameter), levels.toArray(new String[0]));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, levels.size() - 0.5);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private static NumberAxis fitted(String parameter) {
        NumberAxis axis = new NumberAxis(ParamLabels.axisLabel(parameter));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.08);
        axis.setUpperMargin(0.08);
        return axis;
    }

    /** The colour-scale legend at the right: a viridis strip with the metric's axis. */
    private static PaintScaleLegend legend(ViridisScale scale, MetricStyle style, ChartTheme theme) {
        NumberAxis axis = new NumberAxis(style.axisLabel());
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setRange(scale.lower(), scale.upper());
        // About six labels: the automatic choice crowds the strip with one every few pixels.
        axis.setTickUnit((NumberTickUnit) NumberAxis.createStandardTickUnits(Locale.ROOT)
                .getCeilingTickUnit((scale.upper() - scale.lower()) / 6));
        axis.setLabelFont(theme.axisLabelFont());
        axis.setTickLabelFont(theme.tickFont());
        axis.setLabelPaint(ChartTheme.INK);
        axis.setTickLabelPaint(ChartTheme.INK);
        axis.setAxisLineVisible(false);
        axis.setTickMarkPaint(ChartTheme.MUTED);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(theme.pad(28));
        legend.setStripOutlineVisible(false);
        legend.setSubdivisionCount(200);
        legend.setMargin(new RectangleInsets(theme.pad(60), theme.pad(24), theme.pad(60), 0));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    // ---------------------------------------------------------------- replicated time series

    /**
     * One line of a replicated time series: a label and the run folders whose replications
     * it averages.
     */
    private record Line(String label, List<Path> runs) {
    }

    static List<Figure> replicated(SweepData data, ChartOptions opts) throws IOException {
        Map<Integer, List<Path>> folders = data.runFolders();
        if (folders.isEmpty()) {
            return List.of();
        }
        List<SweepData.Point> withRuns = data.points().stream().filter(p -> folders.containsKey(p.index())).toList();
        // Read each run once, keeping only the charted metrics' columns.
        List<String> metrics = new ArrayList<>(chartedMetrics(data, opts));
        Map<Path, Map<String, double[]>> values = new LinkedHashMap<>();
        double[] years = new double[0];
        for (SweepData.Point p : withRuns) {
            for (Path run : folders.get(p.index())) {
                Table t = RunData.readCsv(run.resolve("timeseries.csv"));
                Map<String, double[]> cols = new LinkedHashMap<>();
                for (String m : metrics) {
                    if (t.has(m)) {
                        cols.put(m, t.numbers(m));
                    }
                }
                values.put(run, cols);
                double[] y = RunData.years(t);
                if (y.length > years.length) {
                    years = y;
                }
            }
        }
        ChartTheme theme = ChartTheme.of(opts);
        List<Figure> out = new ArrayList<>();
        for (String m : metrics) {
            MetricStyle style = MetricStyle.of(m);
            SweepGroups.Grouping grouping = SweepGroups.of(data, withRuns, m, opts.by());
            List<BandSeries> series = new ArrayList<>();
            boolean smoothed = false;
            for (SweepGroups.Group g : grouping.groups()) {
                List<double[]> reps = new ArrayList<>();
                for (SweepData.Point p : g.points()) {
                    for (Path run : folders.get(p.index())) {
                        double[] y = values.get(run).get(m);
                        if (y == null) {
                            continue;
                        }
                        smoothed |= TimeCharts.smooths(style, y.length);
                        double[] drawn = TimeCharts.drawn(style, y);
                        double[] padded = new double[years.length];
                        java.util.Arrays.fill(padded, Double.NaN);
                        System.arraycopy(drawn, 0, padded, 0, Math.min(drawn.length, padded.length));
                        reps.add(padded);
                    }
                }
                if (!reps.isEmpty()) {
                    series.add(BandSeries.ofReplications(g.label(), years, reps.toArray(new double[0][])));
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            List<Color> colors = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                colors.add(series.size() == 1 ? style.color() : Palette.forRun(i));
            }
            String sub = "Sweep " + data.name() + " · mean of " + data.replications() + " replications, 95% band"
                    + (grouping.note().isEmpty() ? "" : " · " + grouping.note());
            String title = style.label() + " over time";
            JFreeChart chart = BandCharts.chart(title, sub, TimeCharts.TIME_AXIS,
                    style.axisLabel() + (smoothed ? " (quarterly average)" : ""), style.share(), series, colors,
                    "95% confidence band", theme);
            out.add(new ChartFigure("replicated_" + m, title, style.label() + " (" + style.axisLabel()
                    + ") week by week: each line is the mean across replications, the shaded band its 95% "
                    + "confidence interval" + (smoothed ? "; weekly counts as a 13-week moving average" : "")
                    + (grouping.note().isEmpty() ? "" : "; " + grouping.note()) + ".",
                    series.stream().map(BandSeries::name).toList(), chart));
        }
        return out;
    }

    /** The legend label of one design point: {@code quorum = 0.02 · decisionRule = majority}. */
    static String pointLabel(SweepData data, SweepData.Point p) {
        return groupLabel(p, data.parameters());
    }
}
