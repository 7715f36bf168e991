package org.pnyx.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The metric columns of {@code timeseries.csv} and {@code municipalities.csv}, in column order.
 * Adding a metric means adding a constant here and filling it in {@link MetricsCollector}.
 */
public enum Metric {
    POPULATION("population", true, "citizens", "Citizens living there."),
    ATTENDANCE_RATE("attendance_rate", false, "share of citizens",
            "Attendance at each assembly's latest meeting (overall: attendees over citizens, summed over assemblies)."),
    QUORUM_MET_SHARE("quorum_met_share", false, "share of assemblies",
            "Share of assemblies whose latest meeting reached quorum (per municipality: 1 or 0)."),
    PROPOSALS("proposals", true, "proposals/week", "Proposals put to a vote this week."),
    DECISIONS("decisions", true, "decisions/week", "Proposals adopted this week."),
    DISSENT_SHARE("dissent_share", false, "share of votes cast",
            "No votes on the proposals adopted at each assembly's latest adopting meeting, over votes cast."),
    RECALLS("recalls", true, "recalls/week", "Facilitators recalled this week."),
    GINI_WEALTH("gini_wealth", false, "Gini 0-1", "Gini coefficient of citizens' wealth."),
    INFLUENCE_CONCENTRATION("influence_concentration", false, "Gini 0-1",
            "Gini coefficient of influence (standing from proposals carried) within each town; overall: "
                    + "population-weighted mean over towns."),
    COMMON_SHARE("common_share", false, "share of income",
            "Policy: share of income pooled as common stock (population-weighted mean overall)."),
    NEED_LEVEL("need_level", false, "share of need",
            "Policy: share of need guaranteed from the common stock (population-weighted mean overall)."),
    MEAN_WEALTH("mean_wealth", false, "goods", "Mean wealth per citizen."),
    MEAN_HABIT("mean_habit", false, "propensity 0-1", "Mean attendance habit."),
    MEAN_EFFICACY("mean_efficacy", false, "share 0-1", "Mean perceived efficacy before size dilution.");

    private static final List<Metric> ALL = List.of(values());

    private final String column;
    private final boolean count;
    private final String unit;
    private final String meaning;

    Metric(String column, boolean count, String unit, String meaning) {
        this.column = column;
        this.count = count;
        this.unit = unit;
        this.meaning = meaning;
    }

    /** The snake_case column name. */
    public String column() {
        return column;
    }

    /** Whether values are whole numbers (written without decimals). */
    public boolean isCount() {
        return count;
    }

    public String unit() {
        return unit;
    }

    public String meaning() {
        return meaning;
    }

    /** All metrics in column order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** Column names in order. */
    public static List<String> columns() {
        return Arrays.stream(values()).map(Metric::column).toList();
    }
}
