package org.pnyx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pnyx.batch.ExperimentException;
import org.pnyx.batch.ExperimentLoader;
import org.pnyx.charts.ChartOptions;
import org.pnyx.charts.ChartWriter;
import org.pnyx.charts.Figure;
import org.pnyx.sensitivity.io.Analysis;
import org.pnyx.sensitivity.io.DesignCsv;
import org.pnyx.sensitivity.io.Observations;
import org.pnyx.sensitivity.io.PlanLoader;
import org.pnyx.sensitivity.io.SensitivityCharts;
import org.pnyx.sensitivity.io.SensitivityCsv;
import org.pnyx.sensitivity.io.SensitivityPlan;
import org.pnyx.sensitivity.io.SensitivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pnyx sensitivity sample | analyze | report}: Morris screening and Sobol' indices in SALib's steps. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Global sensitivity analysis in three steps: 'sample' writes a Morris or Saltelli design for "
                + "'pnyx sweep --design'; 'analyze' computes the indices from the finished sweep (or any CSV of "
                + "inputs and outputs); 'report' does the same and writes an HTML page. See docs/SENSITIVITY.md.",
        subcommands = {SensitivityCommand.Sample.class, SensitivityCommand.Analyze.class,
                SensitivityCommand.Report.class})
public final class SensitivityCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pnyx sensitivity sample EXPERIMENT}: writes the design CSV. */
    @Command(name = "sample", mixinStandardHelpOptions = true,
            description = "Write the Morris or Saltelli design that EXPERIMENT declares (design: {method: morris|sobol, "
                    + "...}, vary: {key: {min, max}}) as a design CSV for 'pnyx sweep EXPERIMENT --design FILE'.")
    static final class Sample implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file.")
        Path experiment;

        @Option(names = "--out", paramLabel = "FILE",
                description = "The design CSV (default: results/<name>-design.csv).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter o = spec.commandLine().getOut();
            SensitivityPlan plan;
            try {
                plan = PlanLoader.load(experiment);
            } catch (ExperimentException ex) {
                return SweepCommand.report(err, ex, "no design was written.");
            }
            Path file = out != null ? out : Path.of("results", plan.name() + "-design.csv");
            try {
                DesignCsv.write(plan, file);
            } catch (IOException e) {
                err.println("error: " + file + ": cannot be written: " + e.getMessage());
                return 1;
            }
            try {
                // The whole experiment as the sweep will read it, so that a bad scenario or 'set' shows now.
                ExperimentLoader.load(experiment, file);
            } catch (ExperimentException ex) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the report below matters more
                }
                return SweepCommand.report(err, ex, "no design was written.");
            }
            o.println("Wrote " + file + ": " + plan.summary() + ".");
            o.println("Next: pnyx sweep " + experiment + " --design " + file);
            o.println("Then: pnyx sensitivity analyze results/" + plan.name() + "/");
            o.flush();
            return 0;
        }
    }

    /** What analyze and report share. */
    abstract static class AnalyzeBase implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "SOURCE",
                description = "A finished sweep folder (with runs.csv and experiment.json) or a CSV file with a column "
                        + "per varied parameter and per output, one row per design point in sampling order.")
        Path source;

        @Option(names = "--experiment", paramLabel = "FILE",
                description = "The experiment file that declares the design (default for a sweep folder: the one "
                        + "named in its experiment.json; required for a CSV file).")
        Path experiment;

        @Option(names = "--outputs", split = ",", paramLabel = "COLUMN",
                description = "Outputs to analyse (default: a sweep's <metric>_mean columns and collapsed; a CSV's "
                        + "columns other than the parameters).")
        List<String> outputs;

        @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000",
                description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
        int resamples;

        @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
                description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
        double confidence;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Output folder (default: SOURCE/sensitivity/ for a sweep, <csv name>-sensitivity/ "
                        + "beside a CSV file).")
        Path out;

        @Mixin
        ChartSizeOptions size;

        @Spec
        CommandSpec spec;

        abstract boolean html();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter o = spec.commandLine().getOut();
            if (resamples < 2 || resamples > 1_000_000) {
                err.println("error: --resamples: value '" + resamples + "' is not allowed; allowed: a whole number in "
                        + "[2, 1000000]");
                return ScenarioOptions.INVALID;
            }
            if (!(confidence > 0 && confidence < 1)) {
                err.println("error: --confidence: value '" + confidence + "' is not allowed; allowed: a number in "
                        + "(0, 1)");
                return ScenarioOptions.INVALID;
            }
            boolean sweep = Files.isDirectory(source);
            Analysis a;
            Path dir;
            try {
                Path exp = experiment != null ? experiment : sweep ? experimentOf(source) : null;
                if (exp == null) {
                    throw new ExperimentException(source + ": a CSV file needs --experiment FILE, the experiment file "
                            + "that declares the design (method, sizes and the parameters' ranges)");
                }
                SensitivityPlan plan = PlanLoader.load(exp);
                Observations obs = sweep ? Observations.fromSweep(source, plan, outputs)
                        : Observations.fromCsv(source, plan, outputs);
                a = Analysis.of(plan, obs, resamples, confidence);
                dir = out != null ? out : sweep ? source.resolve("sensitivity")
                        : source.resolveSibling(stem(source) + "-sensitivity");
            } catch (ExperimentException ex) {
                return SweepCommand.report(err, ex, "nothing was analysed.");
            }
            ChartOptions opts;
            try {
                opts = size.options();
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return ScenarioOptions.INVALID;
            }
            System.setProperty("java.awt.headless", "true");
            List<Path> written = new ArrayList<>();
            try {
                Files.createDirectories(dir);
                Path csv = dir.resolve("sensitivity.csv");
                SensitivityCsv.write(a, csv);
                written.add(csv);
                List<Figure> figures = SensitivityCharts.of(a, opts);
                for (Figure f : figures) {
                    written.addAll(ChartWriter.write(f, dir.resolve("charts"), opts));
                }
                if (html()) {
                    Path page = dir.resolve("sensitivity.html");
                    SensitivityReport.write(a, figures, opts, page);
                    written.add(page);
                }
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            for (String note : a.notes()) {
                err.println("note: " + note);
            }
            o.println(a.plan().summary() + "; " + a.analysed().size() + (a.analysed().size() == 1 ? " output" : " outputs")
                    + " analysed.");
            printTop(o, a);
            o.println("Wrote " + dir + "/: sensitivity.csv, " + (written.size() - 1 - (html() ? 1 : 0))
                    + " chart files in charts/" + (html() ? ", sensitivity.html" : ""));
            o.flush();
            err.flush();
            return 0;
        }

        private static void printTop(PrintWriter o, Analysis a) {
            String key = a.plan().method() == SensitivityPlan.Method.MORRIS ? Analysis.MU_STAR : Analysis.ST;
            for (String m : a.analysed()) {
                List<Analysis.Row> rows = a.rows().stream().filter(r -> r.metric().equals(m) && r.index().equals(key))
                        .sorted((x, y) -> Double.compare(y.estimate().value(), x.estimate().value())).toList();
                StringBuilder b = new StringBuilder("  " + m + " by " + key + ":");
                for (Analysis.Row r : rows) {
                    b.append(' ').append(r.parameter()).append(' ')
                            .append(org.pnyx.io.Numbers.format(r.estimate().value(), false)).append(';');
                }
                o.println(b.substring(0, b.length() - 1));
            }
        }

        private static Path experimentOf(Path dir) throws ExperimentException {
            Path meta = dir.resolve("experiment.json");
            if (!Files.isRegularFile(meta)) {
                throw new ExperimentException(dir + ": not a sweep folder (no experiment.json); give a sweep folder, "
                        + "or a CSV file with --experiment FILE");
            }
            try {
                var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(meta.toFile());
                String f = node.path("experiment_file").asText(null);
                if (f == null || f.isEmpty()) {
                    throw new ExperimentException(meta + ": names no experiment_file; give --experiment FILE");
                }
                return Path.of(f);
            } catch (IOException e) {
                throw new ExperimentException(meta + ": cannot be read: " + e.getMessage());
            }
        }

        private static String stem(Path p) {
            String n = p.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }
    }

    /** {@code pnyx sensitivity analyze SOURCE}: indices, charts, and with {@code --html} the page. */
    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Compute Morris mu*, mu, sigma or Sobol' S1, ST (and S2 when sampled) with bootstrap "
                    + "intervals; write sensitivity.csv and charts (and sensitivity.html with --html).")
    static final class Analyze extends AnalyzeBase {

        @Option(names = "--html", description = "Also write sensitivity.html.")
        boolean html;

        @Override
        boolean html() {
            return html;
        }
    }

    /** {@code pnyx sensitivity report SOURCE}: {@code analyze --html}. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "As 'analyze --html': the indices, charts and a self-contained sensitivity.html.")
    static final class Report extends AnalyzeBase {

        @Override
        boolean html() {
            return true;
        }
    }
}
