package org.pnyx.gui;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ParameterSpec;
import org.pnyx.model.Municipality;

/**
 * The bylaws and economy settings in force in each town, read from the town's own rules
 * ({@code m.bylaws()}, {@code m.economy()}): for every parameter declared changeable in those sections, the
 * record component of the same name. Values are written as a scenario file would write them.
 */
final class RulesInForce {

    /** The rules shown first (the rest on request), by key. */
    static final List<String> HEADLINE = List.of(BylawConfig.DECISION_RULE.path(), BylawConfig.QUORUM.path(),
            BylawConfig.MEETING_INTERVAL.path(), BylawConfig.DELIBERATION.path(), BylawConfig.OFFICE_SELECTION.path(),
            EconomyConfig.REGIME.path(), EconomyConfig.DISTRIBUTION.path());

    private RulesInForce() {
    }

    /** The keys of the rules that can be read from a town, in catalogue order. */
    static List<ParameterSpec> readable(Municipality any) {
        List<ParameterSpec> out = new ArrayList<>();
        for (ParameterSpec s : Catalog.controlled()) {
            if ((s.section().equals("bylaws") || s.section().equals("economy")) && readable(any, s.leaf())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Each town's values of the given rules: town name, then the values in the order of {@code keys}. */
    static List<List<Object>> table(List<Municipality> towns, List<ParameterSpec> keys) {
        List<List<Object>> rows = new ArrayList<>();
        for (Municipality m : towns) {
            List<Object> row = new ArrayList<>();
            row.add(m.name());
            for (ParameterSpec s : keys) {
                row.add(text(read(m, s.leaf())));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean readable(Municipality m, String leaf) {
        return owner(m, leaf) != null;
    }

    private static Object read(Municipality m, String leaf) {
        Record r = owner(m, leaf);
        if (r == null) {
            return null;
        }
        try {
            return component(r, leaf).getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + leaf + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** The town's record that holds a rule of this name: its bylaws, its economy, or the economy's sanctions. */
    private static Record owner(Municipality m, String leaf) {
        for (Record r : List.<Record>of(m.bylaws(), m.economy(), m.economy().sanctions())) {
            if (component(r, leaf) != null) {
                return r;
            }
        }
        return null;
    }

    private static RecordComponent component(Record r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** A value as a scenario file writes it: enum constants as their lower-case word. */
    static Object text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Double d) {
            return ParameterSpec.fmt(d);
        }
        return v;
    }

    /** The labels of the given rules, by key, for the table's heading. */
    static Map<String, String> labels(List<ParameterSpec> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(s -> out.put(s.path(), s.label()));
        return out;
    }
}
