package org.pnyx.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Writes a small synthetic sweep folder in the batch module's output format
 * ({@code experiment.json}, {@code design.csv}, {@code runs.csv}, {@code summary.csv}, and
 * optionally {@code runs/<point>-<replication>/timeseries.csv}), with deterministic values
 * (no random numbers), so chart tests depend neither on the core nor on the batch code.
 */
final class SweepFixture {

    private final Map<String, List<String>> factors = new LinkedHashMap<>();
    private List<List<String>> sampled;
    private int replications = 3;
    private List<String> metrics = List.of("attendance_rate", "gini_wealth");
    private boolean timeseries;
    private int steps = 20;
    private boolean experimentJson = true;
    private java.util.function.IntBinaryOperator collapseWeek = (p, r) -> -1;
    private final Map<String, java.util.function.IntBinaryOperator> textColumns = new LinkedHashMap<>();
    private final Map<String, List<String>> textValues = new LinkedHashMap<>();

    static SweepFixture sweep() {
        return new SweepFixture();
    }

    /** A parameter of a full-factorial design, varying slower than those added after it. */
    SweepFixture vary(String key, String... values) {
        factors.put(key, List.of(values));
        return this;
    }

    /** Design points given row by row (a sampled design) over the parameters of {@link #vary} (their values unused). */
    SweepFixture points(List<List<String>> rows) {
        this.sampled = rows;
        return this;
    }

    SweepFixture replications(int n) {
        this.replications = n;
        return this;
    }

    SweepFixture metrics(String... names) {
        this.metrics = List.of(names);
        return this;
    }

    SweepFixture withTimeseries(int weeks) {
        this.timeseries = true;
        this.steps = weeks;
        return this;
    }

    /** The week in which replication r of point p collapsed, or -1 if it did not. */
    SweepFixture collapses(java.util.function.IntBinaryOperator weekOf) {
        this.collapseWeek = weekOf;
        return this;
    }

    /** A column of every run's time series holding, every week, values.get(choice(point, replication)). */
    SweepFixture textColumn(String name, List<String> values, java.util.function.IntBinaryOperator choice) {
        textColumns.put(name, choice);
        textValues.put(name, values);
        return this;
    }

    SweepFixture withoutExperimentJson() {
        this.experimentJson = false;
        return this;
    }

    List<List<String>> designPoints() {
        if (sampled != null) {
            return sampled;
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> values : factors.values()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : values) {
                    List<String> row = new ArrayList<>(prefix);
                    row.add(v);
                    next.add(row);
                }
            }
            out = next;
        }
        return out;
    }

    /** A smooth function of the point's values and the replication, in [0.05, 0.95] for shares. */
    static double value(String metric, int point, List<String> row, int rep) {
        double x = 0;
        for (int i = 0; i < row.size(); i++) {
            double v;
            try {
                v = Double.parseDouble(row.get(i));
            } catch (NumberFormatException e) {
                v = 0.1 * (Math.floorMod(row.get(i).hashCode(), 5) + 1);
            }
            x += (i + 1) * v;
        }
        double base = metric.equals("gini_wealth") ? 0.3 + 0.1 * Math.sin(x) : 0.2 + 0.5 * (x % 1.0);
        return Math.max(0.05, Math.min(0.95, base + 0.01 * (rep - 1)));
    }

    Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> keys = new ArrayList<>(factors.keySet());
        List<List<String>> pts = designPoints();
        String kc = keys.isEmpty() ? "" : "," + String.join(",", keys);
        StringBuilder design = new StringBuilder("point" + kc + ",seed_replication_0\n");
        StringBuilder runs = new StringBuilder("point,replication,seed" + kc);
        for (String m : metrics) {
            runs.append(',').append(m).append("_final,").append(m).append("_mean");
        }
        runs.append(",collapsed,time_to_collapse\n");
        StringBuilder summary = new StringBuilder("point" + kc
                + ",metric,measure,n,mean,sd,ci95_low,ci95_high,min,max,cv,collapsed_share\n");
        for (int p = 0; p < pts.size(); p++) {
            List<String> row = pts.get(p);
            String values = String.join(",", row);
            String vc = row.isEmpty() ? "" : "," + values;
            design.append(p).append(vc).append(',').append(1000 + p).append('\n');
            double[][] v = new double[metrics.size()][replications];
            for (int r = 0; r < replications; r++) {
                runs.append(p).append(',').append(r).append(',').append(1000 + p * 31 + r).append(vc);
                for (int m = 0; m < metrics.size(); m++) {
                    v[m][r] = value(metrics.get(m), p, row, r);
                    runs.append(',').append(num(v[m][r])).append(',').append(num(v[m][r]));
                }
                int week = collapseWeek.applyAsInt(p, r);
                runs.append(week >= 0 ? ",1," + week + "\n" : ",0,\n");
                if (timeseries) {
                    writeRun(dir.resolve("runs").resolve(p + "-" + r), v, p, r);
                }
            }
            for (int m = 0; m < metrics.size(); m++) {
                for (String measure : List.of("final", "mean")) {
                    summary.append(p).append(vc).append(',').append(metrics.get(m)).append(',')
                            .append(measure).append(',').append(stats(v[m])).append(",0\n");
                }
            }
        }
        Files.writeString(dir.resolve("design.csv"), design, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("runs.csv"), runs, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.csv"), summary, StandardCharsets.UTF_8);
        if (experimentJson) {
            StringBuilder js = new StringBuilder("{\"experiment\": \"fixture\", \"design\": \"")
                    .append(sampled == null ? "full_factorial" : "latin_hypercube").append("\", \"parameters\": [");
            for (int i = 0; i < keys.size(); i++) {
                js.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append('"');
            }
            js.append("], \"points\": ").append(pts.size()).append(", \"replications\": ").append(replications)
                    .append(", \"seed\": 7, \"timeseries\": ").append(timeseries)
                    .append(", \"fixed\": {\"steps\": \"").append(steps)
                    .append("\"}, \"pnyx_version\": \"0.1.0-SNAPSHOT\", \"base_scenario\": {\"name\": \"baseline\", "
                            + "\"metrics\": {\"finalWindow\": 10}, \"bylaws\": {\"note\": \"<b>x</b>\"}}}\n");
            Files.writeString(dir.resolve("experiment.json"), js, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A run's time series rising towards the run's final value, with the metric's final value at the end. */
    private void writeRun(Path run, double[][] finals, int point, int rep) throws IOException {
        Files.createDirectories(run);
        StringBuilder ts = new StringBuilder("step," + String.join(",", metrics));
        textColumns.keySet().forEach(c -> ts.append(',').append(c));
        ts.append('\n');
        for (int t = 0; t < steps; t++) {
            ts.append(t);
            double f = 1 - Math.exp(-3.0 * (t + 1) / steps);
            for (int m = 0; m < metrics.size(); m++) {
                ts.append(',').append(num(finals[m][rep] * f));
            }
            textColumns.forEach((c, choice) -> ts.append(',').append(textValues.get(c)
                    .get(choice.applyAsInt(point, rep))));
            ts.append('\n');
        }
        Files.writeString(run.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);
    }

    private static String stats(double[] v) {
        int n = v.length;
        double mean = 0;
        for (double x : v) {
            mean += x / n;
        }
        double ss = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (n < 2) {
            return n + "," + num(mean) + ",,,," + num(min) + "," + num(max) + ",";
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return n + "," + num(mean) + "," + num(sd) + "," + num(mean - half) + "," + num(mean + half) + ","
                + num(min) + "," + num(max) + "," + num(sd / mean);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
