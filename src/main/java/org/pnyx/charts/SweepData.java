package org.pnyx.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pnyx.config.ScenarioConfig;

/**
 * The output files of one sweep folder, read once: {@code summary.csv} and {@code runs.csv}
 * (required), {@code experiment.json} (optional: names the varied parameters in order) and
 * the run folders {@code runs/<point>-<replication>/} of an experiment that recorded time
 * series. Nothing here knows the batch code; it reads the files as {@code docs/BATCH.md}
 * describes them.
 */
public final class SweepData {

    /** Columns of {@code summary.csv} from {@code metric} on; the parameters sit before them. */
    private static final Set<String> SUMMARY_STATS = Set.of("metric", "measure", "n", "mean", "sd", "ci95_low",
            "ci95_high", "min", "max", "cv", "collapsed_share");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One design point: its number and the value of each varied parameter as written.
     *
     * @param index the point's number, from 0
     * @param values parameter key path to value, in parameter order
     */
    public record Point(int index, Map<String, String> values) {

        public Point {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value of a parameter. */
        public String value(String parameter) {
            return values.getOrDefault(parameter, "");
        }
    }

    /**
     * A mean across replications with its 95% confidence interval; the bounds are the mean
     * itself when the interval is undefined (fewer than two replications).
     */
    public record Stat(int n, double mean, double low, double high) {

        static final Stat NONE = new Stat(0, Double.NaN, Double.NaN, Double.NaN);
    }

    private final Path dir;
    private final JsonNode experiment;
    private final Table summary;
    private final Table runs;
    private final List<String> parameters;
    private final List<Point> points;
    private final Map<String, Stat> stats = new LinkedHashMap<>();
    private final List<String> metrics;

    private SweepData(Path dir, JsonNode experiment, Table summary, Table runs) {
        this.dir = dir;
        this.experiment = experiment;
        this.summary = summary;
        this.runs = runs;
        this.parameters = List.copyOf(parameterNames(experiment, summary));
        Map<Integer, Point> byIndex = new TreeMap<>();
        List<String> pointCol = summary.text("point");
        for (int r = 0; r < summary.rows(); r++) {
            int p = (int) Table.parse(pointCol.get(r));
            if (!byIndex.containsKey(p)) {
                Map<String, String> v = new LinkedHashMap<>();
                for (String k : parameters) {
                    v.put(k, summary.text(k).get(r));
                }
                byIndex.put(p, new Point(p, v));
            }
        }
        this.points = List.copyOf(byIndex.values());
        Set<String> ms = new LinkedHashSet<>();
        List<String> metric = summary.text("metric");
        List<String> measure = summary.text("measure");
        double[] n = summary.numbers("n");
        double[] mean = summary.numbers("mean");
        double[] lo = summary.numbers("ci95_low");
        double[] hi = summary.numbers("ci95_high");
        for (int r = 0; r < summary.rows(); r++) {
            if (!measure.get(r).equals("mean")) {
                continue;
            }
            double m = mean[r];
            stats.put(key((int) Table.parse(pointCol.get(r)), metric.get(r)), new Stat((int) n[r], m,
                    Double.isFinite(lo[r]) ? lo[r] : m, Double.isFinite(hi[r]) ? hi[r] : m));
            if (Double.isFinite(m)) {
                ms.add(metric.get(r));
            }
        }
        this.metrics = List.copyOf(ms);
    }

    /** Whether the folder holds a sweep: {@code summary.csv} and {@code runs.csv}. */
    public static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve("summary.csv")) && Files.isRegularFile(dir.resolve("runs.csv"));
    }

    /**
     * Reads a sweep folder.
     *
     * @throws IOException if it is not a sweep folder, or a file cannot be read or lacks a
     *     column this needs; the message names the file
     */
    public static SweepData read(Path dir) throws IOException {
        if (!isSweep(dir)) {
            throw new IOException(dir + ": no summary.csv and runs.csv (is this a Pnyx sweep folder?)");
        }
        Path summaryFile = dir.resolve("summary.csv");
        // Parameter columns hold text (choices) as well as numbers; everything else must be a number or empty.
        Set<String> text = new java.util.HashSet<>(Set.of("metric", "measure"));
        List<String> header = RunData.readCsv(summaryFile).columns();
        for (String c : header) {
            if (!c.equals("point") && !SUMMARY_STATS.contains(c)) {
                text.add(c);
            }
        }
        CsvCheck.check(summaryFile, new CsvCheck.Shape(List.of("point", "metric", "measure", "n", "mean", "ci95_low",
                "ci95_high"), null, text, true, 1, "a Pnyx sweep summary (summary.csv)"));
        CsvCheck.check(dir.resolve("runs.csv"), new CsvCheck.Shape(List.of("point", "replication", "seed"), null,
                text, true, 3, "a Pnyx sweep's runs (runs.csv)", true));
        Table summary = RunData.readCsv(summaryFile);
        for (String c : List.of("point", "metric", "measure", "n", "mean", "ci95_low", "ci95_high")) {
            if (!summary.has(c)) {
                throw new IOException(summaryFile + ": no column " + c + " (is this a Pnyx sweep's summary?)");
            }
        }
        Path expFile = dir.resolve("experiment.json");
        JsonNode exp = MissingNode.getInstance();
        if (Files.isRegularFile(expFile)) {
            try {
                exp = JSON.readTree(expFile.toFile());
            } catch (IOException e) {
                throw new BadDataException(expFile + ": not valid JSON; the file is cut off or was not written by Pnyx");
            }
        }
        SweepData data = new SweepData(dir, exp, summary, RunData.readCsv(dir.resolve("runs.csv")));
        for (String p : data.parameters) {
            if (!summary.has(p)) {
                throw new IOException(summaryFile + ": no column for the varied parameter " + p);
            }
        }
        return data;
    }

    /** The parameters named by {@code experiment.json}, else the summary's columns between {@code point} and {@code metric}. */
    private static List<String> parameterNames(JsonNode exp, Table summary) {
        List<String> out = new ArrayList<>();
        if (exp.path("parameters").isArray()) {
            exp.path("parameters").forEach(p -> out.add(p.asText()));
            return out;
        }
        for (String c : summary.columns()) {
            if (!c.equals("point") && !SUMMARY_STATS.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String key(int point, String metric) {
        return point + "\u0000" + metric;
    }

    /** The sweep folder. */
    public Path dir() {
        return dir;
    }

    /** {@code experiment.json}, or a missing node. */
    public JsonNode experiment() {
        return experiment;
    }

    /** The experiment's name, else the folder's name. */
    public String name() {
        String s = experiment.path("experiment").asText("");
        if (s.isEmpty() && dir.toAbsolutePath().getFileName() != null) {
            s = dir.toAbsolutePath().getFileName().toString();
        }
        return s;
    }

    /** The varied parameters' key paths, in the experiment's order. */
    public List<String> parameters() {
        return parameters;
    }

    /** The design points in order of their number. */
    public List<Point> points() {
        return points;
    }

    /** Replications per design point: from the experiment, else the most {@code n} of any point. */
    public int replications() {
        int r = experiment.path("replications").asInt(0);
        if (r > 0) {
            return r;
        }
        for (Stat s : stats.values()) {
            r = Math.max(r, s.n());
        }
        return r;
    }

    /**
     * Weeks of the final window over which {@code <metric>_mean} was taken: the experiment's
     * fixed final window ({@link ScenarioConfig#FINAL_WINDOW}), else the base scenario's; 0 when unknown.
     */
    public int finalWindow() {
        int w = (int) Table.parse(experiment.path("fixed").path(ScenarioConfig.FINAL_WINDOW.path()).asText(""));
        if (w <= 0) {
            w = experiment.path("base_scenario").path("metrics").path("finalWindow").asInt(0);
        }
        return Math.max(w, 0);
    }

    /** {@code runs.csv}: one row per run. */
    public Table runs() {
        return runs;
    }

    /**
     * Weeks a run of the point lasts: the point's value of {@code steps} when the sweep varies it, else the base
     * scenario's (with the experiment's fixed values applied); 0 when unknown.
     */
    public int steps(Point p) {
        if (parameters.contains("steps")) {
            return (int) Table.parse(p.value("steps"));
        }
        int s = (int) Table.parse(experiment.path("fixed").path("steps").asText(""));
        if (s <= 0) {
            s = experiment.path("base_scenario").path("steps").asInt(0);
        }
        return Math.max(s, 0);
    }

    /** Metrics with a finite measure-{@code mean} value at some point, in summary order. */
    public List<String> metrics() {
        return metrics;
    }

    /** Whether every value of the parameter is a number (so it can be an axis). */
    public boolean numeric(String parameter) {
        for (Point p : points) {
            try {
                if (!Double.isFinite(Double.parseDouble(p.value(parameter).trim()))) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return !points.isEmpty();
    }

    /** The distinct values of a parameter: ascending for numbers, else in order of first appearance. */
    public List<String> levels(String parameter) {
        Set<String> seen = new LinkedHashSet<>();
        points.forEach(p -> seen.add(p.value(parameter)));
        List<String> out = new ArrayList<>(seen);
        if (numeric(parameter)) {
            out.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        return out;
    }

    /** The final-window mean of a metric at a point: mean across replications with its 95% CI (summary.csv, measure {@code mean}). */
    public Stat stat(Point point, String metric) {
        return stats.getOrDefault(key(point.index(), metric), Stat.NONE);
    }

    /**
     * The final-window mean of a metric over several points, from {@code runs.csv}: the
     * mean over all their runs with a Student-t 95% interval. For one point this equals
     * {@link #stat}.
     */
    public Stat pooled(List<Point> pts, String metric) {
        if (pts.size() == 1) {
            return stat(pts.get(0), metric);
        }
        String col = metric + "_mean";
        if (!runs.has(col)) {
            return Stat.NONE;
        }
        Set<String> wanted = new LinkedHashSet<>();
        pts.forEach(p -> wanted.add(Integer.toString(p.index())));
        List<String> pointCol = runs.text("point");
        double[] v = runs.numbers(col);
        List<Double> vals = new ArrayList<>();
        for (int r = 0; r < runs.rows(); r++) {
            if (wanted.contains(pointCol.get(r).trim()) && Double.isFinite(v[r])) {
                vals.add(v[r]);
            }
        }
        if (vals.isEmpty()) {
            return Stat.NONE;
        }
        double[][] reps = new double[vals.size()][1];
        for (int i = 0; i < reps.length; i++) {
            reps[i][0] = vals.get(i);
        }
        BandSeries b = BandSeries.ofReplications("pooled", new double[] {0}, reps);
        return new Stat(vals.size(), b.mean()[0], b.lower()[0], b.upper()[0]);
    }

    /** The share of a point's replications that collapsed, or NaN when the sweep has no collapse metric. */
    public double collapsedShare(Point point) {
        if (!summary.has("collapsed_share")) {
            return Double.NaN;
        }
        List<String> pointCol = summary.text("point");
        List<String> share = summary.text("collapsed_share");
        for (int r = 0; r < summary.rows(); r++) {
            if ((int) Table.parse(pointCol.get(r)) == point.index()) {
                return Table.parse(share.get(r));
            }
        }
        return Double.NaN;
    }

    /**
     * The run folders with a {@code timeseries.csv}, by design point, each point's in
     * replication order. Empty when the experiment did not record time series.
     */
    public Map<Integer, List<Path>> runFolders() throws IOException {
        Path root = dir.resolve("runs");
        Map<Integer, Map<Integer, Path>> found = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.sorted().toList()) {
                String[] parts = p.getFileName().toString().split("-");
                if (parts.length != 2 || !Files.isRegularFile(p.resolve("timeseries.csv"))) {
                    continue;
                }
                try {
                    int point = Integer.parseInt(parts[0]);
                    int rep = Integer.parseInt(parts[1]);
                    found.computeIfAbsent(point, k -> new TreeMap<>()).put(rep, p);
                } catch (NumberFormatException e) {
                    // Not a run folder of the sweep: ignore it.
                }
            }
        }
        Map<Integer, List<Path>> out = new LinkedHashMap<>();
        found.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return out;
    }

    /** The point with a given number, if the summary has it. */
    public Point point(int index) {
        for (Point p : points) {
            if (p.index() == index) {
                return p;
            }
        }
        return null;
    }

    /** A short label of a point's parameter values: {@code 0.02 · majority}. */
    public String label(Point p) {
        List<String> parts = new ArrayList<>();
        parameters.forEach(k -> parts.add(p.value(k)));
        return String.join(" · ", parts);
    }
}
