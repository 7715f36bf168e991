package org.pnyx.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-page HTML summary of a sweep ({@code sweep.html}): what was varied, a table of the
 * design points with headline means and their 95% confidence intervals, every chart, and the
 * fixed settings. Self-contained and styled as {@link HtmlReport}.
 */
final class SweepReport {

    /** The most metrics in the design-point table, to keep it readable on a projector. */
    static final int TABLE_METRICS = 5;

    private SweepReport() {
    }

    /** The metrics in the design-point table: the report's key figures recorded, else the first charted. */
    static List<String> tableMetrics(SweepData data) {
        List<String> keys = HtmlReport.KEY_FIGURES.stream().filter(data.metrics()::contains).toList();
        List<String> pick = keys.isEmpty() ? SweepCharts.chartedMetrics(data) : keys;
        return pick.subList(0, Math.min(TABLE_METRICS, pick.size()));
    }

    static String page(SweepData data, List<HtmlReport.Embedded> figures) {
        StringBuilder b = new StringBuilder();
        HtmlReport.head(b, "Pnyx sweep: " + data.name());
        b.append("<header><h1>Pnyx sweep: ").append(Html.escape(data.name())).append("</h1>\n<p class=\"meta\">")
                .append(Html.escape(meta(data))).append("</p></header>\n");
        b.append("<nav><a href=\"#design\">Design points</a> · <a href=\"#charts\">Charts</a> · "
                + "<a href=\"#settings\">Settings</a></nav>\n");

        b.append("<section id=\"design\"><h2>Design points</h2>\n<p class=\"note\">Varied: ");
        List<String> params = data.parameters();
        for (int i = 0; i < params.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(Html.escape(ParamLabels.label(params.get(i)))).append(" (<code>")
                    .append(Html.escape(params.get(i))).append("</code>)");
        }
        if (params.isEmpty()) {
            b.append("nothing");
        }
        int w = data.finalWindow();
        b.append(". Each figure: the mean across a point's ").append(data.replications())
                .append(" replications of each run's mean over the final ").append(w > 0 ? w + " weeks" : "window")
                .append(", with its 95% confidence interval in brackets (from <code>summary.csv</code>).</p>\n");
        List<String> metrics = tableMetrics(data);
        boolean collapse = data.points().stream().anyMatch(p -> Double.isFinite(data.collapsedShare(p)));
        b.append("<table class=\"design\"><thead><tr><th>Point</th>");
        params.forEach(p -> b.append("<th title=\"").append(Html.escape(p)).append("\">")
                .append(Html.escape(ParamLabels.label(p))).append("</th>"));
        for (String m : metrics) {
            MetricStyle s = MetricStyle.of(m);
            b.append("<th><span class=\"swatch\" style=\"background:").append(HtmlReport.hex(s.color()))
                    .append("\"></span>").append(Html.escape(s.label())).append("</th>");
        }
        if (collapse) {
            b.append("<th>Collapsed (share of runs)</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (SweepData.Point p : data.points()) {
            b.append("<tr><td class=\"num\">").append(p.index()).append("</td>");
            params.forEach(k -> b.append("<td>").append(Html.escape(ParamLabels.value(k, p.value(k)))).append("</td>"));
            for (String m : metrics) {
                SweepData.Stat s = data.stat(p, m);
                b.append("<td class=\"num\">").append(Numbers.format(s.mean()));
                if (s.n() >= 2) {
                    b.append(" <span class=\"ci\">[").append(Numbers.format(s.low())).append(", ")
                            .append(Numbers.format(s.high())).append("]</span>");
                }
                b.append("</td>");
            }
            if (collapse) {
                b.append("<td class=\"num\">").append(Numbers.format(data.collapsedShare(p))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>\n");

        b.append("<section id=\"charts\"><h2>Charts</h2>\n");
        if (params.isEmpty()) {
            b.append("<p>A replication-only study varies nothing; the spread across its runs is in the table above "
                    + "and in <code>summary.csv</code> (mean, sd, 95% interval, min, max)"
                    + (figures.isEmpty() ? "" : ", and the charts show how stable its outcomes are across "
                    + "replications") + ".</p>\n");
        } else if (figures.isEmpty()) {
            b.append("<p>No charts: the sweep varies no parameter with two or more values.</p>\n");
        }
        String constant = ConstantMetrics.note(SweepCharts.constantMetrics(data));
        if (!constant.isEmpty()) {
            b.append("<p class=\"note\">").append(Html.escape(constant)).append(" (the same in every run).</p>\n");
        }
        for (HtmlReport.Embedded e : figures) {
            HtmlReport.figure(b, e, Charts.CHARTS_DIR + "/");
        }
        b.append("</section>\n");

        b.append("<section id=\"settings\"><h2>Settings</h2>\n");
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode exp = data.experiment();
        for (String k : List.of("experiment_file", "scenario_file", "design", "points", "replications", "runs", "seed",
                "common_random_numbers", "fingerprint")) {
            if (exp.has(k) && !exp.get(k).isNull()) {
                settings.put(k, exp.get(k).asText());
            }
        }
        RunData.flatten("set", exp.path("fixed"), settings);
        RunData.flatten("base", exp.path("base_scenario"), settings);
        if (settings.isEmpty()) {
            b.append("<p>No <code>experiment.json</code> in this folder.</p>\n");
        } else {
            b.append("<table class=\"params\"><thead><tr><th>Setting</th><th>Value</th></tr></thead><tbody>\n");
            settings.forEach((k, v) -> b.append("<tr><td><code>").append(Html.escape(k)).append("</code></td><td>")
                    .append(Html.escape(v)).append("</td></tr>\n"));
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");
        HtmlReport.foot(b);
        return b.toString();
    }

    static String meta(SweepData data) {
        List<String> parts = new ArrayList<>();
        parts.add(data.points().size() + " design points × " + data.replications() + " replications");
        JsonNode exp = data.experiment();
        String design = exp.path("design").asText("");
        if (!design.isEmpty()) {
            parts.add("design " + design);
        }
        if (exp.path("seed").isNumber()) {
            parts.add("seed " + exp.path("seed").asLong());
        }
        String scenario = exp.path("scenario_file").asText("");
        if (!scenario.isEmpty()) {
            parts.add("base scenario " + scenario);
        }
        String version = exp.path("pnyx_version").asText("");
        if (!version.isEmpty()) {
            parts.add("Pnyx " + version);
        }
        return String.join(" · ", parts);
    }
}
