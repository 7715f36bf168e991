package org.pnyx.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.metrics.ComplaintColumn;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.ProposalColumn;
import org.pnyx.metrics.TownVoteColumn;
import org.pnyx.metrics.VoteColumn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pnyx describe}: every parameter with its default, range and meaning, and every output column. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "List every scenario parameter (label, default, allowed values, unit, whether it may change during a run, meaning, source) and output column.")
final class DescribeCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "Print Markdown tables (as in docs/PARAMETERS.md).")
    private boolean markdown;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only parameters whose key contains TEXT.")
    private String filter;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.println("| key | label | default | allowed | unit | during a run | meaning | source |");
            out.println("|---|---|---|---|---|---|---|---|");
        }
        String section = "";
        if (filter != null && Parameters.catalog().all().stream().noneMatch(p -> p.path().contains(filter))) {
            spec.commandLine().getErr().println("error: no parameter key contains '" + filter
                    + "'; run 'pnyx describe' for the full list");
            return 2;
        }
        for (ParameterSpec p : Parameters.catalog().all()) {
            if (filter != null && !p.path().contains(filter)) {
                continue;
            }
            String top = p.path().contains(".") ? p.path().substring(0, p.path().indexOf('.')) : "run";
            if (markdown) {
                out.printf("| `%s` | %s | %s | %s | %s | %s | %s | %s |%n", p.path(), p.label(), p.defaultText(),
                        p.allowed(), p.unit(), during(p), p.meaning(), p.source());
                continue;
            }
            if (!top.equals(section)) {
                section = top;
                out.println();
                out.println("[" + section + "]");
            }
            out.printf("  %-38s default %-18s %s%n", p.path(), p.defaultText(),
                    p.allowed() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")")
                            + (p.changeable() ? "; may change during a run" : "; fixed for the run"));
            out.printf("  %-38s %s: %s%n", "", p.label(), p.meaning());
        }
        if (filter == null) {
            out.println();
            if (markdown) {
                out.println("| output column | label | unit | meaning | overall |");
                out.println("|---|---|---|---|---|");
            } else {
                out.println("[output columns of timeseries.csv and municipalities.csv]");
            }
            for (Metric m : Metric.all()) {
                Metric.Declaration d = m.declaration();
                if (markdown) {
                    out.printf("| `%s` | %s | %s | %s | %s |%n", d.column(), d.label(), d.unit(), d.meaning(),
                            d.overall());
                } else {
                    out.printf("  %-26s %-22s %s: %s%n", d.column(), d.unit(), d.label(), d.meaning());
                }
            }
            out.println();
            columns(out, markdown, "votes.csv", "one row per confederal vote",
                    VoteColumn.all().stream().map(v -> new String[] {v.column(), v.unit(), v.meaning()}).toList());
            out.println();
            columns(out, markdown, "confederal_votes.csv", "one row per confederal vote and member town",
                    TownVoteColumn.all().stream().map(v -> new String[] {v.column(), v.unit(), v.meaning()}).toList());
            out.println();
            columns(out, markdown, "proposals.csv", "one row per town's proposal and per reconciled text",
                    ProposalColumn.all().stream().map(v -> new String[] {v.column(), v.unit(), v.meaning()}).toList());
            out.println();
            columns(out, markdown, "complaints.csv", "one row per complaint heard, upheld or dismissed",
                    ComplaintColumn.all().stream().map(v -> new String[] {v.column(), v.unit(), v.meaning()}).toList());
        }
        out.flush();
        return 0;
    }

    /** The columns of one output file, each as {column, unit, meaning}: a Markdown table or plain lines. */
    private static void columns(PrintWriter out, boolean markdown, String file, String rows, List<String[]> columns) {
        if (markdown) {
            out.println("| " + file + " column | unit | meaning |");
            out.println("|---|---|---|");
        } else {
            out.println("[columns of " + file + ", " + rows + "]");
        }
        for (String[] c : columns) {
            if (markdown) {
                out.printf("| `%s` | %s | %s |%n", c[0], c[1], c[2]);
            } else {
                out.printf("  %-26s %-22s %s%n", c[0], c[1], c[2]);
            }
        }
    }

    /** Whether an assembly's amendment or an intervention may change the value during a run. */
    private static String during(ParameterSpec p) {
        return p.changeable() ? "may change" : "fixed";
    }
}
