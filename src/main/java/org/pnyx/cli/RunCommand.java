package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pnyx.charts.ChartOptions;
import org.pnyx.charts.Charts;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.Intervention;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.confederation.ConfederalRules;
import org.pnyx.io.RunBudget;
import org.pnyx.io.RunFolder;
import org.pnyx.io.RunLabels;
import org.pnyx.io.Runs;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.StabilitySnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pnyx run SCENARIO}: simulates a scenario and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write timeseries.csv, municipalities.csv, votes.csv, confederal_votes.csv, proposals.csv, "
                + "complaints.csv, offices.csv, "
                + "amendments.csv, lorenz.csv, summary.json and manifest.json to results/<name>/seed-<seed>/, a run"
                + " with --set or --intervene to "
                + "results/<name>/<label>/seed-<seed>/ (or --out).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<name>/seed-<seed>).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder under which the default run folder is made (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--label", paramLabel = "TEXT", description = "Name of the run's folder under results/<name>/ "
            + "(default: derived from --set and --intervene, e.g. decisionRule-consensus; a run without them goes to "
            + "results/<name>/seed-<seed>/). Recorded in the manifest.")
    private String label;

    @Option(names = {"-q", "--quiet"}, description = "Print only the output folder.")
    private boolean quiet;

    @Option(names = "--charts", description = "Also draw the charts (PNG and SVG, in charts/) and report.html.")
    private boolean charts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        ScenarioConfig s = scenario.load(err);
        if (s == null) {
            return ScenarioOptions.INVALID;
        }
        if (label != null) {
            java.util.Optional<String> bad = RunLabels.problem(label);
            if (bad.isPresent()) {
                err.println("error: --label: " + bad.get());
                err.println("nothing was run.");
                return ScenarioOptions.INVALID;
            }
        }
        String runLabel = label != null ? label : RunLabels.derive(scenario.allOverrides(), scenario.intervenes);
        Path dir = out != null ? out : RunLabels.dir(results, s, runLabel);
        try {
            RunFolder.checkTarget(dir);
            RunBudget.checkMemory(s, 1);
            String warning = RunBudget.checkDisk(dir, RunBudget.output(s), "this run");
            if (warning != null) {
                err.println(warning);
                err.flush();
            }
        } catch (RunFolder.RunFolderException | RunBudget.OverBudgetException e) {
            err.println("error: " + Pnyx.clean(e.getMessage()));
            err.println("nothing was run.");
            return ScenarioOptions.INVALID;
        }
        if (!quiet) {
            o.printf("Pnyx: running scenario '%s' (%s), seed %d, %d week%s...%n", s.name(), scenario.file, s.seed(),
                    s.steps(), s.steps() == 1 ? "" : "s");
            o.flush();
        }
        Runs.Result r = Runs.run(s, dir, scenario.file.toString(), scenario.allOverrides(), runLabel);
        if (charts) {
            System.setProperty("java.awt.headless", "true");
            Charts.report(dir, ChartOptions.defaults());
        }
        if (quiet) {
            o.println(dir);
            return 0;
        }
        o.printf(Locale.ROOT, "Simulated %d weeks (%.1f years) of %d municipalities, %,d citizens, in %.1f s.%n%n",
                s.steps(), s.steps() / 52.0, r.municipalities(), r.population(), r.wallSeconds());
        interventions(o, s);
        o.printf("Over the final %d weeks (mean, trend per year):%n", Math.min(s.finalWindow(), s.steps()));
        line(o, r, Metric.ATTENDANCE_RATE);
        line(o, r, Metric.QUORUM_MET_SHARE);
        line(o, r, Metric.DECISIONS);
        line(o, r, Metric.DISSENT_SHARE);
        line(o, r, Metric.RECALLS);
        line(o, r, Metric.GINI_WEALTH);
        line(o, r, Metric.INFLUENCE_CONCENTRATION);
        line(o, r, Metric.COMMON_SHARE);
        line(o, r, Metric.NEED_LEVEL);
        o.println();
        o.printf("Economy (%s):%n", s.economy().regime().key()
                + (s.municipalities().stream().anyMatch(m -> m.economy().regime() != s.economy().regime())
                ? ", with per-municipality regimes" : ""));
        line(o, r, Metric.OUTPUT_PER_CAPITA);
        line(o, r, Metric.NEED_SATISFACTION);
        line(o, r, Metric.SHORTFALL_SHARE);
        line(o, r, Metric.GINI_CONSUMPTION);
        line(o, r, Metric.FREE_RIDER_SHARE);
        line(o, r, Metric.MEAN_EFFORT);
        line(o, r, Metric.SANCTIONS);
        line(o, r, Metric.COMMONS_STOCK);
        line(o, r, Metric.HOURS_WORKED);
        line(o, r, Metric.FREE_TIME);
        StabilitySnapshot collapsed = r.stability().get("collapsed");
        o.printf(Locale.ROOT, "  %-30s %8s %s%n", "Collapsed at the end", collapsed == null ? "n/a"
                : String.format(Locale.ROOT, "%.0f%%", 100 * collapsed.finalValue()), "of municipalities");
        ConfederationConfig f = s.confederation();
        if (f.enabled() || f.transition() || f.migration()) {
            o.println();
            o.printf("Confederation (rule in force: %s):%n", f.rule().name().toLowerCase(Locale.ROOT));
            line(o, r, Metric.GINI_BETWEEN_MUNICIPALITIES);
            line(o, r, Metric.TRANSFERS);
            line(o, r, Metric.CONFEDERAL_VOTES);
            line(o, r, Metric.RULE_DISAGREEMENTS);
            line(o, r, Metric.DELEGATE_FIDELITY);
            line(o, r, Metric.MIGRATIONS);
            line(o, r, Metric.LIBERTY_INDEX);
            line(o, r, Metric.DEMOCRATIZED_SHARE);
            line(o, r, Metric.STATE_POWER);
        }
        o.println();
        o.println("Outputs in " + dir + "/:");
        o.println("  timeseries.csv  municipalities.csv  votes.csv  confederal_votes.csv  proposals.csv  complaints.csv"
                + "  offices.csv  amendments.csv  lorenz.csv"
                + "  summary.json  manifest.json");
        if (charts) {
            o.println("  charts/*.png, charts/*.svg  report.html");
        } else {
            o.println("Charts and a report: pnyx chart " + dir + "   /   pnyx report " + dir);
        }
        return 0;
    }

    /** The interventions, one a line, in the order they applied; nothing when the scenario has none. */
    private static void interventions(PrintWriter o, ScenarioConfig s) {
        if (s.interventions().isEmpty()) {
            return;
        }
        o.println("Interventions (at the start of the week, before any step):");
        for (Intervention i : s.interventions()) {
            o.printf(Locale.ROOT, "  week %-6d (year %4.1f)  %-16s %s%n", i.week(), i.week() / 52.0,
                    i.municipality() == null ? (ConfederalRules.governs(i.param().spec()) ? "confederation"
                            : "every town") : i.municipality(), i.assignment());
        }
        o.println();
    }

    /**
     * One line of the summary, in the metric's declared label and unit: a share of something as a
     * percentage ("20.2% of citizens"), anything else as a number with its unit.
     */
    private static void line(PrintWriter o, Runs.Result r, Metric metric) {
        StabilitySnapshot s = r.stability().get(metric.column());
        String label = metric.label();
        if (s == null || Double.isNaN(s.mean())) {
            o.printf("  %-30s %s%n", label, "n/a (never measured)");
            return;
        }
        boolean percent = metric.unit().startsWith("share of");
        String unit = percent ? metric.unit().substring("share ".length()) : metric.unit();
        String value = percent ? String.format(Locale.ROOT, "%.1f%%", 100 * s.mean())
                : String.format(Locale.ROOT, "%.3f", s.mean());
        String trend = percent ? String.format(Locale.ROOT, "%+.1f pts", 100 * s.trendPerYear())
                : String.format(Locale.ROOT, "%+.3f", s.trendPerYear());
        o.printf("  %-30s %8s %-22s %12s/yr  %s%n", label, value, unit, trend, s.stable() ? "stable" : "drifting");
    }
}
