package org.pnyx.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.pnyx.config.Intervention;

/**
 * The output files of one run folder, read once: {@code timeseries.csv} (required),
 * {@code municipalities.csv}, {@code lorenz.csv}, {@code summary.json} and
 * {@code manifest.json} (each optional). One step is one week.
 */
public final class RunData {

    /** Weeks per year: the time axis of every chart is {@code step / 52}. */
    public static final double STEPS_PER_YEAR = 52.0;

    /** Columns that are not metrics: the clock, keys and labels. */
    private static final Set<String> NOT_METRICS = Set.of("step", "municipality", "regime", Intervention.COLUMN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Table timeseries;
    private final Table municipalities;
    private final Table lorenz;
    private final JsonNode summary;
    private final JsonNode manifest;

    private RunData(Path dir, Table timeseries, Table municipalities, Table lorenz, JsonNode summary,
            JsonNode manifest) {
        this.dir = dir;
        this.timeseries = timeseries;
        this.municipalities = municipalities;
        this.lorenz = lorenz;
        this.summary = summary;
        this.manifest = manifest;
    }

    /**
     * Reads a run folder.
     *
     * @throws NotARunFolderException if the folder is missing or has no {@code timeseries.csv}
     * @throws IOException if a file cannot be read or parsed; the message names the file
     */
    public static RunData read(Path dir) throws IOException {
        Path ts = dir.resolve("timeseries.csv");
        if (!Files.isDirectory(dir)) {
            List<Path> left = leftovers(dir);
            if (!left.isEmpty()) {
                throw new BadDataException(dir + ": no such folder, but an interrupted run left " + left.stream()
                        .map(Path::toString).reduce((a, b) -> a + " and " + b).orElse("")
                        + " beside it; run the scenario again (it cleans them up), or rename the .old- folder back "
                        + "to keep the earlier run");
            }
        }
        if (!Files.isRegularFile(ts)) {
            throw new NotARunFolderException(dir);
        }
        checkComplete(dir);
        RunData data = readUnchecked(dir);
        data.checkIdentity();
        return data;
    }

    /** Reads the files of a folder without checking that it is one complete run (for tests of the figures). */
    static RunData readUnchecked(Path dir) throws IOException {
        return new RunData(dir, readCsv(dir.resolve("timeseries.csv")),
                readCsvIfPresent(dir.resolve("municipalities.csv")), readCsvIfPresent(dir.resolve("lorenz.csv")),
                readJson(dir.resolve("summary.json")), readJson(dir.resolve("manifest.json")));
    }

    /** Staging folders and moved-aside runs an interrupted run left beside {@code dir} (NAME.part-PID, NAME.old-PID). */
    static List<Path> leftovers(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        if (abs.getParent() == null || abs.getFileName() == null || !Files.isDirectory(abs.getParent())) {
            return out;
        }
        String name = abs.getFileName().toString();
        try (java.util.stream.Stream<Path> s = Files.list(abs.getParent())) {
            s.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(name)
                    + "\\.(part|old)-[0-9]+")).sorted().forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static final Set<String> LABELS = labels();

    private static Set<String> labels() {
        Set<String> s = new java.util.HashSet<>(Set.of("municipality", "regime", Intervention.COLUMN));
        s.addAll(org.pnyx.config.Bylaw.columns());
        return Set.copyOf(s);
    }

    /** Refuses a folder that is not one complete run, and output files that are not what Pnyx writes. */
    private static void checkComplete(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (p.getFileName().toString().endsWith(".part")) {
                    throw new BadDataException(dir + ": holds " + p.getFileName() + ", a file an interrupted run "
                            + "was writing: the folder is not one complete run; run the scenario again");
                }
            }
        }
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new BadDataException(dir + ": not a complete run: no manifest.json (a complete run folder holds "
                    + "timeseries.csv and manifest.json; run the scenario again)");
        }
        List<String> ts = CsvCheck.check(dir.resolve("timeseries.csv"), new CsvCheck.Shape(List.of("step",
                "population", "attendance_rate"), null, LABELS, false, 1, "a Pnyx time series (timeseries.csv)"));
        Path mu = dir.resolve("municipalities.csv");
        if (Files.isRegularFile(mu)) {
            List<String> m = CsvCheck.check(mu, new CsvCheck.Shape(List.of("step", "municipality"), null, LABELS,
                    false, 2, "a Pnyx per-municipality series (municipalities.csv)"));
            for (String c : m) {
                if (!c.equals("municipality") && !c.equals(Intervention.COLUMN) && !c.startsWith("bylaw_")
                        && !ts.contains(c)) {
                    throw new BadDataException(dir.resolve("timeseries.csv") + ":1: no column '" + c + "', which "
                            + "municipalities.csv has: the two files do not belong to one run");
                }
            }
        }
        Path lz = dir.resolve("lorenz.csv");
        if (Files.isRegularFile(lz)) {
            CsvCheck.check(lz, new CsvCheck.Shape(List.of("population_share", "wealth_share"),
                    Set.of("population_share", "wealth_share"), Set.of(), false, 2, "a Pnyx Lorenz curve (lorenz.csv)"));
        }
    }

    /** The summary, the manifest and the time series must describe the same run. */
    private void checkIdentity() throws BadDataException {
        String sName = summary.path("scenario").asText("");
        String mName = manifest.path("scenario").path("name").asText(sName);
        JsonNode sSeed = summary.path("seed");
        JsonNode mSeed = manifest.path("seed");
        int sSteps = summary.path("steps").asInt(-1);
        int mSteps = manifest.path("steps").asInt(-1);
        if (!sName.equals(mName) || !sSeed.asText().equals(mSeed.asText()) || sSteps != mSteps) {
            throw new BadDataException(dir + ": mixes two runs: summary.json is of scenario '" + sName + "', seed "
                    + sSeed.asText() + ", " + sSteps + " weeks, but manifest.json of '" + mName + "', seed "
                    + mSeed.asText() + ", " + mSteps + " weeks; run the scenario again");
        }
        if (mSteps > 0 && timeseries.rows() != mSteps) {
            throw new BadDataException(dir.resolve("timeseries.csv") + ": has " + timeseries.rows()
                    + " weeks, but manifest.json says the run had " + mSteps + " (the file is cut off, or belongs to "
                    + "another run)");
        }
    }

    static Table readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(in)) {
            List<String> columns = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                columns.add(name.trim());
            }
            Map<String, List<String>> cells = new LinkedHashMap<>();
            for (String c : columns) {
                cells.put(c, new ArrayList<>());
            }
            for (CSVRecord r : parser) {
                for (int i = 0; i < columns.size(); i++) {
                    cells.get(columns.get(i)).add(i < r.size() ? r.get(i) : "");
                }
            }
            return new Table(columns, cells);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    private static Table readCsvIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? readCsv(file) : null;
    }

    private static JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadDataException(file + ": not valid JSON (" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + "); the file is cut off "
                    + "or was not written by Pnyx");
        }
        if (node == null || !node.isObject()) {
            throw new BadDataException(file + ": is empty or not a JSON object; the file is cut off or was not "
                    + "written by Pnyx");
        }
        return node;
    }

    /** The run folder. */
    public Path dir() {
        return dir;
    }

    /** One row per step. */
    public Table timeseries() {
        return timeseries;
    }

    /** One row per step and municipality, if the run wrote it. */
    public Optional<Table> municipalities() {
        return Optional.ofNullable(municipalities);
    }

    /** The final Lorenz curve, if the run wrote it. */
    public Optional<Table> lorenz() {
        return Optional.ofNullable(lorenz);
    }

    /** {@code summary.json}, or a missing node. */
    public JsonNode summary() {
        return summary;
    }

    /** {@code manifest.json}, or a missing node. */
    public JsonNode manifest() {
        return manifest;
    }

    /** The scenario name from the summary or manifest, else the folder name. */
    public String scenarioName() {
        String s = summary.path("scenario").asText("");
        if (s.isEmpty()) {
            s = manifest.path("scenario").path("name").asText("");
        }
        if (s.isEmpty() && dir.getFileName() != null) {
            s = dir.getFileName().toString();
        }
        return s;
    }

    /** The {@code --set} overrides the manifest records, in order (the seed's included); empty if none. */
    public List<String> overrides() {
        List<String> out = new ArrayList<>();
        manifest.path("overrides").forEach(o -> out.add(o.asText()));
        return out;
    }

    /** The overrides that changed the scenario, in plain words ({@code Decision rule = consensus}), or empty text. */
    public String changes() {
        return org.pnyx.io.RunLabels.plainWords(overrides());
    }

    /** The run's label from the manifest (given with --label or derived from the overrides), if it has one. */
    public Optional<String> label() {
        String l = manifest.path("label").asText("");
        return l.isEmpty() ? Optional.empty() : Optional.of(l);
    }

    /** The seed, if the summary or manifest records it. */
    public Optional<Long> seed() {
        JsonNode s = summary.path("seed");
        if (!s.isNumber()) {
            s = manifest.path("seed");
        }
        return s.isNumber() ? Optional.of(s.asLong()) : Optional.empty();
    }

    /** Time of each row in years ({@code step / 52}); the row index stands in for a missing step column. */
    public double[] years() {
        return years(timeseries);
    }

    /** Time of each row of a table in years. */
    static double[] years(Table t) {
        double[] x = new double[t.rows()];
        double[] step = t.has("step") ? t.numbers("step") : null;
        for (int i = 0; i < x.length; i++) {
            x[i] = (step != null ? step[i] : i) / STEPS_PER_YEAR;
        }
        return x;
    }

    /** Length of the run in steps (weeks): from the summary or manifest, else the number of rows. */
    public int steps() {
        int s = summary.path("steps").asInt(0);
        if (s <= 0) {
            s = manifest.path("steps").asInt(0);
        }
        return s > 0 ? s : timeseries.rows();
    }

    /** Length of the final window in steps, from the summary; else a year, or the whole run if shorter. */
    public int finalWindow() {
        int w = summary.path("final_window").asInt(0);
        if (w <= 0) {
            w = (int) STEPS_PER_YEAR;
        }
        return Math.max(1, Math.min(w, timeseries.rows()));
    }

    /** Metric columns of {@code timeseries.csv} that hold at least one number, in file order. */
    public List<String> metricColumns() {
        List<String> out = new ArrayList<>();
        for (String c : timeseries.columns()) {
            if (!NOT_METRICS.contains(c) && timeseries.hasFiniteValue(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether the time series has the metric with at least one number. */
    public boolean hasMetric(String key) {
        return timeseries.hasFiniteValue(key);
    }

    /**
     * The headline figures of a metric: from {@code summary.json} where it has them, else
     * computed from the time series over the final window.
     */
    public Headline headline(String key) {
        double[] y = timeseries.has(key) ? timeseries.numbers(key) : new double[0];
        int n = y.length;
        int w = finalWindow();
        double[] x = years();
        List<Double> vals = new ArrayList<>();
        SimpleRegression reg = new SimpleRegression();
        for (int i = Math.max(0, n - w); i < n; i++) {
            if (Double.isFinite(y[i])) {
                vals.add(y[i]);
                reg.addData(x[i], y[i]);
            }
        }
        double[] v = vals.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = v.length == 0 ? Double.NaN : java.util.Arrays.stream(v).average().orElse(Double.NaN);
        double sd = v.length < 2 ? (v.length == 1 ? 0 : Double.NaN) : new StandardDeviation().evaluate(v);
        double fin = n == 0 ? Double.NaN : y[n - 1];
        double trend = reg.getN() >= 2 ? reg.getSlope() : Double.NaN;
        Boolean stable = null;
        JsonNode m = summary.path("metrics").path(key);
        if (m.isObject()) {
            fin = number(m.path("final"), fin);
            mean = number(m.path("window_mean"), mean);
            sd = number(m.path("window_sd"), sd);
            trend = number(m.path("trend_per_year"), trend);
            if (m.path("stable").isBoolean()) {
                stable = m.path("stable").asBoolean();
            }
        }
        return new Headline(key, fin, mean, sd, trend, stable);
    }

    private static double number(JsonNode n, double fallback) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            return Table.parse(n.asText());
        }
        return fallback;
    }

    /**
     * The fully resolved scenario from {@code manifest.json}, flattened to dotted keys in
     * file order ({@code bylaws.quorum -> 0.2}); lists of plain values are shown as one
     * value, lists of objects get an index ({@code municipalities[0].name}).
     */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", manifest.path("scenario"), out);
        return out;
    }

    static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            boolean plain = true;
            for (JsonNode el : node) {
                plain &= el.isValueNode();
            }
            if (plain) {
                List<String> parts = new ArrayList<>();
                for (JsonNode el : node) {
                    parts.add(el.asText());
                }
                out.put(prefix, "[" + String.join(", ", parts) + "]");
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(prefix + "[" + i + "]", node.get(i), out);
                }
            }
        } else if (!node.isMissingNode() && !prefix.isEmpty()) {
            out.put(prefix, node.isNull() ? "null" : node.asText());
        }
    }
}
