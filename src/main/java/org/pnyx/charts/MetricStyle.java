package org.pnyx.charts;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

    private static final Map<String, MetricStyle> KNOWN = known();

    private static void share(Map<String, MetricStyle> m, String key, String label, String axisLabel, Color c) {
        m.put(key, new MetricStyle(key, label, "0–1", axisLabel, c, true));
    }

    private static void amount(Map<String, MetricStyle> m, String key, String unit, String label, String axisLabel,
            Color c) {
        m.put(key, new MetricStyle(key, label, unit, axisLabel, c, false));
    }

    private static Map<String, MetricStyle> known() {
        Map<String, MetricStyle> m = new LinkedHashMap<>();
        amount(m, "population", "citizens", "Population", "Citizens", Palette.BLACK);
        share(m, "attendance_rate", "Attendance rate", "Share of citizens attending (0–1)", Palette.BLUE);
        share(m, "quorum_met_share", "Meetings with quorum", "Share of meetings reaching quorum (0–1)",
                Palette.SKY_BLUE);
        amount(m, "proposals", "per week", "Proposals", "Proposals per week", Palette.ORANGE);
        amount(m, "decisions", "per week", "Decisions", "Decisions per week", Palette.BLUISH_GREEN);
        share(m, "dissent_share", "Dissent", "Share of votes against the outcome (0–1)", Palette.REDDISH_PURPLE);
        amount(m, "recalls", "per week", "Recalls", "Officers recalled per week", Palette.VERMILLION);
        share(m, "gini_wealth", "Gini of wealth", "Gini coefficient (0 = equal, 1 = one holds all)",
                Palette.VERMILLION);
        share(m, "influence_concentration", "Influence concentration",
                "Concentration of influence (0 = spread, 1 = one person)", Palette.ORANGE);
        share(m, "common_share", "Common stock share", "Share of the surplus saved in common (0–1)",
                Palette.BLUISH_GREEN);

        amount(m, "output_per_capita", "goods per person per week", "Output per person", "Goods per person per week", Palette.BLUE);
        share(m, "need_satisfaction", "Need satisfaction", "Share of needs met (0–1)", Palette.BLUISH_GREEN);
        share(m, "shortfall_share", "Unmet need", "Unmet need as a share of all need (0–1)",
                Palette.VERMILLION);
        share(m, "gini_income", "Gini of income", "Gini coefficient (0 = equal, 1 = one holds all)",
                Palette.ORANGE);
        share(m, "gini_consumption", "Gini of consumption", "Gini coefficient (0 = equal, 1 = one holds all)",
                Palette.REDDISH_PURPLE);
        share(m, "free_rider_share", "Free riders", "Share of citizens free riding (0–1)", Palette.ORANGE);
        share(m, "mean_effort", "Mean effort", "Mean effort (0 = none, 1 = full)", Palette.SKY_BLUE);
        amount(m, "sanctions", "per week", "Sanctions", "Sanctions per week", Palette.REDDISH_PURPLE);
        share(m, "commons_stock", "Commons standing", "Commons standing, share of its capacity (0–1)",
                Palette.BLUISH_GREEN);
        amount(m, "hours_worked", "hours per person per week", "Hours worked", "Hours worked per person per week", Palette.BLUE);
        amount(m, "free_time", "hours per person per week", "Free time", "Free hours per person per week", Palette.SKY_BLUE);
        share(m, "collapsed", "Collapsed", "Collapsed (0 = no, 1 = yes)", Palette.BLACK);

        share(m, "delegate_fidelity", "Delegate fidelity", "Share of delegate votes following the mandate (0–1)",
                Palette.BLUE);
        amount(m, "deviations", "per week", "Delegate deviations", "Deviations from mandate per week", Palette.ORANGE);
        amount(m, "delegate_recalls", "per week", "Delegate recalls", "Delegates recalled per week", Palette.VERMILLION);
        amount(m, "confederal_votes", "per week", "Confederal votes", "Confederation-wide votes per week", Palette.SKY_BLUE);
        amount(m, "rule_disagreements", "per week", "Rule disagreements", "Disagreements between towns per week",
                Palette.REDDISH_PURPLE);
        amount(m, "transfers", "per week", "Transfers", "Goods transferred between towns per week", Palette.BLUISH_GREEN);
        share(m, "gini_between_municipalities", "Gini between towns",
                "Gini coefficient (0 = equal, 1 = one holds all)", Palette.BLUE);
        amount(m, "migrations", "per week", "Migrations", "Citizens moving per week", Palette.ORANGE);
        share(m, "liberty_index", "Liberty index", "Share of own choices that prevail (0–1)", Palette.BLUISH_GREEN);
        share(m, "imposed_share", "Imposed decisions", "Share of choices imposed on citizens (0–1)",
                Palette.VERMILLION);
        share(m, "democratized_share", "Democratized share", "Share of towns with empowered assemblies (0–1)",
                Palette.SKY_BLUE);
        share(m, "state_power", "State power", "State power (0 = none, 1 = full)", Palette.BLACK);
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
            "rule_disagreements", "confederal_votes", "democratized_share", "imposed_share", "liberty_index",
            "state_power", "transfers", "migrations", "gini_between_municipalities");

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
