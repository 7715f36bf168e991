package org.pnyx.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pnyx.charts.MetricStyle;
import org.pnyx.charts.ViridisScale;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.confederation.ConfederalRules;
import org.pnyx.metrics.Metric;

/**
 * What the page is built from, as JSON-ready maps: a control for every parameter declared changeable during a
 * run (label, meaning, unit, range or choices, default, section), every metric's declaration with its fixed
 * colour, the chart panels, and the limits. Nothing the page shows about a parameter or a metric is written in
 * the page itself.
 */
final class Catalog {

    private Catalog() {
    }

    /** The whole catalogue for the page. */
    static Map<String, Object> of(StudioConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("sections", sections());
        root.put("metrics", metrics());
        root.put("panels", Panels.OVERALL.stream().map(Catalog::panel).toList());
        root.put("headline", Panels.HEADLINE);
        root.put("townMetrics", Panels.TOWN_METRICS.stream().map(Metric::column).toList());
        root.put("scale", viridis());
        root.put("limits", Map.of("runs", config.maxRuns(), "citizens", config.maxCitizens(),
                "weeks", config.maxWeeks()));
        return root;
    }

    /** The controls, one per parameter declared changeable, grouped by section in catalogue order. */
    static List<Map<String, Object>> sections() {
        Map<String, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        for (ParameterSpec s : controlled()) {
            bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(control(s));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        bySection.forEach((name, controls) -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", name);
            section.put("title", name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
            section.put("controls", controls);
            out.add(section);
        });
        return out;
    }

    /** The parameters that get a control: those declared changeable during a run, in catalogue order. */
    static List<ParameterSpec> controlled() {
        return Parameters.catalog().all().stream().filter(ParameterSpec::changeable).toList();
    }

    private static Map<String, Object> control(ParameterSpec s) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("key", s.path());
        c.put("label", s.label());
        c.put("meaning", s.meaning());
        c.put("unit", s.unit());
        c.put("allowed", s.allowed());
        c.put("scope", ConfederalRules.governs(s) ? "confederal" : "town");
        c.put("default", s.defaultValue());
        switch (s.type()) {
            case INT, LONG -> {
                c.put("kind", "integer");
                c.put("min", s.min());
                c.put("max", s.max());
                c.put("step", 1);
            }
            case DOUBLE -> {
                c.put("kind", "number");
                c.put("min", s.min());
                c.put("max", s.max());
                c.put("minExclusive", s.minExclusive());
                c.put("step", step(s.max() - s.min()));
            }
            case CHOICE -> {
                c.put("kind", "choice");
                c.put("choices", s.choices());
            }
            case BOOLEAN -> c.put("kind", "boolean");
            case TEXT -> c.put("kind", "text");
        }
        return c;
    }

    /** A slider step of about a thousandth of the range, a power of ten. */
    static double step(double range) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        return Math.pow(10, Math.floor(Math.log10(range)) - 3);
    }

    private static List<Map<String, Object>> metrics() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Metric m : Metric.all()) {
            MetricStyle style = MetricStyle.of(m.column());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("key", m.column());
            j.put("label", style.label());
            j.put("axisLabel", style.axisLabel());
            j.put("unit", style.unit());
            j.put("share", style.share());
            j.put("count", m.isCount());
            j.put("meaning", m.meaning());
            j.put("colour", hex(style.color()));
            out.add(j);
        }
        return out;
    }

    private static Map<String, Object> panel(Panels p) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", p.id());
        j.put("title", p.title());
        j.put("metrics", p.metrics());
        j.put("confederal", p.confederal());
        return j;
    }

    /** The viridis scale of the charts, as eleven colours from low to high, for the municipalities view. */
    private static List<String> viridis() {
        ViridisScale scale = new ViridisScale(0, 1);
        List<String> out = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            out.add(hex(scale.color(k / 10.0)));
        }
        return out;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
