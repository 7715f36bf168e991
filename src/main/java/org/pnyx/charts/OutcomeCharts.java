package org.pnyx.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * How stable each outcome is across replications, for a sweep or a replication-only study:
 * <ul>
 * <li>{@code outcome_collapse}: the share of replications that collapsed, per group, with its 95% Wilson
 * interval;</li>
 * <li>{@code survival}: Kaplan–Meier curves of the time to collapse, per group, runs that did not collapse censored
 * at their last week;</li>
 * <li>{@code outcome_regime} and {@code outcome_bylaws}: when the runs recorded time series with a {@code regime}
 * column or {@code bylaw_*} columns, the share of replications ending in each regime, or each set of bylaws in
 * force, with Wilson intervals.</li>
 * </ul>
 * Groups are those of the replicated time series ({@link SweepGroups}) for collapse.
 */
final class OutcomeCharts {

    /** The most outcome categories drawn; rarer ones are pooled as "other". */
    static final int MAX_CATEGORIES = 8;
    static final String BYLAW_PREFIX = "bylaw_";

    private OutcomeCharts() {
    }

    /** Each run's outcome: its point, whether it collapsed, the week it did (NaN if not). */
    record RunOutcome(int point, boolean collapsed, double week) {
    }

    /** The runs of {@code runs.csv} with a collapse outcome (0 or 1), in file order. */
    static List<RunOutcome> outcomes(SweepData data) {
        Table runs = data.runs();
        if (!runs.has("collapsed") || !runs.has("point")) {
            return List.of();
        }
        double[] point = runs.numbers("point");
        double[] c = runs.numbers("collapsed");
        double[] t = runs.has("time_to_collapse") ? runs.numbers("time_to_collapse") : new double[runs.rows()];
        List<RunOutcome> out = new ArrayList<>();
        for (int r = 0; r < runs.rows(); r++) {
            if (Double.isFinite(c[r]) && Double.isFinite(point[r])) {
                out.add(new RunOutcome((int) point[r], c[r] >= 0.5, c[r] >= 0.5 ? t[r] : Double.NaN));
            }
        }
        return out;
    }

    static List<Figure> figures(SweepData data, ChartOptions opts) throws IOException {
        List<Figure> out = new ArrayList<>();
        List<RunOutcome> runs = outcomes(data);
        if (!runs.isEmpty()) {
            SweepGroups.Grouping g = SweepGroups.of(data, data.points(), "collapsed", opts.by());
            out.add(collapse(data, g, runs, opts));
            if (runs.stream().anyMatch(RunOutcome::collapsed)) {
                out.add(survival(data, g, runs, opts));
            }
        }
        out.addAll(finalStates(data, opts));
        return out;
    }

    private static List<RunOutcome> of(SweepGroups.Group g, List<RunOutcome> runs) {
        List<Integer> idx = g.points().stream().map(SweepData.Point::index).toList();
        return runs.stream().filter(r -> idx.contains(r.point())).toList();
    }

    private static String sub(SweepData data, SweepGroups.Grouping g) {
        return "Sweep " + data.name() + " · " + data.replications() + " replications per point"
                + (g.note().isEmpty() ? "" : " · " + g.note());
    }

    // ---------------------------------------------------------------- collapse

    static Figure collapse(SweepData data, SweepGroups.Grouping g, List<RunOutcome> runs, ChartOptions opts) {
        List<String> labels = new ArrayList<>();
        List<Replications.Share> shares = new ArrayList<>();
        for (SweepGroups.Group group : g.groups()) {
            List<RunOutcome> rs = of(group, runs);
            int k = (int) rs.stream().filter(RunOutcome::collapsed).count();
            Replications.Share s = Replications.wilson(k, rs.size());
            shares.add(s);
            labels.add(group.label() + " (" + k + " of " + rs.size() + ")");
        }
        List<List<Replications.Share>> one = new ArrayList<>();
        one.add(shares);
        String title = "Collapse: share of replications";
        JFreeChart chart = shareChart(title, sub(data, g), labels, List.of("Share collapsed"), one,
                List.of(Palette.BLACK), "Share of replications that collapsed (0–1)", ChartTheme.of(opts));
        return new ChartFigure("outcome_collapse", title, "The share of replications in which the society collapsed "
                + "by the end of the run, with its 95% Wilson score interval (which stays within 0–1 and is not a "
                + "point when none or all collapsed); each label gives the count.", labels, chart);
    }

    // ---------------------------------------------------------------- survival

    static Figure survival(SweepData data, SweepGroups.Grouping g, List<RunOutcome> runs, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        XYSeriesCollection ds = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        double maxYears = 0;
        for (SweepGroups.Group group : g.groups()) {
            List<RunOutcome> rs = of(group, runs);
            double[] times = new double[rs.size()];
            boolean[] events = new boolean[rs.size()];
            double end = 0;
            for (int i = 0; i < rs.size(); i++) {
                RunOutcome r = rs.get(i);
                int steps = data.steps(data.point(r.point()));
                events[i] = r.collapsed() && Double.isFinite(r.week());
                times[i] = events[i] ? r.week() : Math.max(0, steps - 1);
                end = Math.max(end, Math.max(0, steps - 1));
            }
            List<Replications.Step> km = Replications.kaplanMeier(times, events);
            double median = Replications.median(km);
            String name = group.label() + (Double.isFinite(median)
                    ? " (median " + Numbers.format(median) + " weeks)"
                    : " (median beyond the run)");
            if (ds.getSeriesIndex(name) >= 0) {
                name = name + " #" + (names.size() + 1);
            }
            XYSeries s = new XYSeries(name, true, true);
            s.add(0, 1);
            for (Replications.Step st : km) {
                s.add(st.time() / RunData.STEPS_PER_YEAR, st.survival());
            }
            s.add(end / RunData.STEPS_PER_YEAR, Replications.survivalAt(km, end));
            maxYears = Math.max(maxYears, end / RunData.STEPS_PER_YEAR);
            ds.addSeries(s);
            names.add(name);
        }
        XYStepRenderer r = new XYStepRenderer();
        r.setAutoPopulateSeriesPaint(false);
        r.setAutoPopulateSeriesStroke(false);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < names.size(); i++) {
            Color c = names.size() == 1 ? Palette.BLACK : Palette.forRun(i);
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, theme.line());
            legend.add(BandCharts.lineItem(names.get(i), c, theme));
        }
        NumberAxis y = TimeCharts.valueAxis("Share of replications not yet collapsed (0–1)", true);
        XYPlot plot = new XYPlot(ds, TimeCharts.timeAxis(TimeCharts.TIME_AXIS, new double[] {0, maxYears}), y, r);
        plot.setFixedLegendItems(legend);
        String title = "Survival: time to collapse";
        JFreeChart chart = TimeCharts.chart(title, sub(data, g) + " · Kaplan–Meier, censored at the run's end",
                plot, true, theme);
        return new ChartFigure("survival", title, "Kaplan–Meier estimate of the share of replications that have not "
                + "collapsed by each time: each step down is a collapse; runs that never collapsed are censored at "
                + "their last week (they count as at risk until then). The legend gives the median time to collapse, "
                + "or says it lies beyond the run when more than half survived.", names, chart);
    }

    // ---------------------------------------------------------------- regime and bylaws at the end

    /** The final-state outcomes of the recorded runs: regime and bylaws in force, when their columns exist. */
    static List<Figure> finalStates(SweepData data, ChartOptions opts) throws IOException {
        Map<Integer, List<Path>> folders = data.runFolders();
        if (folders.isEmpty()) {
            return List.of();
        }
        List<Integer> pointOf = new ArrayList<>();
        List<String> regimes = new ArrayList<>();
        List<String> bylaws = new ArrayList<>();
        boolean anyRegime = false;
        boolean anyBylaws = false;
        for (var e : folders.entrySet()) {
            for (Path run : e.getValue()) {
                Table t = RunData.readCsv(run.resolve("timeseries.csv"));
                if (t.rows() == 0) {
                    continue;
                }
                int last = t.rows() - 1;
                pointOf.add(e.getKey());
                String regime = t.has("regime") ? t.text("regime").get(last).trim() : "";
                anyRegime |= !regime.isEmpty();
                regimes.add(regime);
                String set = bylawSet(t, last);
                anyBylaws |= !set.isEmpty();
                bylaws.add(set);
            }
        }
        List<Figure> out = new ArrayList<>();
        if (anyRegime) {
            out.add(categorical(data, "outcome_regime", "Regime at the end: share of replications", "regime",
                    pointOf, regimes, opts));
        }
        if (anyBylaws) {
            out.add(categorical(data, "outcome_bylaws", "Bylaws in force at the end: share of replications",
                    "set of bylaws in force", pointOf, bylaws, opts));
        }
        return out;
    }

    /** The bylaws in force in a row, in words: {@code Quorum 0.1 · Decision rule consensus}; empty without any. */
    static String bylawSet(Table t, int row) {
        List<String> parts = new ArrayList<>();
        for (String c : t.columns()) {
            if (c.startsWith(BYLAW_PREFIX)) {
                String v = t.text(c).get(row).trim();
                double d = Table.parse(v);
                parts.add(MetricStyle.of(c).label() + " " + (Double.isFinite(d) ? Numbers.format(d) : v));
            }
        }
        return String.join(" · ", parts);
    }

    static Figure categorical(SweepData data, String name, String title, String what, List<Integer> pointOf,
            List<String> values, ChartOptions opts) {
        // Categories by frequency (then by name), the rarest pooled as "other".
        Map<String, Integer> freq = new LinkedHashMap<>();
        values.forEach(v -> freq.merge(v.isEmpty() ? "none recorded" : v, 1, Integer::sum));
        List<String> cats = freq.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : b.getValue() - a.getValue())
                .map(Map.Entry::getKey).toList();
        boolean other = cats.size() > MAX_CATEGORIES;
        List<String> shown = new ArrayList<>(other ? cats.subList(0, MAX_CATEGORIES - 1) : cats);
        if (other) {
            shown.add("other");
        }
        String metric = "collapsed";
        List<SweepData.Point> pts = data.points().stream().filter(p -> pointOf.contains(p.index())).toList();
        SweepGroups.Grouping g = SweepGroups.of(data, pts, metric, opts.by());
        List<String> groupLabels = new ArrayList<>();
        List<List<Replications.Share>> shares = new ArrayList<>();
        for (SweepGroups.Group group : g.groups()) {
            List<Integer> idx = group.points().stream().map(SweepData.Point::index).toList();
            int n = 0;
            int[] k = new int[shown.size()];
            for (int i = 0; i < values.size(); i++) {
                if (!idx.contains(pointOf.get(i))) {
                    continue;
                }
                n++;
                String v = values.get(i).isEmpty() ? "none recorded" : values.get(i);
                int c = shown.indexOf(v);
                k[c >= 0 ? c : shown.size() - 1]++;
            }
            List<Replications.Share> row = new ArrayList<>();
            for (int c = 0; c < shown.size(); c++) {
                row.add(Replications.wilson(k[c], n));
            }
            shares.add(row);
            groupLabels.add(group.label() + " (" + n + " runs)");
        }
        List<Color> colors = new ArrayList<>();
        for (int i = 0; i < groupLabels.size(); i++) {
            colors.add(groupLabels.size() == 1 ? Palette.BLACK : Palette.forRun(i));
        }
        JFreeChart chart = shareChart(title, sub(data, g), shown, groupLabels, shares, colors,
                "Share of replications (0–1)", ChartTheme.of(opts));
        return new ChartFigure(name, title, "The share of recorded replications ending in each " + what
                + " (at the last week), with 95% Wilson score intervals; one colour per group.", groupLabels, chart);
    }

    // ---------------------------------------------------------------- drawing

    /**
     * Dots with 95% interval whiskers on a 0–1 axis. With one series the categories are along the x axis; with
     * several, each category holds one dot per series, side by side.
     *
     * @param shares shares.get(series).get(category)
     */
    static JFreeChart shareChart(String title, String sub, List<String> categories, List<String> seriesNames,
            List<List<Replications.Share>> shares, List<Color> colors, String yLabel, ChartTheme theme) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        int n = seriesNames.size();
        double width = n == 1 ? 0 : Math.min(0.7, 0.15 * n);
        for (int s = 0; s < n; s++) {
            YIntervalSeries ys = new YIntervalSeries(seriesNames.get(s) + (ds.getSeriesCount() > 0
                    && ds.indexOf(seriesNames.get(s)) >= 0 ? " #" + s : ""), false, true);
            double offset = n == 1 ? 0 : -width / 2 + width * s / (n - 1);
            for (int c = 0; c < categories.size(); c++) {
                Replications.Share sh = shares.get(s).get(c);
                if (sh.n() > 0) {
                    ys.add(c + offset, sh.share(), sh.low(), sh.high());
                }
            }
            ds.addSeries(ys);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setAutoPopulateSeriesShape(false);
        r.setAutoPopulateSeriesPaint(false);
        double d = theme.pad(22);
        r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setErrorStroke(new BasicStroke((float) Math.max(1, theme.pad(4))));
        r.setCapLength(theme.pad(18));
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < n; s++) {
            r.setSeriesPaint(s, colors.get(s));
            legend.add(BandCharts.lineItem(seriesNames.get(s), colors.get(s), theme));
        }
        SymbolAxis x = new SymbolAxis(null, categories.toArray(new String[0]));
        x.setGridBandsVisible(false);
        x.setRange(-0.6, categories.size() - 0.4);
        x.setTickMarksVisible(false);
        if (categories.size() > 4 || categories.stream().mapToInt(String::length).max().orElse(0) > 24) {
            x.setVerticalTickLabels(categories.size() > 4);
        }
        NumberAxis y = TimeCharts.valueAxis(yLabel, true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setFixedLegendItems(legend);
        return TimeCharts.chart(title, sub, plot, n > 1, theme);
    }
}
