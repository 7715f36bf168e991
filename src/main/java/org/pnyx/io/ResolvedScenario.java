package org.pnyx.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.Intervention;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.ScenarioConfig;

/**
 * The fully resolved scenario, defaults included, as nested maps in catalogue order (for the manifest).
 * Each municipality of an explicit list carries its regime (its own or the scenario's) and its bylaw overrides.
 * A scenario with interventions ends with their list, as a scenario file writes it; one without has no such key,
 * so its manifest is as it was before interventions existed.
 */
public final class ResolvedScenario {

    private ResolvedScenario() {
    }

    /** Nested maps mirroring the scenario file's layout. */
    public static Map<String, Object> of(ScenarioConfig scenario) {
        Map<String, Object> root = new LinkedHashMap<>();
        scenario.values().asMap().forEach((path, value) -> put(root, path, value));
        if (!scenario.municipalities().isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> towns = (Map<String, Object>) root.get("municipalities");
            towns.remove("count");
            towns.remove("size");
            List<Map<String, Object>> list = new ArrayList<>();
            for (MunicipalitySpec m : scenario.municipalities()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", m.name());
                entry.put("population", m.population());
                if (m.region() != null) {
                    entry.put("region", m.region());
                }
                entry.put("endowment", m.endowment());
                entry.put("exitAllowed", m.exitAllowed());
                if (m.handSet()) {
                    entry.put("confederalFor", m.handFor());
                    entry.put("confederalAgainst", m.handAgainst());
                }
                entry.put("regime", m.economy().regime().key());
                Map<String, Object> overrides = scenario.overrides().get(m.name());
                if (overrides != null && !overrides.isEmpty()) {
                    entry.put("bylaws", new LinkedHashMap<>(overrides));
                }
                list.add(entry);
            }
            towns.put("list", list);
        }
        if (!scenario.interventions().isEmpty()) {
            root.put("interventions", interventions(scenario.interventions()));
        }
        return root;
    }

    /** The interventions as a scenario file's list would give them, in the order they apply. */
    static List<Map<String, Object>> interventions(List<Intervention> interventions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Intervention i : interventions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("week", i.week());
            if (i.municipality() != null) {
                entry.put("municipality", i.municipality());
            }
            entry.put("key", i.key());
            entry.put("value", i.value());
            list.add(entry);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = root;
        for (int k = 0; k < parts.length - 1; k++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[k], x -> new LinkedHashMap<String, Object>());
        }
        node.put(parts[parts.length - 1], value);
    }
}
