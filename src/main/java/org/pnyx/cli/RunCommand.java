package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pnyx.charts.ChartOptions;
import org.pnyx.charts.Charts;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.RunBudget;
import org.pnyx.io.RunFolder;
import org.pnyx.io.Runs;
import org.pnyx.metrics.StabilitySnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pnyx run SCENARIO}: simulates a scenario and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write timeseries.csv, municipalities.csv, votes.csv, lorenz.csv, summary.json and "
                + "manifest.json to results/<name>/seed-<seed>/ (or --out).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    private ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<name>/seed-<seed>).")
    private Path out;

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
        Path dir = out != null ? out : Runs.defaultDir(s);
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
        Runs.Result r = Runs.run(s, dir, scenario.file.toString(), scenario.allOverrides());
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
        o.printf("Over the final %d weeks (mean, trend per year):%n", Math.min(s.finalWindow(), s.steps()));
        line(o, r, "attendance_rate", "Assembly attendance", true, "of citizens");
        line(o, r, "quorum_met_share", "Meetings reaching quorum", true, "of assemblies");
        line(o, r, "decisions", "Decisions adopted", false, "per week");
        line(o, r, "dissent_share", "Dissent on adopted decisions", true, "of votes cast");
        line(o, r, "recalls", "Facilitators recalled", false, "per week");
        line(o, r, "gini_wealth", "Wealth inequality (Gini)", false, "");
        line(o, r, "influence_concentration", "Influence concentration", false, "(Gini)");
        line(o, r, "common_share", "Common share (policy)", true, "of surplus");
        line(o, r, "need_level", "Need level (policy)", false, "(0.5 = need)");
        o.println();
        o.printf("Economy (%s):%n", s.economy().regime().key()
                + (s.municipalities().stream().anyMatch(m -> m.economy().regime() != s.economy().regime())
                ? ", with per-municipality regimes" : ""));
        line(o, r, "output_per_capita", "Output", false, "goods/wk/cap");
        line(o, r, "need_satisfaction", "Need satisfied", true, "of citizens");
        line(o, r, "shortfall_share", "Unmet need", true, "of need");
        line(o, r, "gini_consumption", "Consumption inequality (Gini)", false, "");
        line(o, r, "free_rider_share", "Free riders", true, "of citizens");
        line(o, r, "mean_effort", "Mean effort", true, "of potential");
        line(o, r, "sanctions", "Sanctions", false, "per week");
        line(o, r, "commons_stock", "Commons standing", true, "of capacity");
        line(o, r, "hours_worked", "Hours worked", false, "h/wk/cap");
        line(o, r, "free_time", "Free time", false, "h/wk/cap");
        StabilitySnapshot collapsed = r.stability().get("collapsed");
        o.printf(Locale.ROOT, "  %-30s %8s %s%n", "Collapsed at the end", collapsed == null ? "n/a"
                : String.format(Locale.ROOT, "%.0f%%", 100 * collapsed.finalValue()), "of municipalities");
        ConfederationConfig f = s.confederation();
        if (f.enabled() || f.transition() || f.migration()) {
            o.println();
            o.printf("Confederation (rule in force: %s):%n", f.rule().name().toLowerCase(Locale.ROOT));
            line(o, r, "gini_between_municipalities", "Inequality between towns", false, "(Gini)");
            line(o, r, "transfers", "Goods moved between towns", false, "per week");
            line(o, r, "confederal_votes", "Confederal votes", false, "per week");
            line(o, r, "rule_disagreements", "Votes where the rules disagree", false, "per week");
            line(o, r, "delegate_fidelity", "Delegate fidelity", true, "of votes");
            line(o, r, "migrations", "Migrations", false, "per week");
            line(o, r, "liberty_index", "Liberty index", false, "(0-1)");
            line(o, r, "democratized_share", "Democratized towns", true, "of towns");
            line(o, r, "state_power", "Under state councils", true, "of citizens");
        }
        o.println();
        o.println("Outputs in " + dir + "/:");
        o.println("  timeseries.csv  municipalities.csv  votes.csv  lorenz.csv  summary.json  manifest.json");
        if (charts) {
            o.println("  charts/*.png, charts/*.svg  report.html");
        } else {
            o.println("Charts and a report: pnyx chart " + dir + "   /   pnyx report " + dir);
        }
        return 0;
    }

    private static void line(PrintWriter o, Runs.Result r, String column, String label, boolean percent,
                             String unit) {
        StabilitySnapshot s = r.stability().get(column);
        if (s == null || Double.isNaN(s.mean())) {
            o.printf("  %-30s %s%n", label, "n/a (never measured)");
            return;
        }
        String value = percent ? String.format(Locale.ROOT, "%.1f%%", 100 * s.mean())
                : String.format(Locale.ROOT, "%.3f", s.mean());
        String trend = percent ? String.format(Locale.ROOT, "%+.1f pts", 100 * s.trendPerYear())
                : String.format(Locale.ROOT, "%+.3f", s.trendPerYear());
        o.printf("  %-30s %8s %-15s %12s/yr  %s%n", label, value, unit, trend, s.stable() ? "stable" : "drifting");
    }
}
