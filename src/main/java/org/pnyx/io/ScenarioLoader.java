package org.pnyx.io;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Intervention;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ParameterValues;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Suggestions;
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
 * Reads a scenario YAML file against the {@link Parameters} catalogue. Every problem is collected
 * and reported together, each as {@code FILE:LINE: KEY: what is wrong; allowed: ...}; unknown
 * keys come with the nearest valid key. {@code --set key.path=value} overrides go through the
 * same checks, and so do the {@code interventions:} list and {@code --intervene} flags
 * ({@link InterventionReader}).
 */
public final class ScenarioLoader {

    private static final String LIST = "municipalities.list";
    private static final List<String> MUNICIPALITY_KEYS = List.of("name", "population", "regime", "bylaws", "region",
            "endowment", "exitAllowed", "confederalFor", "confederalAgainst");

    private final Parameters catalog = Parameters.catalog();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Set<String> badPaths = new HashSet<>();
    private final Map<String, String> overridden = new LinkedHashMap<>();
    private String file = "";
    private InterventionReader interventions = new InterventionReader(file, problems);

    /** A municipality entry as written: name, population, regime override (or null), bylaw overrides, line. */
    private record Entry(String name, Integer population, String regime, Map<String, Object> bylaws, String region,
                         double endowment, boolean exitAllowed, int handFor, int handAgainst, int line, int index) {
    }

    /**
     * Loads a scenario file and applies overrides.
     *
     * @param path      the YAML file
     * @param overrides {@code key.path=value} strings, applied after the file
     * @throws ScenarioException listing every problem found
     */
    public static ScenarioConfig load(Path path, List<String> overrides) throws ScenarioException {
        return load(path, overrides, List.of());
    }

    /**
     * Loads a scenario file, applies overrides and adds interventions given on the command line.
     *
     * @param path       the YAML file
     * @param overrides  {@code key.path=value} strings, applied after the file
     * @param intervenes {@code WEEK:KEY=VALUE} or {@code WEEK:TOWN:KEY=VALUE} strings, after the file's list
     * @throws ScenarioException listing every problem found
     */
    public static ScenarioConfig load(Path path, List<String> overrides, List<String> intervenes)
            throws ScenarioException {
        return new ScenarioLoader().read(path, overrides, intervenes);
    }

    /** Loads scenario text (for tests and embedded scenarios); {@code name} stands for the file in messages. */
    public static ScenarioConfig parse(String name, String yaml, List<String> overrides) throws ScenarioException {
        return parse(name, yaml, overrides, List.of());
    }

    /** Loads scenario text with command-line interventions; {@code name} stands for the file in messages. */
    public static ScenarioConfig parse(String name, String yaml, List<String> overrides, List<String> intervenes)
            throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader();
        loader.named(name);
        return loader.build(loader.compose(new java.io.StringReader(yaml)), overrides, intervenes);
    }

    private void named(String name) {
        file = name;
        interventions = new InterventionReader(name, problems);
    }

    private ScenarioConfig read(Path path, List<String> overrides, List<String> intervenes)
            throws ScenarioException {
        named(path.toString());
        String text;
        try {
            text = TextFiles.read(path, "scenario file");
        } catch (TextFiles.TextFileException e) {
            throw new ScenarioException(List.of(e.getMessage()));
        }
        return build(compose(new java.io.StringReader(text)), overrides, intervenes);
    }

    private Node compose(Reader reader) throws ScenarioException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ScenarioException(List.of(file + ":" + line + ": not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new ScenarioException(List.of(file + ": not valid YAML: " + e.getMessage()));
        }
    }

    private ScenarioConfig build(Node root, List<String> overrides, List<String> intervenes)
            throws ScenarioException {
        List<Entry> entries = new ArrayList<>();
        if (root == null) {
            problems.add(file + ": the file holds no keys (it is empty or only comments); write at least 'name: ...'"
                    + " (it names the output folder; every key left out takes its default, see 'pnyx describe')");
        } else if (!(root instanceof MappingNode map)) {
            problems.add(at(root) + "the scenario must be a mapping of keys to values");
        } else {
            walk(map, "", entries);
        }
        for (String o : overrides) {
            override(o);
        }
        intervenes.forEach(interventions::flag);
        checkName();
        if (values.containsKey(ScenarioConfig.TOWN_COUNT.path()) && !entries.isEmpty()) {
            problems.add(file + ":" + lines.get(ScenarioConfig.TOWN_COUNT.path())
                    + ": municipalities.count: give either a count or a list of municipalities, not both");
        }
        // Values that failed their own check fall back to defaults here, and the cross-field checks
        // skip the sections they belong to, so every problem can be reported in one go.
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (ParameterSpec spec : catalog.all()) {
            resolved.put(spec.path(), values.getOrDefault(spec.path(), spec.defaultValue()));
        }
        ParameterValues base = new ParameterValues(resolved);
        checkRecords(base);
        if (!problems.isEmpty() && entries.isEmpty()) {
            interventions.resolve(base, List.of());
            throw failure();
        }
        List<MunicipalitySpec> towns = new ArrayList<>();
        Map<String, Map<String, Object>> overridesByTown = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Entry e : entries) {
            if (!names.add(e.name())) {
                problems.add(file + ":" + e.line() + ": " + LIST + "[" + e.index() + "].name: value '" + e.name()
                        + "' is used twice; allowed: a unique name");
                continue;
            }
            Map<String, Object> merged = new LinkedHashMap<>(resolved);
            e.bylaws().forEach((k, v) -> merged.put("bylaws." + k, v));
            if (e.regime() != null) {
                merged.put(EconomyConfig.REGIME.path(), e.regime());
            }
            try {
                ParameterValues own = new ParameterValues(merged);
                towns.add(new MunicipalitySpec(e.name(), e.population(), BylawConfig.from(own),
                        EconomyConfig.from(own), e.region(), e.endowment(), e.exitAllowed(), e.handFor(), e.handAgainst(), own));
                overridesByTown.put(e.name(), e.bylaws());
            } catch (IllegalArgumentException ex) {
                problems.add(file + ":" + e.line() + ": " + LIST + "[" + e.index() + "] (" + e.name() + "): "
                        + ex.getMessage());
            }
        }
        List<Intervention> changes = interventions.resolve(base, towns);
        if (!problems.isEmpty()) {
            throw failure();
        }
        try {
            return new ScenarioConfig(base, towns, overridesByTown, changes);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException(List.of(file + ": " + ex.getMessage()));
        }
    }

    /** The name becomes a folder name, so it follows {@link SafeNames}' rule (reliability issue 12). */
    private void checkName() {
        String key = ScenarioConfig.NAME.path();
        Object name = values.get(key);
        if (name == null) {
            return;
        }
        SafeNames.problem(name.toString()).ifPresent(p -> problems.add(overridden.containsKey(key)
                ? "--set " + SafeNames.printable(overridden.get(key)) + ": " + key + ": " + p
                : file + ":" + lines.get(key) + ": " + key + ": " + p));
    }

    /**
     * Checks cross-field rules (distributions) and attributes a failure to the {@code --set} that changed
     * the section, or else to the section's line in the file. Sections with a key that failed its own
     * check are skipped: that problem is already reported.
     */
    private void checkRecords(ParameterValues base) {
        for (Param.Dist d : catalog.distributions()) {
            String section = d.path();
            if (badPaths.stream().anyMatch(p -> p.startsWith(section + "."))) {
                continue;
            }
            try {
                base.get(d);
            } catch (IllegalArgumentException ex) {
                String set = overridden.entrySet().stream().filter(e -> e.getKey().startsWith(section + "."))
                        .map(e -> "--set " + e.getValue()).reduce((a, b) -> a + " " + b).orElse(null);
                Integer line = lines.get(section);
                String inFile = file + (line == null ? "" : ":" + line);
                String where = set != null ? set + " (on " + inFile + ")" : inFile;
                problems.add(where + ": " + section + ": " + ex.getMessage());
            }
        }
    }

    /** The problems found, in file order (by line), then those of --set options in command-line order. */
    private ScenarioException failure() {
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(this::lineOf));
        return new ScenarioException(sorted);
    }

    private long lineOf(String problem) {
        if (!problem.startsWith(file + ":")) {
            return problem.startsWith("--") ? Long.MAX_VALUE : 0;
        }
        String rest = problem.substring(file.length() + 1);
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Long.parseLong(rest.substring(0, end));
    }

    private void walk(MappingNode map, String prefix, List<Entry> entries) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(at(t.getKeyNode()) + "keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            String path = prefix + key;
            Node value = t.getValueNode();
            if (!seen.add(key)) {
                problems.add(at(keyNode) + path + ": key given twice");
                continue;
            }
            lines.put(path, line(keyNode));
            if (path.equals(LIST)) {
                readList(value, entries);
            } else if (path.equals(InterventionReader.LIST)) {
                interventions.read(value);
            } else if (catalog.get(path) != null) {
                scalar(catalog.get(path), path, value).ifPresent(v -> values.put(path, v));
            } else if (isSection(path)) {
                if (value instanceof MappingNode sub) {
                    walk(sub, path + ".", entries);
                } else {
                    problems.add(at(value) + path + ": expects a section of keys (" + String.join(", ",
                            childrenOf(path + ".")) + ")");
                }
            } else {
                problems.add(at(keyNode) + "unknown key '" + path + "'" + suggestion(prefix, key));
            }
        }
    }

    private java.util.Optional<Object> scalar(ParameterSpec spec, String path, Node value) {
        if (!(value instanceof ScalarNode s)) {
            problems.add(at(value) + path + ": expects a single value; allowed: " + spec.allowed());
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(spec.parse(s.getValue()));
        } catch (IllegalArgumentException e) {
            badPaths.add(path);
            problems.add(at(value) + path + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private void readList(Node value, List<Entry> entries) {
        if (!(value instanceof SequenceNode seq)) {
            problems.add(at(value) + LIST + ": expects a list of municipalities, each with name and population");
            return;
        }
        if (seq.getValue().isEmpty()) {
            problems.add(at(value) + LIST + ": the list is empty; allowed: at least one municipality");
        }
        ParameterSpec population = MunicipalitySpec.POPULATION.spec();
        ParameterSpec regionSpec = MunicipalitySpec.REGION.spec();
        ParameterSpec endowmentSpec = MunicipalitySpec.ENDOWMENT.spec();
        ParameterSpec exitSpec = MunicipalitySpec.EXIT_ALLOWED.spec();
        for (int index = 0; index < seq.getValue().size(); index++) {
            Node item = seq.getValue().get(index);
            String at = LIST + "[" + index + "]";
            if (!(item instanceof MappingNode map)) {
                problems.add(at(item) + at + ": each municipality is a section with name and population");
                continue;
            }
            String name = null;
            Integer size = null;
            String regime = null;
            Map<String, Object> bylaws = new LinkedHashMap<>();
            String region = null;
            double endowment = 1.0;
            boolean exitAllowed = true;
            int handFor = 0;
            int handAgainst = 0;
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                Node v = t.getValueNode();
                switch (key) {
                    case "name" -> name = v instanceof ScalarNode s && !s.getValue().isBlank() ? s.getValue().trim()
                            : reportName(v, at);
                    case "population" -> size = (Integer) scalar(population, at + ".population", v).orElse(null);
                    case "regime" -> regime = (String) scalar(EconomyConfig.REGIME.spec(), at + ".regime", v)
                            .orElse(null);
                    case "bylaws" -> readBylaws(v, bylaws, at);
                    case "region" -> region = (String) scalar(regionSpec, at + ".region", v).orElse(null);
                    case "endowment" -> endowment = (Double) scalar(endowmentSpec, at + ".endowment", v)
                            .orElse(1.0);
                    case "exitAllowed" -> exitAllowed = (Boolean) scalar(exitSpec, at + ".exitAllowed", v)
                            .orElse(true);
                    case "confederalFor" -> handFor = (Integer) scalar(MunicipalitySpec.CONFEDERAL_FOR.spec(),
                            at + ".confederalFor", v).orElse(0);
                    case "confederalAgainst" -> handAgainst = (Integer) scalar(MunicipalitySpec.CONFEDERAL_AGAINST.spec(),
                            at + ".confederalAgainst", v).orElse(0);
                    default -> problems.add(at(t.getKeyNode()) + "unknown key '" + at + "." + key + "'"
                            + Suggestions.nearest(key, MUNICIPALITY_KEYS).map(k -> "; did you mean '" + k + "'?")
                            .orElse("; allowed: " + String.join(", ", MUNICIPALITY_KEYS)));
                }
            }
            if (name == null || size == null) {
                boolean noName = name == null && !hasKey(map, "name");
                boolean noSize = size == null && !hasKey(map, "population");
                if (noName || noSize) {
                    problems.add(at(item) + at + ": each municipality needs a name and a population; "
                            + (noName && noSize ? "both are" : noName ? "the name is" : "the population is")
                            + " missing");
                }
                continue;
            }
            entries.add(new Entry(name, size, regime, bylaws, region, endowment, exitAllowed, handFor, handAgainst,
                    line(item), index));
        }
    }

    private String reportName(Node v, String at) {
        problems.add(at(v) + at + ".name: expects a non-empty name");
        return null;
    }

    private static boolean hasKey(MappingNode map, String key) {
        return map.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s
                && s.getValue().equals(key));
    }

    private void readBylaws(Node v, Map<String, Object> out, String at) {
        if (!(v instanceof MappingNode map)) {
            problems.add(at(v) + at + ".bylaws: expects a section of bylaw keys");
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            ParameterSpec spec = catalog.get("bylaws." + key);
            if (spec == null) {
                problems.add(at(t.getKeyNode()) + "unknown key '" + at + ".bylaws." + key + "'"
                        + suggestion("bylaws.", key));
                continue;
            }
            scalar(spec, at + ".bylaws." + key, t.getValueNode()).ifPresent(val -> out.put(key, val));
        }
    }

    private void override(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            problems.add("--set " + assignment + ": expects key.path=value, e.g. --set bylaws.quorum=0.2");
            return;
        }
        String path = assignment.substring(0, eq).trim();
        String raw = assignment.substring(eq + 1);
        ParameterSpec spec = catalog.get(path);
        if (spec == null) {
            problems.add("--set " + assignment + ": unknown key '" + path + "'"
                    + Suggestions.nearest(path, catalog.all().stream().map(ParameterSpec::path).toList())
                    .map(k -> "; did you mean '" + k + "'?").orElse("; see 'pnyx describe' for all keys"));
            return;
        }
        try {
            values.put(path, spec.parse(raw));
            overridden.put(path, assignment);
            badPaths.remove(path);
        } catch (IllegalArgumentException e) {
            badPaths.add(path);
            problems.add("--set " + assignment + ": " + path + ": " + e.getMessage());
        }
    }

    private boolean isSection(String path) {
        String p = path + ".";
        return catalog.all().stream().anyMatch(s -> s.path().startsWith(p)) || path.equals("municipalities");
    }

    private List<String> childrenOf(String prefix) {
        Set<String> keys = new LinkedHashSet<>();
        for (ParameterSpec s : catalog.all()) {
            if (s.path().startsWith(prefix)) {
                keys.add(s.path().substring(prefix.length()).split("\\.")[0]);
            }
        }
        if (prefix.equals("municipalities.")) {
            keys.add("list");
        }
        if (prefix.isEmpty()) {
            keys.add(InterventionReader.LIST);
        }
        return new ArrayList<>(keys);
    }

    private String suggestion(String prefix, String key) {
        List<String> siblings = childrenOf(prefix);
        java.util.Optional<String> near = Suggestions.nearest(key, siblings);
        if (near.isPresent()) {
            return "; did you mean '" + prefix + near.get() + "'?";
        }
        // The key may belong to another section, e.g. 'quorum' written at the top level.
        for (ParameterSpec s : catalog.all()) {
            String leaf = s.path().substring(s.path().lastIndexOf('.') + 1);
            if (leaf.equalsIgnoreCase(key) || Suggestions.nearest(key, List.of(leaf)).isPresent() && key.length() > 4) {
                return "; did you mean '" + s.path() + "'?";
            }
        }
        return siblings.isEmpty() ? "" : "; allowed here: " + String.join(", ", siblings);
    }

    private String at(Node node) {
        return file + ":" + line(node) + ": ";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
