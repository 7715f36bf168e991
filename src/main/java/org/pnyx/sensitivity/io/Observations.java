package org.pnyx.sensitivity.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pnyx.batch.CsvLines;
import org.pnyx.batch.ExperimentException;

/**
 * The inputs and outputs to analyse, one row per design point in sampling order: from a sweep's
 * {@code runs.csv} (replications of a point averaged, empty and NaN values skipped) or from any CSV with a
 * column per varied parameter and a column per output, one row per design point.
 *
 * @param source     the file read, for messages and the report
 * @param x          the inputs, {@code x[row][parameter]} in the plan's parameter order
 * @param outputs    output names, in column order
 * @param y          each output's value per row (NaN where there is none)
 * @param lines      the file line of each row (for a sweep, of its first replication)
 * @param replications runs averaged into each row (1 for a plain CSV)
 */
public record Observations(Path source, double[][] x, List<String> outputs, List<double[]> y, int[] lines,
                           int replications) {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).build();
    private static final List<String> BOOKKEEPING = List.of("point", "replication", "seed");

    /** The values of one output. */
    public double[] output(String name) {
        return y.get(outputs.indexOf(name));
    }

    /**
     * Reads a finished sweep's {@code runs.csv}.
     *
     * @param wanted outputs to read (runs.csv column names), or null for every {@code <metric>_mean} column and
     *               {@code collapsed}
     */
    public static Observations fromSweep(Path dir, SensitivityPlan plan, List<String> wanted)
            throws ExperimentException {
        Path file = dir.resolve("runs.csv");
        Table t = read(file);
        int pointCol = t.column("point");
        if (pointCol < 0) {
            throw new ExperimentException(file + ":" + t.headerLine + ": no 'point' column: not a sweep's runs.csv");
        }
        int[] inputs = inputColumns(t, file, plan);
        List<String> outputs = wanted != null ? wanted : t.header.stream()
                .filter(c -> c.endsWith("_mean") || c.equals("collapsed")).toList();
        int[] outCols = outputColumns(t, file, outputs);
        long expected = plan.rows();
        Map<Integer, List<Integer>> byPoint = new LinkedHashMap<>();
        for (int r = 0; r < t.rows.size(); r++) {
            String p = t.rows.get(r).get(pointCol);
            int point;
            try {
                point = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new ExperimentException(file + ":" + t.lines.get(r) + ": point: value '" + p
                        + "' is not a whole number");
            }
            if (point < 0 || point >= expected) {
                throw new ExperimentException(file + ":" + t.lines.get(r) + ": point " + point + " is outside the "
                        + "design of " + plan.file() + " (" + plan.summary() + "): was the sweep run with "
                        + "another design?");
            }
            byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(r);
        }
        if (byPoint.size() != expected) {
            int missing = 0;
            while (byPoint.containsKey(missing)) {
                missing++;
            }
            throw new ExperimentException(file + ": has " + byPoint.size() + " of the " + expected + " design points "
                    + "of " + plan.file() + " (" + plan.summary() + "); point " + missing + " is missing. Finish the "
                    + "sweep with 'pnyx sweep ... --resume' (or 'pnyx merge' its shards)");
        }
        int n = (int) expected;
        double[][] x = new double[n][];
        int[] lines = new int[n];
        List<double[]> y = new ArrayList<>();
        for (int k = 0; k < outCols.length; k++) {
            y.add(new double[n]);
        }
        int reps = 0;
        for (int p = 0; p < n; p++) {
            List<Integer> rows = byPoint.get(p);
            reps = Math.max(reps, rows.size());
            int first = rows.get(0);
            lines[p] = t.lines.get(first);
            x[p] = numbers(t, file, first, inputs);
            for (int k = 0; k < outCols.length; k++) {
                double sum = 0;
                int count = 0;
                for (int r : rows) {
                    double v = number(t, file, r, outCols[k], true);
                    if (!Double.isNaN(v)) {
                        sum += v;
                        count++;
                    }
                }
                y.get(k)[p] = count == 0 ? Double.NaN : sum / count;
            }
        }
        return new Observations(file, x, List.copyOf(outputs), y, lines, reps);
    }

    /**
     * Reads a CSV of inputs and outputs, one row per design point in sampling order.
     *
     * @param wanted outputs to read, or null for every column that is not a varied parameter, point, replication
     *               or seed
     */
    public static Observations fromCsv(Path file, SensitivityPlan plan, List<String> wanted)
            throws ExperimentException {
        Table t = read(file);
        int[] inputs = inputColumns(t, file, plan);
        List<String> outputs = wanted != null ? wanted : t.header.stream()
                .filter(c -> !plan.parameters().contains(c) && !BOOKKEEPING.contains(c)).toList();
        if (outputs.isEmpty()) {
            throw new ExperimentException(file + ":" + t.headerLine + ": no output columns besides the parameters "
                    + String.join(", ", plan.parameters()));
        }
        int[] outCols = outputColumns(t, file, outputs);
        int n = t.rows.size();
        if (n != plan.rows()) {
            throw new ExperimentException(file + ": has " + n + " rows, but the design of " + plan.file() + " ("
                    + plan.summary() + ") has " + plan.rows());
        }
        double[][] x = new double[n][];
        List<double[]> y = new ArrayList<>();
        for (int k = 0; k < outCols.length; k++) {
            y.add(new double[n]);
        }
        int[] lines = new int[n];
        for (int r = 0; r < n; r++) {
            x[r] = numbers(t, file, r, inputs);
            lines[r] = t.lines.get(r);
            for (int k = 0; k < outCols.length; k++) {
                y.get(k)[r] = number(t, file, r, outCols[k], true);
            }
        }
        return new Observations(file, x, List.copyOf(outputs), y, lines, 1);
    }

    private static int[] inputColumns(Table t, Path file, SensitivityPlan plan) throws ExperimentException {
        List<String> missing = new ArrayList<>();
        int[] cols = new int[plan.parameters().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = t.column(plan.parameters().get(i));
            if (cols[i] < 0) {
                missing.add(plan.parameters().get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new ExperimentException(file + ":" + t.headerLine + ": no column for " + String.join(", ", missing)
                    + ", varied in " + plan.file() + "; the file has " + String.join(", ", t.header));
        }
        return cols;
    }

    private static int[] outputColumns(Table t, Path file, List<String> outputs) throws ExperimentException {
        int[] cols = new int[outputs.size()];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = t.column(outputs.get(k));
            if (cols[k] < 0) {
                throw new ExperimentException(file + ":" + t.headerLine + ": no output column '" + outputs.get(k)
                        + "'" + org.pnyx.config.Suggestions.nearest(outputs.get(k), t.header)
                        .map(s -> "; did you mean '" + s + "'?").orElse("; the file has " + String.join(", ", t.header)));
            }
        }
        return cols;
    }

    private static double[] numbers(Table t, Path file, int row, int[] cols) throws ExperimentException {
        double[] out = new double[cols.length];
        for (int i = 0; i < cols.length; i++) {
            out[i] = number(t, file, row, cols[i], false);
        }
        return out;
    }

    private static double number(Table t, Path file, int row, int col, boolean emptyAllowed)
            throws ExperimentException {
        String s = t.rows.get(row).get(col);
        if (s.isEmpty() && emptyAllowed) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (!Double.isInfinite(v) && (emptyAllowed || !Double.isNaN(v))) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ExperimentException(file + ":" + t.lines.get(row) + ": " + t.header.get(col) + ": value '" + s
                + "' is not allowed; allowed: a number" + (emptyAllowed ? " (or empty)" : ""));
    }

    private record Table(List<String> header, int headerLine, List<List<String>> rows, List<Integer> lines) {
        int column(String name) {
            return header.indexOf(name);
        }
    }

    private static Table read(Path file) throws ExperimentException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file + ": no such file");
        } catch (IOException e) {
            throw new ExperimentException(file + ": cannot be read: " + e.getMessage());
        }
        List<String> header = null;
        int headerLine = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvLines positions = new CsvLines(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord rec : parser) {
                int line = positions.lineOf(rec.getCharacterPosition());
                List<String> values = new ArrayList<>(rec.size());
                rec.forEach(values::add);
                if (header == null) {
                    header = values;
                    headerLine = line;
                    continue;
                }
                if (values.size() != header.size()) {
                    throw new ExperimentException(file + ":" + line + ": expects " + header.size()
                            + " values, as the header has, but the row has " + values.size());
                }
                rows.add(values);
                lines.add(line);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ExperimentException(file + ": not a valid CSV file: " + e.getMessage());
        }
        if (header == null || rows.isEmpty()) {
            throw new ExperimentException(file + ": " + (header == null ? "is empty" : "has a header but no rows"));
        }
        return new Table(header, headerLine, rows, lines);
    }

    @Override
    public String toString() {
        return "Observations[" + source + ", " + x.length + " rows, outputs " + outputs + ", "
                + Arrays.toString(new int[] {replications}) + " replications]";
    }
}
