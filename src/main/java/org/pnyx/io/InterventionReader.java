package org.pnyx.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.Intervention;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.Param;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ParameterValues;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.config.Suggestions;
import org.pnyx.confederation.ConfederalRules;
import org.pnyx.model.TownRules;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario's {@code interventions:} list and the {@code --intervene WEEK[:TOWN]:KEY=VALUE} flags, and
 * checks them once the run's length and towns are known: the week within the run, the key declared and
 * declared changeable, the value against the key's declaration, the town among the scenario's (for generated
 * towns {@code m01}, {@code m02}, ...), no town on a confederal rule, and the rules each change leaves in force
 * a valid combination. Problems are reported as {@code FILE:LINE: interventions[i].field: ...} or
 * {@code --intervene TEXT: ...}.
 */
final class InterventionReader {

    static final String LIST = "interventions";
    private static final List<String> KEYS = List.of("week", "municipality", "key", "value");
    private static final String FORM = "expects WEEK:KEY=VALUE or WEEK:TOWN:KEY=VALUE, e.g. --intervene "
            + "260:Riverside:bylaws.decisionRule=consensus or --intervene 104:economy.automation=0.5";

    private final Parameters catalog = Parameters.catalog();
    private final String file;
    private final List<String> problems;
    private final List<Raw> raws = new ArrayList<>();

    /**
     * One intervention as written: its fields' text, and where each was written.
     *
     * @param flag  the flag's text, or null for an entry of the file's list
     * @param index the entry's index in the file's list
     * @param line  the entry's line in the file
     * @param text  the fields' text, by field name
     * @param lines each field's line
     */
    private record Raw(String flag, int index, int line, Map<String, String> text, Map<String, Integer> lines) {
    }

    /** A checked intervention and where it was written, for messages about the combination it leaves in force. */
    private record Checked(Intervention intervention, Raw raw) {
    }

    InterventionReader(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the file's list. */
    void read(Node value) {
        if (!(value instanceof SequenceNode seq)) {
            problems.add(at(value) + LIST + ": expects a list of interventions, each with week, key and value"
                    + " (and municipality for one town)");
            return;
        }
        for (int index = 0; index < seq.getValue().size(); index++) {
            Node item = seq.getValue().get(index);
            String at = LIST + "[" + index + "]";
            if (!(item instanceof MappingNode map)) {
                problems.add(at(item) + at + ": each intervention is a section with week, key and value");
                continue;
            }
            Map<String, String> text = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            int before = problems.size();
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                Node v = t.getValueNode();
                if (!KEYS.contains(key)) {
                    problems.add(at(t.getKeyNode()) + "unknown key '" + at + "." + key + "'"
                            + Suggestions.nearest(key, KEYS).map(k -> "; did you mean '" + k + "'?")
                            .orElse("; allowed: " + String.join(", ", KEYS)));
                } else if (!(v instanceof ScalarNode s) || s.getValue().isBlank()) {
                    problems.add(at(v) + at + "." + key + ": expects a single value");
                } else {
                    text.put(key, s.getValue().trim());
                    lines.put(key, line(v));
                }
            }
            if (problems.size() == before) {
                raws.add(new Raw(null, index, line(item), text, lines));
            }
        }
    }

    /** Reads one {@code --intervene} flag. */
    void flag(String text) {
        int eq = text.indexOf('=');
        String[] head = eq < 0 ? new String[0] : text.substring(0, eq).split(":", -1);
        boolean blank = java.util.Arrays.stream(head).anyMatch(String::isBlank);
        if (head.length < 2 || head.length > 3 || blank || text.substring(eq + 1).isBlank()) {
            problems.add("--intervene " + text + ": " + FORM);
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("week", head[0].trim());
        if (head.length == 3) {
            fields.put("municipality", head[1].trim());
        }
        fields.put("key", head[head.length - 1].trim());
        fields.put("value", text.substring(eq + 1).trim());
        raws.add(new Raw(text, -1, 0, fields, Map.of()));
    }

    /**
     * Checks every intervention read against the resolved scenario and returns those that pass, in the order
     * they apply (by week, then as given).
     *
     * @param base  the scenario's values
     * @param towns the explicit towns, or empty when they are generated
     */
    List<Intervention> resolve(ParameterValues base, List<MunicipalitySpec> towns) {
        List<Checked> ok = new ArrayList<>();
        for (Raw r : raws) {
            Intervention i = check(r, base, towns);
            if (i != null) {
                ok.add(new Checked(i, r));
            }
        }
        ok.sort(Comparator.comparingInt(c -> c.intervention().week()));
        checkCombinations(ok, base, towns);
        return ok.stream().map(Checked::intervention).toList();
    }

    private Intervention check(Raw r, ParameterValues base, List<MunicipalitySpec> towns) {
        List<String> missing = KEYS.stream().filter(k -> !k.equals("municipality") && !r.text().containsKey(k))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(where(r, null) + "each intervention needs a week, a key and a value; missing: "
                    + String.join(", ", missing));
            return null;
        }
        int steps = base.get(ScenarioConfig.STEPS);
        Integer week = week(r.text().get("week"), steps);
        if (week == null) {
            problems.add(where(r, "week") + "value '" + r.text().get("week") + "' is not allowed; allowed: a week in"
                    + " [0, " + (steps - 1) + "] (the run has " + steps + " week" + (steps == 1 ? "" : "s")
                    + "; week 260 starts year 5)");
        }
        String key = r.text().get("key");
        Param p = catalog.handle(key);
        if (p == null) {
            problems.add(where(r, "key") + "unknown key '" + key + "'" + Suggestions.nearest(key, changeableKeys())
                    .map(k -> "; did you mean '" + k + "'?").orElse("; see 'pnyx describe' for the keys that may"
                            + " change during a run"));
            return null;
        }
        ParameterSpec spec = p.spec();
        if (!spec.changeable()) {
            problems.add(where(r, "key") + key + " is fixed for the run (declared not changeable), so no"
                    + " intervention may change it; allowed: a key marked 'may change' in 'pnyx describe', such as "
                    + "bylaws.decisionRule, economy.automation, policy.needLevel or confederation.share");
            return null;
        }
        Object value;
        try {
            value = spec.parse(r.text().get("value"));
        } catch (IllegalArgumentException e) {
            problems.add(where(r, "value") + e.getMessage());
            return null;
        }
        String town = r.text().get("municipality");
        if (town != null && !townOk(r, spec, town, base, towns)) {
            return null;
        }
        return week == null ? null : new Intervention(week, town, p, value);
    }

    private static Integer week(String text, int steps) {
        try {
            int w = Integer.parseInt(text.trim());
            return w >= 0 && w < steps ? w : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean townOk(Raw r, ParameterSpec spec, String town, ParameterValues base,
                           List<MunicipalitySpec> towns) {
        if (ConfederalRules.governs(spec)) {
            problems.add(where(r, "municipality") + spec.path() + " is a confederal rule, not one town's; leave out"
                    + " the municipality (it applies to every confederation)");
            return false;
        }
        if (!towns.isEmpty()) {
            List<String> names = towns.stream().map(MunicipalitySpec::name).toList();
            if (names.contains(town)) {
                return true;
            }
            problems.add(where(r, "municipality") + "no municipality is named '" + town + "'"
                    + Suggestions.nearest(town, names).map(n -> "; did you mean '" + n + "'?").orElse("")
                    + "; allowed: " + (names.size() <= 12 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 12)) + ", ... (" + names.size() + " towns)"));
            return false;
        }
        int count = base.get(ScenarioConfig.TOWN_COUNT);
        for (int k = 0; k < count; k++) {
            if (MunicipalitySpec.generatedName(k, count).equals(town)) {
                return true;
            }
        }
        problems.add(where(r, "municipality") + "no municipality is named '" + town + "'; allowed: the generated "
                + "towns " + MunicipalitySpec.generatedName(0, count) + (count > 1 ? " to "
                + MunicipalitySpec.generatedName(count - 1, count) : "") + " (municipalities.count is " + count
                + "; give municipalities.list to name them)");
        return false;
    }

    /**
     * Applies the interventions in order to the values of the towns (and of the confederal layer) they reach,
     * and reports one whose rules in force would not be a valid combination, such as a regime that does not
     * permit the distribution rule in force. Generated towns share one set of values until one is named.
     */
    private void checkCombinations(List<Checked> ok, ParameterValues base, List<MunicipalitySpec> towns) {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        towns.forEach(t -> values.put(t.name(), new LinkedHashMap<>(t.values().asMap())));
        String generic = "";
        if (towns.isEmpty()) {
            values.put(generic, new LinkedHashMap<>(base.asMap()));
        }
        Map<String, Object> confederal = new LinkedHashMap<>(base.asMap());
        for (Checked c : ok) {
            Intervention i = c.intervention();
            ParameterSpec spec = i.param().spec();
            if (ConfederalRules.governs(spec)) {
                confederal.put(spec.path(), i.value());
                combination(c, "the confederal rules", () -> ConfederationConfig.from(new ParameterValues(confederal)));
                continue;
            }
            if (!TownRules.governs(spec)) {
                continue;
            }
            String town = i.municipality();
            if (town != null && !values.containsKey(town)) {
                values.put(town, new LinkedHashMap<>(values.get(generic)));
            }
            for (Map.Entry<String, Map<String, Object>> e : values.entrySet()) {
                if (town == null || e.getKey().equals(town)) {
                    e.getValue().put(spec.path(), i.value());
                    ParameterValues v = new ParameterValues(e.getValue());
                    String whose = e.getKey().isEmpty() ? "the towns" : e.getKey();
                    combination(c, whose, () -> {
                        BylawConfig.from(v);
                        EconomyConfig.from(v);
                    });
                }
            }
        }
    }

    private void combination(Checked c, String whose, Runnable build) {
        try {
            build.run();
        } catch (IllegalArgumentException e) {
            problems.add(where(c.raw(), null) + c.intervention().assignment() + " would leave in " + whose
                    + " from week " + c.intervention().week() + " rules that do not go together: " + e.getMessage());
        }
    }

    private List<String> changeableKeys() {
        return catalog.all().stream().filter(ParameterSpec::changeable).map(ParameterSpec::path).toList();
    }

    /** {@code FILE:LINE: interventions[i].field: } or {@code --intervene TEXT: } (with the key for a value). */
    private String where(Raw r, String field) {
        if (r.flag() != null) {
            String label = field == null ? "" : field.equals("value") ? r.text().get("key") + ": " : field + ": ";
            return "--intervene " + r.flag() + ": " + label;
        }
        int line = field == null ? r.line() : r.lines().getOrDefault(field, r.line());
        String at = LIST + "[" + r.index() + "]" + (field == null ? "" : "." + field);
        if ("value".equals(field)) {
            at += " (" + r.text().get("key") + ")";
        }
        return file + ":" + line + ": " + at + ": ";
    }

    private String at(Node node) {
        return file + ":" + line(node) + ": ";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
