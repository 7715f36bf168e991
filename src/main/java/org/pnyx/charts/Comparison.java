package org.pnyx.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Side-by-side comparison of runs: for each metric, one chart overlaying every run (each
 * run keeps its colour across all charts and the legend names its scenario), a table of
 * headline figures, the parameters that differ, as {@code compare.html} and {@code compare.csv}.
 */
public final class Comparison {

    /** Columns never overlaid: 0/1 flags are drawn as markers on a run's own charts. */
    private static final Set<String> SKIPPED = Set.of("collapsed");

    private Comparison() {
    }

    /** Names for the runs in legends and tables, none given on the command line. */
    public static List<String> labels(List<RunData> runs) {
        return labels(runs, java.util.Collections.nCopies(runs.size(), null));
    }

    /**
     * Names for the runs in legends and tables: the name given ({@code --label NAME=DIR}), else the scenario name
     * with the run's label (or, without one, its overrides in plain words); the seed is added when two runs share a
     * name, and the folder when that is still ambiguous.
     *
     * @param given a name per run, null where none was given
     */
    public static List<String> labels(List<RunData> runs, List<String> given) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunData r = runs.get(i);
            String changes = r.changes();
            names.add(given.get(i) != null ? given.get(i) : r.scenarioName() + r.label().map(l -> " · " + l)
                    .orElse(changes.isEmpty() ? "" : " with " + changes));
        }
        List<String> out = new ArrayList<>(names);
        for (int i = 0; i < runs.size(); i++) {
            if (count(names, names.get(i)) > 1) {
                RunData r = runs.get(i);
                out.set(i, names.get(i) + r.seed().map(s -> " (seed " + s + ")").orElse(""));
            }
        }
        List<String> withSeed = List.copyOf(out);
        for (int i = 0; i < runs.size(); i++) {
            if (count(withSeed, withSeed.get(i)) > 1) {
                out.set(i, withSeed.get(i) + " [" + runs.get(i).dir() + "]");
            }
        }
        return out;
    }

    private static long count(List<String> xs, String x) {
        return xs.stream().filter(x::equals).count();
    }

    /** Metrics present in at least one run, in order of first appearance. */
    static List<String> metrics(List<RunData> runs) {
        Set<String> out = new LinkedHashSet<>();
        for (RunData r : runs) {
            for (String m : r.metricColumns()) {
                if (!SKIPPED.contains(m)) {
                    out.add(m);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The metrics that are the same constant in every run that has them, with the value: overlaying flat lines at
     * one value shows nothing, so they are left out and {@code compare.html} names them. A metric constant at
     * different values in different runs is kept: that difference is the comparison.
     */
    static Map<String, Double> constantMetrics(List<RunData> runs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : metrics(runs)) {
            Double value = null;
            boolean same = true;
            for (RunData r : runs) {
                if (!r.hasMetric(m)) {
                    continue;
                }
                Double c = ConstantMetrics.constantValue(r.timeseries().numbers(m));
                if (c == null || (value != null && Math.abs(c - value) > 1e-12)) {
                    same = false;
                    break;
                }
                value = c;
            }
            if (same && value != null) {
                out.put(m, value);
            }
        }
        return out;
    }

    /**
     * The metrics charted: those chosen ({@code --metrics}, each present in some run), else every metric present
     * except the constant ones.
     *
     * @throws IllegalArgumentException naming a chosen metric no run has
     */
    static List<String> charted(List<RunData> runs, ChartOptions opts) {
        List<String> all = metrics(runs);
        if (opts.metricsChosen()) {
            for (String m : opts.metrics()) {
                if (!all.contains(m)) {
                    throw new IllegalArgumentException("--metrics " + m + ": no run has it; allowed: "
                            + String.join(", ", all));
                }
            }
            return opts.metrics();
        }
        Map<String, Double> constant = constantMetrics(runs);
        return all.stream().filter(m -> !constant.containsKey(m)).toList();
    }

    /** One overlay figure per metric, named {@code compare_<metric>}. */
    public static List<Figure> figures(List<RunData> runs, ChartOptions opts) {
        return figures(runs, labels(runs), opts);
    }

    /** One overlay figure per metric, the runs named by {@code labels}. */
    static List<Figure> figures(List<RunData> runs, List<String> labels, ChartOptions opts) {
        ChartTheme theme = ChartTheme.of(opts);
        List<Figure> out = new ArrayList<>();
        String sub = runs.size() == 2 ? labels.get(0) + " versus " + labels.get(1)
                : "Comparing " + runs.size() + " runs";
        for (String key : charted(runs, opts)) {
            MetricStyle s = MetricStyle.of(key);
            XYSeriesCollection data = new XYSeriesCollection();
            List<Color> colors = new ArrayList<>();
            List<Stroke> strokes = new ArrayList<>();
            LegendItemCollection legend = new LegendItemCollection();
            List<String> names = new ArrayList<>();
            double lastX = 0;
            boolean smoothed = false;
            for (int i = 0; i < runs.size(); i++) {
                RunData r = runs.get(i);
                if (!r.hasMetric(key)) {
                    continue;
                }
                double[] x = r.years();
                lastX = Math.max(lastX, x.length == 0 ? 0 : x[x.length - 1]);
                // Two runs may share a label only if a caller passed the same folder twice.
                String label = labels.get(i);
                if (data.getSeriesIndex(label) >= 0) {
                    label = label + " #" + (i + 1);
                }
                double[] y = r.timeseries().numbers(key);
                smoothed |= TimeCharts.smooths(s, y.length);
                data.addSeries(TimeCharts.series(label, x, TimeCharts.drawn(s, y)));
                Color c = Palette.forRun(i);
                Stroke st = Palette.repeats(i) ? dashedLine(theme) : theme.line();
                colors.add(c);
                strokes.add(st);
                legend.add(new org.jfree.chart.LegendItem(label, null, null, null,
                        new java.awt.geom.Line2D.Double(-theme.pad(24), 0, theme.pad(24), 0), st, c));
                names.add(label);
            }
            XYPlot plot = TimeCharts.plot(TimeCharts.timeAxis(TimeCharts.TIME_AXIS, new double[] {0, lastX}),
                    TimeCharts.valueAxis(s.axisLabel() + (smoothed ? " (quarterly average)" : ""),
                            s.share()), data, TimeCharts.lines(colors, strokes));
            plot.setFixedLegendItems(legend);
            String title = s.label() + " over time";
            JFreeChart chart = TimeCharts.chart(title, sub, plot, true, theme);
            out.add(new ChartFigure("compare_" + key, title,
                    s.label() + " (" + s.axisLabel() + ") in each run, one line per run.", names, chart));
        }
        return out;
    }

    private static Stroke dashedLine(ChartTheme theme) {
        BasicStroke line = (BasicStroke) theme.line();
        float w = line.getLineWidth();
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3 * w, 2 * w}, 0f);
    }

    /** Writes the charts, {@code compare.csv} and {@code compare.html} into {@code outDir}; returns the files. */
    public static List<Path> write(List<RunData> runs, Path outDir, ChartOptions opts) throws IOException {
        return write(runs, java.util.Collections.nCopies(runs.size(), null), outDir, opts);
    }

    /**
     * Writes the charts, {@code compare.csv} and {@code compare.html} into {@code outDir}; returns the files.
     *
     * @param given a name per run ({@code --label NAME=DIR}), null where none was given
     */
    public static List<Path> write(List<RunData> runs, List<String> given, Path outDir, ChartOptions opts)
            throws IOException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("compare needs at least one run folder");
        }
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        List<HtmlReport.Embedded> embedded = new ArrayList<>();
        List<String> labels = labels(runs, given);
        for (Figure f : figures(runs, labels, opts)) {
            List<Path> files = ChartWriter.write(f, outDir, opts);
            written.addAll(files);
            embedded.add(new HtmlReport.Embedded(f, Files.readAllBytes(files.get(0))));
        }
        Path csv = outDir.resolve("compare.csv");
        ChartWriter.writeAtomically(csv, csv(runs, labels).getBytes(StandardCharsets.UTF_8));
        written.add(csv);
        Path html = outDir.resolve("compare.html");
        ChartWriter.writeAtomically(html, page(runs, labels, embedded).getBytes(StandardCharsets.UTF_8));
        written.add(html);
        return written;
    }

    /** Headline figures in long format: one row per run and metric. */
    static String csv(List<RunData> runs) throws IOException {
        return csv(runs, labels(runs));
    }

    static String csv(List<RunData> runs, List<String> labels) throws IOException {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader("run", "scenario", "seed",
                "folder", "metric", "final", "window_mean", "window_sd", "trend_per_year", "stable").build();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (int i = 0; i < runs.size(); i++) {
                RunData r = runs.get(i);
                for (String m : r.metricColumns()) {
                    Headline h = r.headline(m);
                    p.printRecord(labels.get(i), r.scenarioName(), r.seed().map(String::valueOf).orElse(""),
                            r.dir().toString(), m, num(h.finalValue()), num(h.windowMean()), num(h.windowSd()),
                            num(h.trendPerYear()), h.stable() == null ? "" : h.stable().toString());
                }
            }
        }
        return out.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%s", v);
    }

    static String page(List<RunData> runs, List<HtmlReport.Embedded> figures) {
        return page(runs, labels(runs), figures);
    }

    static String page(List<RunData> runs, List<String> labels, List<HtmlReport.Embedded> figures) {
        StringBuilder b = new StringBuilder();
        String title = runs.size() == 2 ? labels.get(0) + " versus " + labels.get(1)
                : "Comparing " + runs.size() + " runs";
        HtmlReport.head(b, "Pnyx comparison: " + title);
        b.append("<header><h1>").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">");
        for (int i = 0; i < runs.size(); i++) {
            b.append(i == 0 ? "" : "<br>").append("<span class=\"swatch\" style=\"background:")
                    .append(HtmlReport.hex(Palette.forRun(i))).append("\"></span><strong>")
                    .append(Html.escape(labels.get(i))).append("</strong>: ")
                    .append(Html.escape(HtmlReport.meta(runs.get(i)))).append(" · overrides: ")
                    .append(Html.escape(overrides(runs.get(i)))).append(" · folder <code>")
                    .append(Html.escape(runs.get(i).dir().toString())).append("</code>");
        }
        b.append("</p></header>\n");
        b.append("<nav><a href=\"#headline\">Headline figures</a> · <a href=\"#differences\">What differs</a> · "
                + "<a href=\"#charts\">Charts</a></nav>\n");

        b.append("<section id=\"headline\"><h2>Headline figures</h2>\n<p class=\"note\">Mean over each run's final "
                + "window ± one standard deviation; <em>not stable</em> marks a metric still drifting or "
                + "swinging.</p>\n<table class=\"compare\"><thead><tr><th>Metric</th>");
        for (String l : labels) {
            b.append("<th>").append(Html.escape(l)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n<tr><td>Overrides</td>");
        for (RunData r : runs) {
            b.append("<td>").append(Html.escape(overrides(r))).append("</td>");
        }
        b.append("</tr>\n");
        for (String m : metrics(runs)) {
            MetricStyle s = MetricStyle.of(m);
            // No metric swatch here: on this page colours stand for runs.
            b.append("<tr><td>").append(Html.escape(s.labelWithUnit())).append("</td>");
            for (RunData r : runs) {
                b.append("<td class=\"num\">");
                if (r.hasMetric(m)) {
                    Headline h = r.headline(m);
                    b.append(Numbers.format(h.windowMean())).append(" ± ").append(Numbers.format(h.windowSd()));
                    if (Boolean.FALSE.equals(h.stable())) {
                        b.append(" <em>not stable</em>");
                    }
                } else {
                    b.append("–");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");

        b.append("<section id=\"differences\"><h2>What differs</h2>\n");
        Map<String, List<String>> diff = differingParameters(runs);
        if (diff.isEmpty()) {
            b.append("<p>The runs' recorded parameters are the same (or were not recorded).</p>\n");
        } else {
            b.append("<table class=\"params\"><thead><tr><th>Parameter</th>");
            for (String l : labels) {
                b.append("<th>").append(Html.escape(l)).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            diff.forEach((k, vs) -> {
                b.append("<tr><td>").append(HtmlReport.parameterName(k)).append("</td>");
                for (String v : vs) {
                    b.append("<td>").append(Html.escape(v)).append("</td>");
                }
                b.append("</tr>\n");
            });
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");

        b.append("<section id=\"charts\"><h2>Charts</h2>\n");
        String constant = ConstantMetrics.note(constantMetrics(runs));
        if (!constant.isEmpty()) {
            b.append("<p class=\"note\">").append(Html.escape(constant)).append(" (the same in every run).</p>\n");
        }
        for (HtmlReport.Embedded e : figures) {
            HtmlReport.figure(b, e, "");
        }
        b.append("</section>\n");
        HtmlReport.foot(b);
        return b.toString();
    }

    /** A run's overrides in plain words, or "none". */
    static String overrides(RunData r) {
        String c = r.changes();
        return c.isEmpty() ? "none" : c;
    }

    /** Parameters whose values are not the same in all runs, with each run's value ({@code –} if absent). */
    static Map<String, List<String>> differingParameters(List<RunData> runs) {
        List<Map<String, String>> params = runs.stream().map(RunData::parameters).toList();
        Set<String> keys = new LinkedHashSet<>();
        params.forEach(p -> keys.addAll(p.keySet()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String k : keys) {
            List<String> vs = params.stream().map(p -> p.getOrDefault(k, "–")).toList();
            if (Set.copyOf(vs).size() > 1) {
                out.put(k, vs);
            }
        }
        return out;
    }
}
