package org.pnyx.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.ParameterSpec;
import org.pnyx.model.Municipality;

/** The towns of a live run for the page: names, sizes and regions, and the rules in force in each. */
final class Towns {

    private Towns() {
    }

    static List<Map<String, Object>> json(List<Municipality> towns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Municipality m : towns) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("name", m.name());
            j.put("population", m.population());
            j.put("region", m.region());
            out.add(j);
        }
        return out;
    }

    /** The rules in force: their keys and labels, which to show first, and one row per town. */
    static Map<String, Object> rules(List<Municipality> towns) {
        Map<String, Object> j = new LinkedHashMap<>();
        List<ParameterSpec> keys = towns.isEmpty() ? List.of() : RulesInForce.readable(towns.get(0));
        j.put("keys", keys.stream().map(ParameterSpec::path).toList());
        j.put("labels", RulesInForce.labels(keys));
        j.put("headline", RulesInForce.HEADLINE);
        j.put("rows", RulesInForce.table(towns, keys));
        return j;
    }
}
