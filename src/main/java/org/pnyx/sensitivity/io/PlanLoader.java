package org.pnyx.sensitivity.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.batch.ExperimentException;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Suggestions;
import org.pnyx.io.YamlScalars;
import org.pnyx.sensitivity.Morris;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the sensitivity design of an experiment file: {@code design: {method: morris, trajectories: r,
 * levels: p}} or {@code design: {method: sobol, samples: N, secondOrder: false}}, and under {@code vary} an
 * interval {@code {min: a, max: b}} for each parameter. Only numeric parameters can be varied, and each end
 * is checked against the parameter's declaration. Every problem is collected and reported together as
 * {@code FILE:LINE: KEY: what is wrong; allowed: ...}, as {@code pnyx sweep} reports experiment files.
 * The rest of the file (scenario, set, record, ...) is the sweep's and is checked by its loader.
 */
public final class PlanLoader {

    private static final List<String> EXPERIMENT_KEYS = List.of("name", "scenario", "set", "vary", "design",
            "replications", "seed", "commonRandomNumbers", "record");
    private static final List<String> MORRIS_KEYS = List.of("method", "trajectories", "levels");
    private static final List<String> SOBOL_KEYS = List.of("method", "samples", "secondOrder");
    private static final List<String> METHODS = List.of("morris", "sobol");

    private final Parameters catalog = Parameters.catalog();
    private final List<String> problems = new ArrayList<>();
    private final String file;

    private PlanLoader(String file) {
        this.file = file;
    }

    /** Reads the sensitivity design of an experiment file. */
    public static SensitivityPlan load(Path path) throws ExperimentException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ExperimentException(path + ": no such experiment file");
        } catch (IOException e) {
            throw new ExperimentException(path + ": cannot be read: " + e.getMessage());
        }
        return parse(path, text);
    }

    /** Reads experiment text; {@code path} names it in messages. */
    public static SensitivityPlan parse(Path path, String text) throws ExperimentException {
        return new PlanLoader(path.toString()).build(path, text);
    }

    private SensitivityPlan build(Path path, String text) throws ExperimentException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ExperimentException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ExperimentException(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode map)) {
            throw new ExperimentException(file + ": an experiment must be a mapping of keys to values, with 'vary' "
                    + "and 'design'");
        }
        String name = stem(path);
        long seed = 1;
        Node vary = null;
        Node design = null;
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Node v = t.getValueNode();
            switch (key) {
                case "name" -> name = v instanceof ScalarNode s ? s.getValue() : name;
                case "seed" -> {
                    Object s = value(ScenarioConfig.SEED.spec(), v, "seed");
                    seed = s == null ? 1 : ((Number) s).longValue();
                }
                case "vary" -> vary = v;
                case "design" -> design = v;
                default -> {
                    if (!EXPERIMENT_KEYS.contains(key)) {
                        problems.add(at(t.getKeyNode()) + "unknown key '" + key + "'" + Suggestions.nearest(key,
                                EXPERIMENT_KEYS).map(k -> "; did you mean '" + k + "'?").orElse("; allowed: "
                                + String.join(", ", EXPERIMENT_KEYS)));
                    }
                }
            }
        }
        SensitivityPlan.Method method = null;
        int trajectories = 0;
        int levels = 0;
        int samples = 0;
        boolean second = false;
        if (!(design instanceof MappingNode dm)) {
            problems.add((design == null ? file + ": " : at(design)) + "design: a sensitivity experiment needs "
                    + "design: {method: morris, trajectories: 10, levels: 4} or design: {method: sobol, samples: 256}");
        } else {
            Map<String, Node> keys = new LinkedHashMap<>();
            for (NodeTuple d : dm.getValue()) {
                keys.put(d.getKeyNode() instanceof ScalarNode s ? s.getValue() : "", d.getValueNode());
            }
            Node m = keys.get("method");
            String word = m instanceof ScalarNode s ? s.getValue().trim() : null;
            if (word == null || !METHODS.contains(word)) {
                problems.add((m == null ? at(dm) : at(m)) + "design.method: " + (word == null ? "missing"
                        : "value '" + word + "' is not a sensitivity method") + "; allowed: morris (screening: "
                        + "mu*, mu, sigma) or sobol (variance shares: S1, ST, S2)");
            } else {
                boolean morris = word.equals("morris");
                method = morris ? SensitivityPlan.Method.MORRIS : SensitivityPlan.Method.SOBOL;
                List<String> allowed = morris ? MORRIS_KEYS : SOBOL_KEYS;
                for (NodeTuple d : dm.getValue()) {
                    String dk = d.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
                    if (!allowed.contains(dk)) {
                        problems.add(at(d.getKeyNode()) + "design." + dk + ": not a setting of method " + word
                                + "; allowed: " + String.join(", ", allowed));
                    }
                }
                if (morris) {
                    trajectories = whole(keys.get("trajectories"), dm, "design.trajectories", 2, 100_000, null);
                    levels = whole(keys.get("levels"), dm, "design.levels", 2, 1000, 4);
                    if (levels > 0 && levels % 2 != 0) {
                        problems.add(at(keys.get("levels")) + "design.levels: value '" + levels + "' is not allowed; "
                                + "allowed: an even whole number in [2, 1000] (each step spans half the grid)");
                    }
                } else {
                    samples = whole(keys.get("samples"), dm, "design.samples", 2, 10_000_000, null);
                    Node so = keys.get("secondOrder");
                    if (so != null) {
                        String s = so instanceof ScalarNode sc ? sc.getValue().trim() : "";
                        if (!s.equals("true") && !s.equals("false")) {
                            problems.add(at(so) + "design.secondOrder: value '" + s + "' is not allowed; allowed: "
                                    + "true or false");
                        }
                        second = s.equals("true");
                    }
                }
            }
        }
        List<SensitivityPlan.Factor> factors = new ArrayList<>();
        if (vary == null) {
            problems.add(file + ": missing key 'vary': the parameters to vary, each with {min: a, max: b}");
        } else {
            Map<String, Node> leaves = new LinkedHashMap<>();
            flatten(vary, "", leaves);
            if (leaves.isEmpty() && problems.isEmpty()) {
                problems.add(at(vary) + "vary: lists no parameters");
            }
            leaves.forEach((p, node) -> factor(p, node, factors));
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        if (method == SensitivityPlan.Method.SOBOL && factors.size() > 500) {
            throw new ExperimentException(at(vary) + "vary: " + factors.size() + " parameters; Sobol' sampling "
                    + "allows at most 500");
        }
        SensitivityPlan plan = new SensitivityPlan(path, name, seed, method, factors, trajectories, levels, samples,
                second);
        if (plan.rows() > 10_000_000) {
            throw new ExperimentException(at(design) + "design: " + plan.rows() + " rows; allowed: at most 10000000");
        }
        if (method == SensitivityPlan.Method.MORRIS) {
            Morris.delta(levels);
        }
        return plan;
    }

    private void factor(String path, Node node, List<SensitivityPlan.Factor> out) {
        String key = "vary." + path;
        ParameterSpec spec = catalog.get(path);
        boolean numeric = spec.type() == ParameterSpec.Type.DOUBLE || spec.type() == ParameterSpec.Type.INT
                || spec.type() == ParameterSpec.Type.LONG;
        if (path.equals("seed")) {
            problems.add(at(node) + key + ": seeds are not varied: each run's seed is derived from the experiment's "
                    + "'seed'");
            return;
        }
        if (!numeric) {
            problems.add(at(node) + key + ": only numeric parameters can be varied in a sensitivity design; this one "
                    + "takes " + spec.allowed() + " (fix it under 'set', or compare its values in separate experiments)");
            return;
        }
        if (!(node instanceof MappingNode range)) {
            problems.add(at(node) + key + ": expects an interval {min: a, max: b}; allowed: " + spec.allowed());
            return;
        }
        Node lo = null;
        Node hi = null;
        for (NodeTuple t : range.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            switch (k) {
                case "min" -> lo = t.getValueNode();
                case "max" -> hi = t.getValueNode();
                default -> problems.add(at(t.getKeyNode()) + key + "." + k + ": unknown key; allowed: min, max");
            }
        }
        if (lo == null || hi == null) {
            problems.add(at(range) + key + ": expects an interval {min: a, max: b}, but " + (lo == null ? "min" : "max")
                    + " is missing; allowed: " + spec.allowed());
            return;
        }
        Object a = value(spec, lo, key + ".min");
        Object b = value(spec, hi, key + ".max");
        if (a == null || b == null) {
            return;
        }
        double l = ((Number) a).doubleValue();
        double u = ((Number) b).doubleValue();
        if (!(u > l)) {
            problems.add(at(range) + key + ": 'max' (" + ParameterSpec.fmt(u) + ") must be above 'min' ("
                    + ParameterSpec.fmt(l) + "); a parameter with one value is fixed under 'set'");
            return;
        }
        out.add(new SensitivityPlan.Factor(path, spec, l, u, line(range)));
    }

    /** Collects catalogue leaves under {@code vary}, nested sections and dotted keys alike. */
    private void flatten(Node v, String prefix, Map<String, Node> out) {
        if (!(v instanceof MappingNode map)) {
            problems.add(at(v) + "vary" + (prefix.isEmpty() ? "" : "." + prefix.substring(0, prefix.length() - 1))
                    + ": expects a section of scenario key paths, e.g. bylaws.monitoring: {min: 0, max: 1}");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            String path = prefix + key;
            if (catalog.get(path) != null) {
                if (out.containsKey(path)) {
                    problems.add(at(t.getKeyNode()) + "vary." + path + ": key given twice");
                } else {
                    out.put(path, t.getValueNode());
                }
            } else if (isSection(path) && t.getValueNode() instanceof MappingNode) {
                flatten(t.getValueNode(), path + ".", out);
            } else {
                problems.add(at(t.getKeyNode()) + "vary." + path + ": unknown scenario key '" + path + "'"
                        + Suggestions.hint(path) + " (see 'pnyx describe')");
            }
        }
    }

    private boolean isSection(String path) {
        String p = path + ".";
        return catalog.all().stream().anyMatch(s -> s.path().startsWith(p));
    }

    private Object value(ParameterSpec spec, Node v, String key) {
        return YamlScalars.parse(spec, v, key, at(v), problems);
    }

    private int whole(Node v, Node parent, String key, int min, int max, Integer fallback) {
        if (v == null) {
            if (fallback == null) {
                problems.add(at(parent) + key + ": missing; allowed: a whole number in [" + min + ", " + max + "]");
                return 0;
            }
            return fallback;
        }
        String s = v instanceof ScalarNode sc ? sc.getValue().trim() : "";
        try {
            int i = Integer.parseInt(s);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(at(v) + key + ": value '" + s + "' is not allowed; allowed: a whole number in [" + min + ", "
                + max + "]");
        return 0;
    }

    private String at(Node node) {
        return file + ":" + line(node) + ": ";
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String stem(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
