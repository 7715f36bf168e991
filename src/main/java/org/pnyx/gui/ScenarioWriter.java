package org.pnyx.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * "Save as scenario": the scenario the live run came from, with the user's settings written at their keys, the
 * new name, and the user's interventions as an {@code interventions:} list (each entry: week, municipality when
 * it concerns one town, key, value), so that {@code pnyx run} of the file runs what the studio ran. The file's
 * own interventions are kept; within a week the user's come first, as they were applied before the week ran.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /**
     * @param source        the scenario text the run came from (already accepted by the loader)
     * @param name          the new scenario's name
     * @param description   one line for the file's opening comment
     * @param settings      changes made before the first week, for every town
     * @param interventions changes made during the run, in the order made
     */
    static String write(String source, String name, String description, List<Change> settings,
                        List<Change> interventions) {
        Map<String, Object> root = load(source);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        root.remove("name");
        out.putAll(root);
        for (Change c : settings) {
            put(out, c.param().path(), c.value());
        }
        if (!interventions.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Change c : interventions) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("week", c.week());
                if (c.town() != null) {
                    entry.put("municipality", c.town());
                }
                entry.put("key", c.param().path());
                entry.put("value", c.value());
                list.add(entry);
            }
            // The user's changes of a week were made before the week ran, so before the file's own of that week.
            if (out.get("interventions") instanceof List<?> existing) {
                list.addAll(existing);
            }
            list.sort(Comparator.comparingLong(ScenarioWriter::week));
            out.put("interventions", list);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        String yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(out);
        return "# " + description.replaceAll("[\\r\\n]+", " ") + "\n" + yaml;
    }

    /** An entry's week; an entry the loader would refuse (it accepted the file) sorts first. */
    private static long week(Object entry) {
        return entry instanceof Map<?, ?> m && m.get("week") instanceof Number n ? n.longValue() : Long.MIN_VALUE;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return root instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    /** Sets a dotted key in nested maps, making the maps it needs. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = at.get(parts[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                at.put(parts[i], next);
            } else {
                next = new LinkedHashMap<>((Map<String, Object>) next);
                at.put(parts[i], next);
            }
            at = (Map<String, Object>) next;
        }
        at.put(parts[parts.length - 1], value);
    }
}
