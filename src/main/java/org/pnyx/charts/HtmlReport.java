package org.pnyx.charts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The one-page HTML report of a run: headline figures, every chart and the scenario's
 * parameters. Self-contained (images as {@code data:} URIs, styles inline, no scripts, no
 * network), in large type for a projector, and laid out to print one chart per block.
 */
public final class HtmlReport {

    /** A figure with its rendered PNG, to embed. */
    public record Embedded(Figure figure, byte[] png) {
    }

    /** Metrics shown as big numbers at the top of a report when present. */
    static final List<String> KEY_FIGURES = List.of("attendance_rate", "quorum_met_share", "dissent_share",
            "gini_wealth", "need_satisfaction", "free_rider_share", "delegate_fidelity", "liberty_index");

    private HtmlReport() {
    }

    /** The report page for a run. */
    public static String page(RunData run, List<Embedded> figures) {
        String changes = run.changes();
        String name = run.scenarioName() + (changes.isEmpty() ? "" : " with " + changes);
        StringBuilder b = new StringBuilder();
        head(b, "Pnyx report: " + name);
        b.append("<header><h1>Pnyx run: ").append(Html.escape(name)).append("</h1>\n<p class=\"meta\">")
                .append(Html.escape(meta(run))).append("</p></header>\n");

        b.append("<nav><a href=\"#headline\">Headline figures</a> · <a href=\"#charts\">Charts</a> · "
                + "<a href=\"#parameters\">Parameters</a></nav>\n");

        b.append("<section id=\"headline\"><h2>Headline figures</h2>\n");
        List<String> cards = KEY_FIGURES.stream().filter(run::hasMetric).toList();
        if (!cards.isEmpty()) {
            b.append("<div class=\"cards\">\n");
            for (String k : cards) {
                Headline h = run.headline(k);
                MetricStyle s = MetricStyle.of(k);
                b.append("<div class=\"card\" style=\"border-color:").append(hex(s.color())).append("\"><div class=\"big\">")
                        .append(Numbers.format(h.windowMean())).append("</div><div>").append(Html.escape(s.label()))
                        .append("</div></div>\n");
            }
            b.append("</div>\n<p class=\"note\">Big numbers: mean over the final ").append(run.finalWindow())
                    .append(" weeks.</p>\n");
        }
        b.append("<table class=\"numbers\"><thead><tr><th>Metric</th><th>Unit</th><th>At the end</th>"
                + "<th>Final-window mean</th><th>SD</th><th>Trend per year</th><th>Stable</th></tr></thead><tbody>\n");
        for (String k : run.metricColumns()) {
            Headline h = run.headline(k);
            MetricStyle s = MetricStyle.of(k);
            b.append("<tr><td><span class=\"swatch\" style=\"background:").append(hex(s.color()))
                    .append("\"></span>").append(Html.escape(s.label())).append("</td><td>")
                    .append(Html.escape(s.unit())).append("</td><td>").append(Numbers.format(h.finalValue()))
                    .append("</td><td>").append(Numbers.format(h.windowMean())).append("</td><td>")
                    .append(Numbers.format(h.windowSd())).append("</td><td>").append(Numbers.format(h.trendPerYear()))
                    .append("</td><td>").append(verdict(h.stable())).append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");

        b.append("<section id=\"charts\"><h2>Charts</h2>\n");
        for (Embedded e : figures) {
            figure(b, e, Charts.CHARTS_DIR + "/");
        }
        b.append("</section>\n");

        b.append("<section id=\"parameters\"><h2>Parameters</h2>\n");
        Map<String, String> params = run.parameters();
        if (params.isEmpty()) {
            b.append("<p>No <code>manifest.json</code> with the resolved scenario in this folder.</p>\n");
        } else {
            b.append("<table class=\"params\"><thead><tr><th>Parameter</th><th>Value</th></tr></thead><tbody>\n");
            params.forEach((k, v) -> b.append("<tr><td>").append(parameterName(k)).append("</td><td>")
                    .append(Html.escape(v)).append("</td></tr>\n"));
            b.append("</tbody></table>\n");
        }
        b.append("</section>\n");
        foot(b);
        return b.toString();
    }

    static String meta(RunData run) {
        List<String> parts = new ArrayList<>();
        run.label().ifPresent(l -> parts.add("label " + l));
        run.seed().ifPresent(s -> parts.add("seed " + s));
        int steps = run.steps();
        parts.add(steps + " weeks (" + Numbers.format(steps / RunData.STEPS_PER_YEAR) + " years)");
        parts.add("final window " + run.finalWindow() + " weeks");
        String file = run.manifest().path("scenario_file").asText("");
        if (!file.isEmpty()) {
            parts.add("scenario file " + file);
        }
        String version = run.manifest().path("pnyx_version").asText("");
        if (!version.isEmpty()) {
            parts.add("Pnyx " + version);
        }
        return String.join(" · ", parts);
    }

    static String verdict(Boolean stable) {
        return stable == null ? "–" : stable ? "yes" : "<strong>no</strong>";
    }

    static void figure(StringBuilder b, Embedded e, String prefix) {
        Figure f = e.figure();
        b.append("<figure id=\"fig-").append(Html.escape(f.name())).append("\"><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(e.png())).append("\" alt=\"")
                .append(Html.escape(f.title())).append("\" data-file=\"").append(Html.escape(prefix + f.name()))
                .append(".png\">\n<figcaption><strong>").append(Html.escape(f.title())).append(f.title().matches(".*[.?!]$") ? "" : ".").append("</strong> ")
                .append(Html.escape(f.description())).append(" <span class=\"files\">Files: <code>")
                .append(Html.escape(prefix + f.name())).append(".png</code>, <code>")
                .append(Html.escape(prefix + f.name())).append(".svg</code></span></figcaption></figure>\n");
    }

    static String hex(java.awt.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    static void foot(StringBuilder b) {
        b.append("<footer>Drawn by Pnyx from the output files in this folder; the page needs no network.</footer>\n")
                .append("</body>\n</html>\n");
    }

    private static final String CSS = """
            body { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 20px; line-height: 1.45;
                   color: #222; background: #fff; max-width: 1280px; margin: 0 auto; padding: 1em 1.5em; }
            h1 { font-size: 2.2em; margin: 0.2em 0; }
            h2 { font-size: 1.6em; margin-top: 1.6em; border-bottom: 2px solid #ddd; }
            .meta, .note, footer, figcaption .files { color: #555; }
            nav { margin: 0.5em 0 1em; }
            a { color: #0072b2; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
            td.num, table.numbers td:nth-child(n+3) { text-align: right; font-variant-numeric: tabular-nums; }
            thead th { border-bottom: 2px solid #888; }
            tbody tr:nth-child(even) { background: #f6f6f6; }
            .ci { color: #555; font-size: 0.85em; white-space: nowrap; }
            .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border-radius: 2px; }
            .cards { display: flex; flex-wrap: wrap; gap: 0.8em; }
            .card { border-left: 8px solid #888; padding: 0.3em 0.9em; background: #f6f6f6; min-width: 9em; }
            .card .big { font-size: 2em; font-weight: bold; }
            figure { margin: 1.5em 0; }
            figure img { width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { margin-top: 0.3em; }
            footer { margin-top: 2em; border-top: 1px solid #ddd; padding-top: 0.5em; font-size: 0.8em; }
            @media print {
              body { font-size: 11pt; max-width: none; padding: 0; }
              nav { display: none; }
              figure, tr, .cards { break-inside: avoid; page-break-inside: avoid; }
              h2 { break-after: avoid; page-break-after: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    /** A parameter's declared label followed by its key path ({@code Quorum <code>bylaws.quorum</code>}), as HTML. */
    static String parameterName(String keyPath) {
        String label = ParamLabels.label(keyPath);
        boolean declared = org.pnyx.config.Parameters.catalog().get(keyPath) != null;
        return (declared ? Html.escape(label) + " " : "") + "<code>" + Html.escape(keyPath) + "</code>";
    }
}
