package org.pnyx.charts;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.pnyx.metrics.Metric;

/**
 * How one metric column is shown everywhere: its name in plain words, its axis label with
 * unit, and its colour. The colour of a metric is fixed, so the same metric looks the same
 * in every chart of every run; metrics drawn together on one chart have distinct colours.
 *
 * @param key the column name in {@code timeseries.csv}, e.g. {@code attendance_rate}
 * @param label a short name in plain words for titles and legends
 * @param unit the unit in a few words, e.g. {@code per week} or {@code 0–1}
 * @param axisLabel the value axis label, with the unit
 * @param color the metric's fixed colour (Okabe–Ito)
 * @param share whether values are shares or indices in [0, 1], drawn on a fixed 0–1 axis
 */
public record MetricStyle(String key, String label, String unit, String axisLabel, Color color, boolean share) {

    public MetricStyle {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(axisLabel, "axisLabel");
        Objects.requireNonNull(color, "color");
    }

    /**
     * Each metric's fixed colour (Okabe–Ito). Its label, axis label, unit and whether it is a 0–1 share
     * come from its declaration ({@link Metric}); only the colour is a matter of the charts.
     */
    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("population", Palette.BLACK),
            Map.entry("attendance_rate", Palette.BLUE),
            Map.entry("quorum_met_share", Palette.SKY_BLUE),
            Map.entry("proposals", Palette.ORANGE),
            Map.entry("decisions", Palette.BLUISH_GREEN),
            Map.entry("dissent_share", Palette.REDDISH_PURPLE),
            Map.entry("recalls", Palette.VERMILLION),
            Map.entry("amendments", Palette.SKY_BLUE),
            Map.entry("gini_wealth", Palette.VERMILLION),
            Map.entry("influence_concentration", Palette.ORANGE),
            Map.entry("common_share", Palette.BLUISH_GREEN),
            Map.entry("output_per_capita", Palette.BLUE),
            Map.entry("need_satisfaction", Palette.BLUISH_GREEN),
            Map.entry("shortfall_share", Palette.VERMILLION),
            Map.entry("gini_income", Palette.ORANGE),
            Map.entry("gini_consumption", Palette.REDDISH_PURPLE),
            Map.entry("free_rider_share", Palette.ORANGE),
            Map.entry("mean_effort", Palette.SKY_BLUE),
            Map.entry("sanctions", Palette.REDDISH_PURPLE),
            Map.entry("commons_stock", Palette.BLUISH_GREEN),
            Map.entry("hours_worked", Palette.BLUE),
            Map.entry("free_time", Palette.SKY_BLUE),
            Map.entry("collapsed", Palette.BLACK),
            Map.entry("delegate_fidelity", Palette.BLUE),
            Map.entry("deviations", Palette.ORANGE),
            Map.entry("delegate_recalls", Palette.VERMILLION),
            Map.entry("confederal_votes", Palette.SKY_BLUE),
            Map.entry("rule_disagreements", Palette.REDDISH_PURPLE),
            Map.entry("referendum_paradoxes", Palette.VERMILLION),
            Map.entry("confederal_turnout", Palette.BLUE),
            Map.entry("transfers", Palette.BLUISH_GREEN),
            Map.entry("gini_between_municipalities", Palette.BLUE),
            Map.entry("migrations", Palette.ORANGE),
            Map.entry("liberty_index", Palette.BLUISH_GREEN),
            Map.entry("liberty_voice", Palette.BLUE),
            Map.entry("liberty_non_domination", Palette.REDDISH_PURPLE),
            Map.entry("liberty_work", Palette.ORANGE),
            Map.entry("liberty_exit", Palette.SKY_BLUE),
            Map.entry("liberty_security", Palette.VERMILLION),
            Map.entry("liberty_q1", Palette.BLACK),
            Map.entry("liberty_q5", Palette.YELLOW),
            Map.entry("imposed_share", Palette.VERMILLION),
            Map.entry("democratized_share", Palette.SKY_BLUE),
            Map.entry("state_power", Palette.BLACK));

    private static final Map<String, MetricStyle> KNOWN = known();

    private static Map<String, MetricStyle> known() {
        Map<String, MetricStyle> m = new LinkedHashMap<>();
        for (Metric metric : Metric.all()) {
            Metric.Declaration d = metric.declaration();
            Color c = COLOURS.getOrDefault(d.column(), Palette.forRun(Math.floorMod(d.column().hashCode(), 7)));
            m.put(d.column(), new MetricStyle(d.column(), d.label(), d.axisUnit(), d.axisLabel(), c, d.share()));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Metrics of the participation family, in display order. */
    public static final List<String> PARTICIPATION = List.of("attendance_rate", "quorum_met_share");
    /** Inequality measures drawn together on one chart; each has a distinct colour. */
    public static final List<String> INEQUALITY =
            List.of("gini_wealth", "gini_income", "gini_consumption", "gini_between_municipalities");
    /** Key metrics of the stability chart, in display order. */
    public static final List<String> STABILITY = List.of("attendance_rate", "quorum_met_share", "dissent_share",
            "gini_wealth", "influence_concentration", "common_share");
    /** Economy panel metrics, in display order. */
    public static final List<String> ECONOMY = List.of("need_satisfaction", "shortfall_share", "free_rider_share",
            "mean_effort", "output_per_capita", "commons_stock", "hours_worked", "free_time", "sanctions",
            "gini_income", "gini_consumption");
    /** Confederation panel metrics, in display order. */
    public static final List<String> CONFEDERATION = List.of("delegate_fidelity", "deviations", "delegate_recalls",
            "rule_disagreements", "confederal_votes", "democratized_share", "imposed_share", "state_power", "transfers",
            "migrations", "gini_between_municipalities");
    /** Liberty panel metrics, in display order: the index, its five components, the poorest and richest fifths. */
    public static final List<String> LIBERTY = List.of("liberty_index", "liberty_voice", "liberty_non_domination",
            "liberty_work", "liberty_exit", "liberty_security", "liberty_q1", "liberty_q5");

    /**
     * The style of a metric column. An unknown column gets a label made from its name and a
     * colour chosen from its name, so it still looks the same in every chart.
     */
    public static MetricStyle of(String key) {
        MetricStyle known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replace('_', ' ').trim();
        String label = words.isEmpty() ? key
                : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return new MetricStyle(key, label, "", label, Palette.forRun(Math.floorMod(key.hashCode(), 7)), false);
    }

    /** The label with its unit, for panel titles: {@code Proposals (per week)}. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** Whether the metric is a count per week, noisy enough from week to week to be drawn smoothed. */
    public boolean weeklyCount() {
        return unit.equals("per week");
    }

    /** Whether the column is one this module knows how to label. */
    public static boolean isKnown(String key) {
        return KNOWN.containsKey(key);
    }
}
