package org.pnyx.batch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Suggestions;
import org.pnyx.io.Numbers;
import org.pnyx.io.SafeNames;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.io.TextFiles;
import org.pnyx.io.YamlScalars;
import org.pnyx.metrics.Metric;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an experiment YAML file (format in {@code docs/BATCH.md}). Every problem is collected and
 * reported together as {@code FILE:LINE: KEY: what is wrong; allowed: ...}. Parameter values are
 * checked against the scenario catalogue, and every design point is resolved once against the base
 * scenario before anything runs, so a sweep never fails half-way on a bad value.
 */
public final class ExperimentLoader {

    static final List<String> KEYS = List.of("name", "scenario", "set", "vary", "design", "replications", "seed",
            "commonRandomNumbers", "record");
    private static final List<String> DESIGN_KEYS = List.of("method", "samples", "file", "trajectories", "levels",
            "secondOrder");
    /** Sensitivity designs, sampled by {@code pnyx sensitivity sample} into a design file that the sweep runs. */
    private static final List<String> SENSITIVITY_METHODS = List.of("morris", "sobol");
    private static final List<String> RECORD_KEYS = List.of("timeseries", "window", "metrics");
    private static final long MAX_POINTS = 10_000_000;
    private static final int MAX_REPORTED = 20;

    private final Parameters catalog = Parameters.catalog();
    private final List<String> problems = new ArrayList<>();
    private String file;
    private List<String> sets = List.of();

    private ExperimentLoader() {
    }

    /**
     * Loads an experiment file.
     *
     * @param path   the experiment YAML
     * @param design a design CSV replacing the file's {@code vary} and {@code design}, or null
     * @throws ExperimentException listing every problem found
     */
    public static Experiment load(Path path, Path design) throws ExperimentException {
        return load(path, design, List.of());
    }

    /**
     * Loads an experiment file with {@code sweep --set key=value} overrides of its base scenario, checked as
     * {@code run --set} checks them; they replace the file's {@code set} value of the same key.
     *
     * @throws ExperimentException listing every problem found
     */
    public static Experiment load(Path path, Path design, List<String> sets) throws ExperimentException {
        String text;
        try {
            text = TextFiles.read(path, "experiment file");
        } catch (TextFiles.TextFileException e) {
            throw new ExperimentException(e.getMessage());
        }
        return parse(path, text, design, sets);
    }

    /** Loads experiment text; {@code path} names it in messages and anchors relative paths. */
    public static Experiment parse(Path path, String text, Path design) throws ExperimentException {
        return parse(path, text, design, List.of());
    }

    /** Loads experiment text with {@code sweep --set} overrides. */
    public static Experiment parse(Path path, String text, Path design, List<String> sets) throws ExperimentException {
        ExperimentLoader loader = new ExperimentLoader();
        loader.file = path.toString();
        loader.sets = List.copyOf(sets);
        return loader.build(path, loader.compose(text), design);
    }

    private Node compose(String text) throws ExperimentException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ExperimentException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ExperimentException(file + ": not valid YAML: " + e.getMessage());
        }
    }

    private Experiment build(Path path, Node root, Path designOverride) throws ExperimentException {
        if (root == null) {
            throw new ExperimentException(file + ": the file is empty; it needs at least 'scenario' and 'vary'");
        }
        if (!(root instanceof MappingNode map)) {
            throw new ExperimentException(at(root) + "an experiment must be a mapping of keys to values");
        }
        duplicates(map, "");
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && (k.getValue().equals("design") || k.getValue().equals("record"))
                    && t.getValueNode() instanceof MappingNode sub) {
                duplicates(sub, k.getValue() + ".");
            }
        }
        fail();
        // Relative to the experiment file as it was named, so records and messages carry no machine's absolute paths.
        Path dir = path.getParent() == null ? Path.of("") : path.getParent();
        String name = stem(path);
        Path scenario = null;
        int scenarioLine = 0;
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, Integer> fixedLines = new LinkedHashMap<>();
        List<Factor> factors = new ArrayList<>();
        Node varyNode = null;
        String method = "full_factorial";
        Integer samples = null;
        Path designFile = null;
        int designLine = 0;
        int replications = 1;
        long seed = 1;
        boolean common = false;
        boolean timeseries = false;
        List<String> metrics = Metric.columns();
        for (NodeTuple t : map.getValue()) {
            String key = keyOf(t);
            if (key == null) {
                continue;
            }
            Node v = t.getValueNode();
            switch (key) {
                case "name" -> {
                    String n = scalar(v, "name");
                    java.util.Optional<String> bad = n == null ? java.util.Optional.empty() : SafeNames.problem(n);
                    if (bad.isPresent()) {
                        problems.add(at(v) + "name: " + bad.get());
                    } else if (n != null) {
                        name = n;
                    }
                }
                case "scenario" -> {
                    String s = scalar(v, "scenario");
                    scenarioLine = line(v);
                    if (s != null) {
                        scenario = dir.resolve(s).normalize();
                    }
                }
                case "set" -> readSet(v, fixed, fixedLines);
                case "vary" -> varyNode = v;
                case "design" -> {
                    designLine = line(v);
                    if (v instanceof ScalarNode s) {
                        method = method(s);
                    } else if (v instanceof MappingNode dm) {
                        for (NodeTuple d : dm.getValue()) {
                            String dk = keyOf(d);
                            Node dv = d.getValueNode();
                            if (dk == null) {
                                continue;
                            }
                            switch (dk) {
                                case "method" -> method = dv instanceof ScalarNode s ? method(s) : bad(dv,
                                        "design.method", "one of " + String.join(", ", Designs.METHODS) + ", csv, "
                                        + String.join(", ", SENSITIVITY_METHODS));
                                case "samples" -> samples = integer(dv, "design.samples", 1, 100_000_000);
                                // Checked by 'pnyx sensitivity sample', which reads them.
                                case "trajectories", "levels", "secondOrder" -> { }
                                case "file" -> {
                                    String f = scalar(dv, "design.file");
                                    if (f != null) {
                                        designFile = dir.resolve(f).normalize();
                                    }
                                }
                                default -> unknown(d.getKeyNode(), "design." + dk, "design.", DESIGN_KEYS);
                            }
                        }
                    } else {
                        problems.add(at(v) + "design: expects a method (" + String.join(", ", Designs.METHODS)
                                + ") or a section with method, samples, file");
                    }
                }
                case "replications" -> {
                    Integer r = integer(v, "replications", 1, 1_000_000);
                    replications = r == null ? 1 : r;
                }
                case "seed" -> {
                    ParameterSpec spec = ScenarioConfig.SEED.spec();
                    Object s = parse(spec, v, "seed");
                    seed = s == null ? 1 : (Long) s;
                }
                case "commonRandomNumbers" -> common = bool(v, "commonRandomNumbers");
                case "record" -> {
                    if (!(v instanceof MappingNode rm)) {
                        problems.add(at(v) + "record: expects a section with timeseries, window, metrics");
                        continue;
                    }
                    for (NodeTuple r : rm.getValue()) {
                        String rk = keyOf(r);
                        Node rv = r.getValueNode();
                        if (rk == null) {
                            continue;
                        }
                        switch (rk) {
                            case "timeseries" -> timeseries = bool(rv, "record.timeseries");
                            case "window" -> {
                                Object w = parse(ScenarioConfig.FINAL_WINDOW.spec(), rv, "record.window");
                                if (w != null) {
                                    putFixed(fixed, fixedLines, ScenarioConfig.FINAL_WINDOW.path(), w.toString(), line(rv),
                                            "record.window");
                                }
                            }
                            case "metrics" -> metrics = readMetrics(rv);
                            default -> unknown(r.getKeyNode(), "record." + rk, "record.", RECORD_KEYS);
                        }
                    }
                }
                default -> unknown(t.getKeyNode(), key, "", KEYS);
            }
        }
        if (scenario == null && problems.stream().noneMatch(p -> p.contains(": scenario:"))) {
            problems.add(file + ": missing key 'scenario': the base scenario file, relative to this file "
                    + "(e.g. scenario: ../baseline.yaml)");
        }
        String scenarioText = scenario == null ? null : readScenario(scenario, scenarioLine);
        Map<String, String> commandLine = commandLineSets(scenario, scenarioText, fixed, fixedLines);

        List<String> parameters;
        List<List<String>> points;
        List<String> origins = new ArrayList<>();
        if (SENSITIVITY_METHODS.contains(method) && designOverride == null) {
            problems.add(file + ":" + designLine + ": design: method " + method + " is sampled by 'pnyx sensitivity "
                    + "sample " + file + "', which writes the design file; then run 'pnyx sweep " + file
                    + " --design THAT_FILE.csv' (see docs/SENSITIVITY.md)");
            fail();
        }
        if (designOverride != null || designFile != null || method.equals("csv")) {
            if (designOverride == null && designFile == null) {
                problems.add(file + ":" + designLine + ": design: method csv needs a file (design: {file: points.csv})");
            }
            if (designOverride == null && varyNode != null) {
                problems.add(at(varyNode) + "vary: give either vary or a design file, not both");
            }
            fail();
            Path csv = designOverride != null ? designOverride : designFile;
            DesignFile.Design d = DesignFile.read(csv);
            parameters = d.parameters();
            points = d.points();
            for (int line : d.lines()) {
                origins.add(csv + ":" + line);
            }
            method = "csv";
            for (String p : parameters) {
                if (commandLine.containsKey(p)) {
                    problems.add("--set " + commandLine.get(p) + ": " + p + " is a column of the design " + csv
                            + "; allowed: a key that is not varied");
                } else if (fixedLines.containsKey(p)) {
                    problems.add(file + ":" + fixedLines.get(p) + ": set." + p + ": is also a column of the design "
                            + csv + "; give it in one place only");
                }
            }
        } else {
            boolean noVary = varyNode == null || varyNode instanceof MappingNode vm && vm.getValue().isEmpty()
                    || varyNode instanceof ScalarNode vs && vs.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL);
            if (noVary && method.equals("full_factorial") && samples == null) {
                // A replication-only study: the base scenario, one design point, run with derived seeds.
                if (replications < 2) {
                    problems.add((varyNode == null ? file + ": " : at(varyNode)) + "vary: "
                            + (varyNode == null ? "missing" : "lists no parameters")
                            + "; allowed: the parameters to vary (or --design FILE.csv), or none with replications: N "
                            + "(N >= 2) for a replication-only study of the base scenario");
                }
            } else if (varyNode == null) {
                problems.add(file + ": missing key 'vary': the parameters to vary (or --design FILE.csv)");
            } else {
                readVary(varyNode, "", factors, method);
            }
            for (Factor f : factors) {
                if (commandLine.containsKey(f.path())) {
                    problems.add("--set " + commandLine.get(f.path()) + ": " + f.path() + " is varied by the experiment ("
                            + file + ":" + f.line() + ", vary." + f.path() + "); allowed: a key that is not varied");
                } else if (fixedLines.containsKey(f.path())) {
                    problems.add(file + ":" + f.line() + ": vary." + f.path() + ": is also fixed under set (line "
                            + fixedLines.get(f.path()) + "); give it in one place only");
                }
            }
            boolean sampled = !method.equals("full_factorial");
            if (sampled && samples == null) {
                problems.add(file + ":" + designLine + ": design: method " + method
                        + " needs a sample count (design: {method: " + method + ", samples: 100})");
            }
            if (!sampled && samples != null) {
                problems.add(file + ":" + designLine + ": design.samples: only random and latin_hypercube designs "
                        + "take a sample count");
            }
            fail();
            parameters = factors.stream().map(Factor::path).toList();
            long size = 1;
            for (Factor f : factors) {
                size = Math.min(MAX_POINTS + 1, size * f.levels().size());
            }
            if (!sampled && size > MAX_POINTS) {
                throw new ExperimentException(at(varyNode) + "vary: the full factorial has more than " + MAX_POINTS
                        + " design points; use fewer levels or a sampled design");
            }
            long designSeed = Seeds.forDesign(seed);
            points = switch (method) {
                case "random" -> Designs.random(factors, samples, designSeed);
                case "latin_hypercube" -> Designs.latinHypercube(factors, samples, designSeed);
                default -> Designs.fullFactorial(factors);
            };
            for (int k = 0; k < points.size(); k++) {
                origins.add(file);
            }
        }
        fail();
        Experiment e = new Experiment(name, path, scenario, scenarioText, fixed, parameters, points, method,
                replications, seed, common, timeseries, metrics, sets);
        checkPoints(e, origins);
        return e;
    }

    /**
     * Checks the {@code sweep --set} overrides as {@code run --set} does (the scenario loader's own messages) and puts
     * them into the fixed values, replacing the file's; returns {@code key -> assignment} of those applied.
     */
    private Map<String, String> commandLineSets(Path scenario, String scenarioText, Map<String, String> fixed,
                                                Map<String, Integer> fixedLines) {
        Map<String, String> applied = new LinkedHashMap<>();
        if (sets.isEmpty()) {
            return applied;
        }
        List<String> checked = new ArrayList<>();
        for (String a : sets) {
            int eq = a.indexOf('=');
            if (eq > 0 && a.substring(0, eq).trim().equals(ScenarioConfig.SEED.path())) {
                problems.add("--set " + SafeNames.printable(a) + ": each run's seed is derived from the experiment's "
                        + "'seed' key; set that in the experiment file instead");
            } else {
                checked.add(a);
            }
        }
        if (scenarioText != null) {
            try {
                ScenarioLoader.parse(scenario.toString(), scenarioText, checked);
            } catch (ScenarioException ex) {
                ex.problems().stream().filter(p -> p.startsWith("--set ")).forEach(problems::add);
                if (ex.problems().stream().anyMatch(p -> p.startsWith("--set "))) {
                    return applied;
                }
            }
        }
        for (String a : checked) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String path = a.substring(0, eq).trim();
            ParameterSpec spec = catalog.get(path);
            if (spec == null) {
                continue;
            }
            try {
                fixed.put(path, Designs.text(spec.parse(a.substring(eq + 1))));
                fixedLines.remove(path);
                applied.put(path, a);
            } catch (IllegalArgumentException ex) {
                problems.add("--set " + a + ": " + path + ": " + ex.getMessage());
            }
        }
        return applied;
    }

    /** Rejects a key given twice in one section, as scenario files do (set and vary check their own keys). */
    private void duplicates(MappingNode map, String prefix) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                Integer first = seen.putIfAbsent(k.getValue(), line(k));
                if (first != null) {
                    problems.add(at(k) + prefix + k.getValue() + ": key given twice (first on line " + first
                            + "); allowed: each key once");
                }
            }
        }
    }

    /** Resolves every design point against the base scenario, so cross-field problems surface before any run. */
    private void checkPoints(Experiment e, List<String> origins) throws ExperimentException {
        String scenarioName = e.scenarioFile().toString();
        try {
            ScenarioLoader.parse(scenarioName, e.scenarioText(), fixedOverrides(e));
        } catch (ScenarioException ex) {
            throw new ExperimentException(ex.problems());
        }
        int reported = 0;
        for (int p = 0; p < e.points().size() && reported < MAX_REPORTED; p++) {
            try {
                ScenarioLoader.parse(scenarioName, e.scenarioText(), e.overrides(e.run((long) p * e.replications())));
            } catch (ScenarioException ex) {
                for (String problem : ex.problems()) {
                    problems.add(origins.get(p) + ": design point " + p + " (" + describe(e, p) + "): " + problem);
                    reported++;
                }
            }
        }
        fail();
    }

    private static List<String> fixedOverrides(Experiment e) {
        List<String> out = new ArrayList<>();
        e.fixed().forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    private static String describe(Experiment e, int point) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < e.parameters().size(); k++) {
            parts.add(e.parameters().get(k) + "=" + e.points().get(point).get(k));
        }
        return String.join(", ", parts);
    }

    private String readScenario(Path scenario, int line) {
        if (!Files.exists(scenario)) {
            problems.add(file + ":" + line + ": scenario: no such file " + scenario
                    + " (paths are relative to the experiment file)");
            return null;
        }
        try {
            return TextFiles.read(scenario, "scenario file");
        } catch (TextFiles.TextFileException ex) {
            problems.add(file + ":" + line + ": scenario: " + ex.getMessage());
        }
        return null;
    }

    private void readSet(Node v, Map<String, String> fixed, Map<String, Integer> lines) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        flatten(v, "", "set", leaves);
        leaves.forEach((path, node) -> {
            if (path.equals("seed")) {
                problems.add(at(node) + "set.seed: each run's seed is derived from the experiment's 'seed' key; "
                        + "set that instead");
                return;
            }
            Object value = parse(catalog.get(path), node, "set." + path);
            if (value != null) {
                putFixed(fixed, lines, path, Designs.text(value), line(node), "set." + path);
            }
        });
    }

    private void putFixed(Map<String, String> fixed, Map<String, Integer> lines, String path, String value, int line,
                          String key) {
        if (lines.containsKey(path)) {
            problems.add(file + ":" + line + ": " + key + ": " + path + " is already set on line " + lines.get(path));
            return;
        }
        fixed.put(path, value);
        lines.put(path, line);
    }

    private void readVary(Node v, String prefix, List<Factor> factors, String method) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        flatten(v, prefix, "vary", leaves);
        if (leaves.isEmpty() && v instanceof MappingNode) {
            problems.add(at(v) + "vary: lists no parameters");
        }
        boolean sampled = !method.equals("full_factorial");
        leaves.forEach((path, node) -> {
            ParameterSpec spec = catalog.get(path);
            String key = "vary." + path;
            if (path.equals("seed")) {
                problems.add(at(node) + key + ": seeds are not varied: each run's seed is derived from the "
                        + "experiment's 'seed' and 'replications'");
                return;
            }
            if (node instanceof SequenceNode seq) {
                List<String> levels = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Node item : seq.getValue()) {
                    Object value = parse(spec, item, key);
                    if (value != null) {
                        String text = Designs.text(value);
                        if (!seen.add(text)) {
                            problems.add(at(item) + key + ": value '" + text + "' is listed twice");
                        }
                        levels.add(text);
                    }
                }
                if (seq.getValue().isEmpty()) {
                    problems.add(at(node) + key + ": the list is empty; allowed: at least one value");
                } else if (levels.size() == seq.getValue().size()) {
                    factors.add(Factor.levels(spec, levels, line(node)));
                }
            } else if (node instanceof MappingNode range) {
                readRange(spec, key, range, sampled, factors);
            } else {
                problems.add(at(node) + key + ": expects a list of values [a, b, c], a range {from: a, to: b, step: s}"
                        + " or, in sampled designs, an interval {min: a, max: b}");
            }
        });
    }

    private void readRange(ParameterSpec spec, String key, MappingNode range, boolean sampled, List<Factor> factors) {
        Map<String, Node> parts = new LinkedHashMap<>();
        for (NodeTuple t : range.getValue()) {
            String k = keyOf(t);
            if (k == null) {
                continue;
            }
            if (!List.of("from", "to", "step", "min", "max").contains(k)) {
                unknown(t.getKeyNode(), key + "." + k, key + ".", List.of("from", "to", "step", "min", "max"));
                continue;
            }
            parts.put(k, t.getValueNode());
        }
        boolean numeric = spec.type() == ParameterSpec.Type.DOUBLE || spec.type() == ParameterSpec.Type.INT
                || spec.type() == ParameterSpec.Type.LONG;
        if (!numeric) {
            problems.add(at(range) + key + ": ranges need a numeric parameter; list the values instead: "
                    + spec.allowed());
            return;
        }
        if (parts.keySet().equals(Set.of("from", "to", "step"))) {
            Object from = parse(spec, parts.get("from"), key + ".from");
            Object to = parse(spec, parts.get("to"), key + ".to");
            Double step = number(parts.get("step"), key + ".step");
            if (from == null || to == null || step == null) {
                return;
            }
            double a = ((Number) from).doubleValue();
            double b = ((Number) to).doubleValue();
            boolean whole = spec.type() != ParameterSpec.Type.DOUBLE;
            if (step <= 0 || whole && step != Math.rint(step)) {
                problems.add(at(parts.get("step")) + key + ".step: value '" + Designs.text(step)
                        + "' is not allowed; allowed: a " + (whole ? "whole number" : "number") + " above 0");
                return;
            }
            if (b < a) {
                problems.add(at(range) + key + ": 'to' (" + Designs.text(b) + ") is below 'from' ("
                        + Designs.text(a) + ")");
                return;
            }
            long count = (long) Math.floor((b - a) / step + 1e-9) + 1;
            if (count > 1_000_000) {
                problems.add(at(range) + key + ": the range has " + count + " values; allowed: at most 1000000");
                return;
            }
            List<String> levels = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                double x = a + i * step;
                Object value = spec.parse(whole ? Long.toString(Math.round(x)) : Numbers.format(x, false));
                levels.add(Designs.text(value));
            }
            factors.add(Factor.levels(spec, levels, line(range)));
        } else if (parts.keySet().equals(Set.of("min", "max"))) {
            if (!sampled) {
                problems.add(at(range) + key + ": an interval {min, max} needs a sampled design (design: {method: "
                        + "latin_hypercube, samples: N}); for a full factorial give {from, to, step} or a list");
                return;
            }
            Object lo = parse(spec, parts.get("min"), key + ".min");
            Object hi = parse(spec, parts.get("max"), key + ".max");
            if (lo == null || hi == null) {
                return;
            }
            double a = ((Number) lo).doubleValue();
            double b = ((Number) hi).doubleValue();
            if (b < a) {
                problems.add(at(range) + key + ": 'max' (" + Designs.text(b) + ") is below 'min' ("
                        + Designs.text(a) + ")");
                return;
            }
            factors.add(Factor.interval(spec, a, b, line(range)));
        } else if (!parts.isEmpty()) {
            problems.add(at(range) + key + ": a range needs exactly from, to, step (or min, max in sampled designs), "
                    + "but has " + String.join(", ", parts.keySet()));
        }
    }

    /** Collects catalogue leaves under a section, accepting nested sections and dotted keys alike. */
    private void flatten(Node v, String prefix, String section, Map<String, Node> out) {
        if (!(v instanceof MappingNode map)) {
            problems.add(at(v) + section + (prefix.isEmpty() ? "" : "." + prefix.substring(0, prefix.length() - 1))
                    + ": expects a section of scenario key paths, e.g. bylaws.quorum");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = keyOf(t);
            if (key == null) {
                continue;
            }
            String path = prefix + key;
            if (catalog.get(path) != null) {
                if (out.containsKey(path)) {
                    problems.add(at(t.getKeyNode()) + section + "." + path + ": key given twice");
                } else {
                    out.put(path, t.getValueNode());
                }
            } else if (isSection(path) && t.getValueNode() instanceof MappingNode) {
                flatten(t.getValueNode(), path + ".", section, out);
            } else {
                problems.add(at(t.getKeyNode()) + section + "." + path + ": unknown scenario key '" + path + "'"
                        + Suggestions.hint(path) + " (see 'pnyx describe')");
            }
        }
    }

    private boolean isSection(String path) {
        String p = path + ".";
        return catalog.all().stream().anyMatch(s -> s.path().startsWith(p));
    }

    private List<String> readMetrics(Node v) {
        if (!(v instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(at(v) + "record.metrics: expects a list of metric columns, e.g. [attendance_rate, "
                    + "gini_wealth]; allowed: " + String.join(", ", Metric.columns()));
            return Metric.columns();
        }
        Set<String> wanted = new HashSet<>();
        for (Node item : seq.getValue()) {
            String m = scalar(item, "record.metrics");
            if (m == null) {
                continue;
            }
            if (!Metric.columns().contains(m)) {
                problems.add(at(item) + "record.metrics: unknown metric '" + m + "'"
                        + Suggestions.nearest(m, Metric.columns()).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; allowed: " + String.join(", ", Metric.columns())));
            } else if (!wanted.add(m)) {
                problems.add(at(item) + "record.metrics: '" + m + "' is listed twice");
            }
        }
        // Column order follows the metric catalogue, not the file, so runs.csv layouts agree.
        return Metric.columns().stream().filter(wanted::contains).toList();
    }

    private String method(ScalarNode s) {
        String m = s.getValue().trim();
        if (Designs.METHODS.contains(m) || m.equals("csv") || SENSITIVITY_METHODS.contains(m)) {
            return m;
        }
        problems.add(at(s) + "design: value '" + m + "' is not allowed; allowed: one of "
                + String.join(", ", Designs.METHODS) + ", csv, " + String.join(", ", SENSITIVITY_METHODS) + Suggestions.nearest(m, Designs.METHODS)
                .map(k -> " (did you mean '" + k + "'?)").orElse(""));
        return "full_factorial";
    }

    private String bad(Node v, String key, String allowed) {
        problems.add(at(v) + key + ": expects a single value; allowed: " + allowed);
        return "full_factorial";
    }

    private Object parse(ParameterSpec spec, Node v, String key) {
        return YamlScalars.parse(spec, v, key, at(v), problems);
    }

    private Double number(Node v, String key) {
        String s = scalar(v, key);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(at(v) + key + ": value '" + s + "' is not allowed; allowed: a number");
        return null;
    }

    private Integer integer(Node v, String key, int min, int max) {
        String s = scalar(v, key);
        if (s == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(s.trim());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(at(v) + key + ": value '" + s + "' is not allowed; allowed: a whole number in [" + min + ", "
                + max + "]");
        return null;
    }

    private boolean bool(Node v, String key) {
        String s = scalar(v, key);
        if (s != null && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        if (s != null) {
            problems.add(at(v) + key + ": value '" + s + "' is not allowed; allowed: true or false");
        }
        return false;
    }

    private String scalar(Node v, String key) {
        if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        problems.add(at(v) + key + ": expects a single value");
        return null;
    }

    private String keyOf(NodeTuple t) {
        if (t.getKeyNode() instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(at(t.getKeyNode()) + "keys must be plain words");
        return null;
    }

    private void unknown(Node keyNode, String path, String prefix, List<String> allowed) {
        String leaf = path.substring(prefix.length());
        problems.add(at(keyNode) + "unknown key '" + path + "'" + Suggestions.nearest(leaf, allowed)
                .map(k -> "; did you mean '" + prefix + k + "'?").orElse("; allowed here: "
                        + String.join(", ", allowed)));
    }

    private void fail() throws ExperimentException {
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
    }

    private String at(Node node) {
        return file + ":" + line(node) + ": ";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String stem(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String s = dot > 0 ? n.substring(0, dot) : n;
        s = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.length() > SafeNames.MAX_LENGTH) {
            s = s.substring(0, SafeNames.MAX_LENGTH);
        }
        // A file named '..yaml' must not name the folder above results/.
        return SafeNames.isSafe(s) ? s : "experiment";
    }
}
