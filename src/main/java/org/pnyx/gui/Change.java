package org.pnyx.gui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pnyx.config.Param;

/**
 * One change the user made to a live run: before the first week for every town, a setting of the scenario;
 * otherwise an intervention, applied through {@code PnyxSim.change} at the start of {@code week}, as a scenario's
 * {@code interventions:} entry of the same week, town, key and value is.
 *
 * @param week  the week at whose start it applies (0-based)
 * @param town  the town's name, or null for every town
 * @param param the parameter
 * @param value the value, parsed and checked by the declaration
 */
record Change(long week, String town, Param param, Object value) {

    /** The value as a scenario file writes it. */
    String valueText() {
        return String.valueOf(RulesInForce.text(value));
    }

    /** {@code key=value}, as {@code --set} takes it. */
    String assignment() {
        return param.path() + "=" + valueText();
    }

    /** For the page. */
    Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("week", week);
        j.put("town", town);
        j.put("key", param.path());
        j.put("label", param.spec().label());
        j.put("value", valueText());
        return j;
    }
}
