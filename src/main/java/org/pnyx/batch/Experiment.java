package org.pnyx.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved batch experiment: a base scenario, fixed overrides, the design points (values of the
 * varied parameters), replications per point, and how each run's seed is derived. Runs are numbered
 * in point-then-replication order: run {@code r} is point {@code r / replications}, replication
 * {@code r % replications}.
 *
 * @param name          experiment name; names the default output folder {@code results/<name>/}
 * @param file          the experiment file, for messages and the record
 * @param scenarioFile  the base scenario file
 * @param scenarioText  the base scenario's text, read once so every run uses the same
 * @param fixed         {@code key.path -> value} applied to every run, in file order
 * @param parameters    the varied key paths: the columns of the design
 * @param points        one list of values (canonical text, by {@code parameters} order) per design point
 * @param design        how the points were made: full_factorial, random, latin_hypercube or csv
 * @param replications  runs per design point, at least 1
 * @param baseSeed      base of every run's seed (see {@link Seeds})
 * @param commonSeeds   whether replication {@code k} uses the same seed at every design point
 *                      (common random numbers) instead of a seed per point and replication
 * @param timeseries    whether each run's full outputs go to {@code runs/<point>-<rep>/}
 * @param metrics       metric columns recorded in runs.csv
 * @param commandLineSet the {@code sweep --set key=value} overrides of the base scenario, as given (already in
 *                      {@code fixed}, where they replace the file's value of the same key); recorded in experiment.json
 */
public record Experiment(String name, Path file, Path scenarioFile, String scenarioText, Map<String, String> fixed,
                         List<String> parameters, List<List<String>> points, String design, int replications,
                         long baseSeed, boolean commonSeeds, boolean timeseries, List<String> metrics,
                         List<String> commandLineSet) {

    /**
     * One run of the experiment.
     *
     * @param index       0-based run number, in point-then-replication order
     * @param point       0-based design point
     * @param replication 0-based replication
     * @param seed        the derived seed
     */
    public record Run(long index, int point, int replication, long seed) {

        /** The run's folder name under {@code runs/}. */
        public String folder() {
            return point + "-" + replication;
        }
    }

    public Experiment {
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        parameters = List.copyOf(parameters);
        List<List<String>> copy = new ArrayList<>(points.size());
        for (List<String> p : points) {
            if (p.size() != parameters.size()) {
                throw new IllegalArgumentException("a design point has " + p.size() + " values for "
                        + parameters.size() + " parameters");
            }
            copy.add(List.copyOf(p));
        }
        points = List.copyOf(copy);
        metrics = List.copyOf(metrics);
        commandLineSet = List.copyOf(commandLineSet);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, but was " + replications);
        }
        if (baseSeed < 0) {
            throw new IllegalArgumentException("seed must be at least 0, but was " + baseSeed);
        }
    }

    /** An experiment without command-line overrides. */
    public Experiment(String name, Path file, Path scenarioFile, String scenarioText, Map<String, String> fixed,
                      List<String> parameters, List<List<String>> points, String design, int replications,
                      long baseSeed, boolean commonSeeds, boolean timeseries, List<String> metrics) {
        this(name, file, scenarioFile, scenarioText, fixed, parameters, points, design, replications, baseSeed,
                commonSeeds, timeseries, metrics, List.of());
    }

    /** Number of runs: points times replications. */
    public long runs() {
        return (long) points.size() * replications;
    }

    /** The run with this 0-based index. */
    public Run run(long index) {
        int point = (int) (index / replications);
        int rep = (int) (index % replications);
        long seed = Seeds.of(baseSeed, commonSeeds ? 0 : point, rep);
        return new Run(index, point, rep, seed);
    }

    /** Every {@code key.path=value} override of a run: the fixed ones, the point's values, then the seed. */
    public List<String> overrides(Run run) {
        List<String> out = new ArrayList<>(fixed.size() + parameters.size() + 1);
        fixed.forEach((k, v) -> out.add(k + "=" + v));
        List<String> values = points.get(run.point());
        for (int k = 0; k < parameters.size(); k++) {
            out.add(parameters.get(k) + "=" + values.get(k));
        }
        out.add("seed=" + run.seed());
        return out;
    }

    /**
     * A digest of everything that decides the runs' results and the layout of runs.csv: the base
     * scenario's text, fixed overrides, design, replications, seeds and recorded metrics. A sweep resumes,
     * and shards merge, only when it matches.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            sb.append("scenario\n").append(scenarioText).append("\nfixed\n");
            fixed.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            sb.append("parameters\n").append(String.join(",", parameters)).append('\n');
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            for (List<String> p : points) {
                sha.update((String.join("\u001f", p) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String tail = "replications=" + replications + "\nseed=" + baseSeed + "\ncommon=" + commonSeeds
                    + "\ntimeseries=" + timeseries + "\nmetrics=" + String.join(",", metrics) + "\n";
            sha.update(tail.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
