package org.pnyx.sensitivity.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.pnyx.charts.ChartOptions;
import org.pnyx.charts.ChartWriter;
import org.pnyx.charts.Figure;
import org.pnyx.config.ParameterSpec;
import org.pnyx.io.AtomicFiles;
import org.pnyx.io.Numbers;
import org.pnyx.sensitivity.Labels;

/**
 * A self-contained {@code sensitivity.html} for sharing: the design and its size, then per output the chart
 * (embedded as PNG) and the table of indices with their intervals.
 */
public final class SensitivityReport {

    private SensitivityReport() {
    }

    /** Writes the page. */
    public static void write(Analysis a, List<Figure> figures, ChartOptions opts, Path file) throws IOException {
        SensitivityPlan p = a.plan();
        StringBuilder b = new StringBuilder();
        String title = "Sensitivity of " + p.name() + " (" + (p.method() == SensitivityPlan.Method.MORRIS
                ? "Morris screening" : "Sobol' indices") + ")";
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .7em;border-bottom:1px solid "
                        + "#ddd;text-align:right}td:first-child,th:first-child{text-align:left}img{max-width:100%}"
                        + "code{background:#f4f4f4;padding:0 .2em}</style></head><body>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p>Experiment <code>").append(esc(p.file().toString().replace('\\', '/'))).append("</code>; ")
                .append(esc(p.summary())).append("; data <code>").append(esc(a.observations().source().toString()
                        .replace('\\', '/'))).append("</code>");
        int reps = a.observations().replications();
        b.append(reps > 1 ? ", " + reps + " replications per design point, " + (long) reps * p.rows() + " runs" : "")
                .append(". Intervals: ").append(Numbers.format(a.confidence() * 100, false)).append("% bootstrap, ")
                .append(a.resamples()).append(" resamples.</p>\n");
        b.append("<table><tr><th>parameter</th><th>key</th><th>min</th><th>max</th></tr>\n");
        for (SensitivityPlan.Factor f : p.factors()) {
            b.append("<tr><td>").append(esc(Labels.of(f.path()))).append("</td><td><code>").append(esc(f.path()))
                    .append("</code></td><td>").append(ParameterSpec.fmt(f.lower())).append("</td><td>")
                    .append(ParameterSpec.fmt(f.upper())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (p.method() == SensitivityPlan.Method.MORRIS) {
            b.append("<p>μ* is the mean absolute change in the output when a parameter moves across its whole range "
                    + "(Morris's elementary effect in SALib's scaling); μ its signed mean; σ the spread of the effects, "
                    + "large when the effect depends on the other parameters.</p>\n");
        } else {
            b.append("<p>S1 is the share of the output's variance due to the parameter alone; ST the share including "
                    + "all its interactions; S2 the share due to a pair's interaction only.</p>\n");
        }
        for (String note : a.notes()) {
            b.append("<p><em>").append(esc(note)).append("</em></p>\n");
        }
        for (int m = 0; m < a.analysed().size(); m++) {
            String metric = a.analysed().get(m);
            Figure f = figures.get(m);
            b.append("<h2>").append(esc(SensitivityCharts.metricLabel(metric))).append(" <small><code>")
                    .append(esc(metric)).append("</code></small></h2>\n");
            b.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(
                    ChartWriter.png(f, opts))).append("\" alt=\"").append(esc(f.description())).append("\"></figure>\n");
            b.append("<table><tr><th>parameter</th><th>index</th><th>value</th><th>interval</th><th>n</th></tr>\n");
            for (Analysis.Row r : a.rows()) {
                if (!r.metric().equals(metric)) {
                    continue;
                }
                String name = r.parameter().contains(":") ? Labels.of(r.parameter().split(":")[0]) + " × "
                        + Labels.of(r.parameter().split(":")[1]) : Labels.of(r.parameter());
                b.append("<tr><td>").append(esc(name)).append("</td><td>").append(r.index()).append("</td><td>")
                        .append(num(r.estimate().value())).append("</td><td>").append(num(r.estimate().ciLow()))
                        .append(" to ").append(num(r.estimate().ciHigh())).append("</td><td>").append(r.n())
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</body></html>\n");
        AtomicFiles.write(file, b.toString());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v, false);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
