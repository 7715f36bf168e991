package org.pnyx.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry points: draw a run's charts, write its HTML report, compare runs, draw a sweep's
 * charts and page. Everything is read from the output files; nothing here runs the simulation.
 */
public final class Charts {

    /** The folder inside a run folder that charts are written to. */
    public static final String CHARTS_DIR = "charts";

    private Charts() {
    }

    /**
     * Every figure a run supports, in report order: participation, inequality, stability,
     * economy, confederation, for a run with interventions, what they changed, and, where bylaws changed, the
     * bylaws over time. Families whose columns are absent are left out. With metrics chosen ({@code --metrics}),
     * only their panels.
     */
    public static List<Figure> figures(RunData run, ChartOptions opts) {
        if (opts.metricsChosen()) {
            return MetricPanels.figures(run, opts);
        }
        List<Figure> out = new ArrayList<>();
        out.addAll(ParticipationCharts.figures(run, opts));
        out.addAll(WhoAttendsCharts.figures(run, opts));
        out.addAll(InequalityCharts.figures(run, opts));
        out.addAll(MetricPanels.figures(run, opts));
        out.addAll(InterventionCharts.figures(run, opts));
        out.addAll(BylawCharts.figures(run, opts));
        return out;
    }

    /**
     * Writes every chart of a run into {@code runDir/charts/} as PNG and SVG.
     *
     * @return the files written, PNG then SVG for each figure, in report order
     * @throws NotARunFolderException if {@code runDir} is missing or has no {@code timeseries.csv}
     */
    public static List<Path> renderRun(Path runDir, ChartOptions opts) throws IOException {
        RunData run = RunData.read(runDir);
        List<Path> written = new ArrayList<>();
        for (Figure f : figures(run, opts)) {
            written.addAll(ChartWriter.write(f, runDir.resolve(CHARTS_DIR), opts));
        }
        ChartWriter.removeStale(runDir.resolve(CHARTS_DIR), written);
        return written;
    }

    /** Whether the folder holds a sweep ({@code summary.csv} and {@code runs.csv}) rather than one run. */
    public static boolean isSweepFolder(Path dir) {
        return SweepData.isSweep(dir);
    }

    /**
     * Every figure a sweep supports, in page order: response curves, maps of two numeric
     * parameters, replicated time series. Families the design does not support are left out.
     *
     * @param mapMetric the metric mapped over two numeric parameters; null for attendance rate
     *     (or the first metric recorded, if the sweep did not record attendance)
     * @throws IllegalArgumentException if {@code mapMetric} is given and was not recorded
     */
    public static List<Figure> sweepFigures(SweepData sweep, String mapMetric, ChartOptions opts) throws IOException {
        return SweepCharts.figures(sweep, mapMetric, opts);
    }

    /**
     * Writes every chart of a sweep into {@code sweepDir/charts/} as PNG and SVG, and
     * {@code sweepDir/sweep.html}: the design points with headline means and 95% confidence
     * intervals, and every chart embedded. Reads only the sweep's files.
     *
     * @param mapMetric as in {@link #sweepFigures}
     * @return the files written, PNG then SVG for each figure, {@code sweep.html} last
     * @throws IOException if the folder is not a sweep folder or a file cannot be read or written
     * @throws IllegalArgumentException if {@code mapMetric} is given and was not recorded
     */
    public static List<Path> renderSweep(Path sweepDir, String mapMetric, ChartOptions opts) throws IOException {
        SweepData sweep = SweepData.read(sweepDir);
        List<Path> written = new ArrayList<>();
        List<HtmlReport.Embedded> embedded = new ArrayList<>();
        for (Figure f : sweepFigures(sweep, mapMetric, opts)) {
            List<Path> files = ChartWriter.write(f, sweepDir.resolve(CHARTS_DIR), opts);
            written.addAll(files);
            embedded.add(new HtmlReport.Embedded(f, Files.readAllBytes(files.get(0))));
        }
        ChartWriter.removeStale(sweepDir.resolve(CHARTS_DIR), written);
        Path html = sweepDir.resolve("sweep.html");
        ChartWriter.writeAtomically(html, SweepReport.page(sweep, embedded).getBytes(StandardCharsets.UTF_8));
        written.add(html);
        return written;
    }

    /**
     * Draws the charts (as {@link #renderRun}) and writes {@code runDir/report.html}: one
     * self-contained page with the parameters, headline figures and every chart embedded.
     *
     * @return the report file
     * @throws NotARunFolderException if {@code runDir} is missing or has no {@code timeseries.csv}
     */
    public static Path report(Path runDir, ChartOptions opts) throws IOException {
        RunData run = RunData.read(runDir);
        List<HtmlReport.Embedded> embedded = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        for (Figure f : figures(run, opts)) {
            List<Path> files = ChartWriter.write(f, runDir.resolve(CHARTS_DIR), opts);
            written.addAll(files);
            embedded.add(new HtmlReport.Embedded(f, Files.readAllBytes(files.get(0))));
        }
        ChartWriter.removeStale(runDir.resolve(CHARTS_DIR), written);
        Path out = runDir.resolve("report.html");
        ChartWriter.writeAtomically(out, HtmlReport.page(run, embedded).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * Overlays the same metrics of several runs, one chart per metric, and writes
     * {@code compare.html}, {@code compare.csv} and the charts (PNG and SVG) into {@code outDir}.
     *
     * @return the files written, {@code compare.html} last
     * @throws NotARunFolderException if any folder is missing or has no {@code timeseries.csv}
     */
    public static List<Path> compare(List<Path> runDirs, Path outDir, ChartOptions opts) throws IOException {
        return compare(runDirs, java.util.Collections.nCopies(runDirs.size(), null), outDir, opts);
    }

    /**
     * Compares runs, each named by the name given for it ({@code --label NAME=DIR}) or, where that is null, by its
     * scenario and label.
     */
    public static List<Path> compare(List<Path> runDirs, List<String> names, Path outDir, ChartOptions opts)
            throws IOException {
        List<RunData> runs = new ArrayList<>();
        for (Path d : runDirs) {
            runs.add(RunData.read(d));
        }
        return Comparison.write(runs, names, outDir, opts);
    }
}
