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
    COMMON_SHARE("common_share", false, "share of surplus",
            "Policy: share of the surplus over need levels saved in the common stock (population-weighted mean overall)."),
    NEED_LEVEL("need_level", false, "level 0-1",
            "Policy: need level; entitlement is (0.5 + level) x need (population-weighted mean overall)."),
    MEAN_WEALTH("mean_wealth", false, "goods", "Mean wealth per citizen."),
    MEAN_HABIT("mean_habit", false, "propensity 0-1", "Mean attendance habit."),
    MEAN_EFFICACY("mean_efficacy", false, "share 0-1", "Mean perceived efficacy before size dilution."),
    OUTPUT_PER_CAPITA("output_per_capita", false, "goods/week per citizen",
            "Goods produced this week (after the harvest limit and monitoring costs) per citizen."),
    NEED_SATISFACTION("need_satisfaction", false, "share of citizens",
            "Share of citizens whose consumption this week met their need."),
    SHORTFALL_SHARE("shortfall_share", false, "share of need",
            "Unmet need this week, summed over citizens, as a share of total need (depth of shortfall)."),
    GINI_INCOME("gini_income", false, "Gini 0-1",
            "Gini coefficient of this week's income (goods received: share, wage or profit)."),
    GINI_CONSUMPTION("gini_consumption", false, "Gini 0-1", "Gini coefficient of this week's consumption."),
    FREE_RIDER_SHARE("free_rider_share", false, "share of citizens", "Share of citizens of the free-rider type."),
    MEAN_EFFORT("mean_effort", false, "share of potential",
            "Mean effort of working-age citizens (owners excluded; excluded workers count 0)."),
    SANCTIONS("sanctions", true, "sanctions/week", "Warnings, fines and exclusions imposed this week."),
    COMMONS_STOCK("commons_stock", false, "share of capacity",
            "Renewable commons standing, as a share of carrying capacity; a town on a regional commons reports the "
                    + "region's (overall: summed stock over summed capacity, each commons once)."),
    COMMON_STOCK("common_stock", false, "goods per citizen",
            "Goods in the common stock per citizen (pooling regimes; 0 elsewhere)."),
    HOURS_WORKED("hours_worked", false, "hours/week per citizen", "Mean hours on the job this week per citizen: the regime's working week for everyone not excluded, "
                    + "whatever their effort (effort shows in output)."),
    FREE_TIME("free_time", false, "hours/week", "Mean free time per citizen (trait plus hours freed by automation)."),
    HARVEST_CAP("harvest_cap", false, "share of twice the MSY",
            "Policy in force: harvest cap of the commons, voted or planned (population-weighted mean overall)."),
    SANCTIONS_POLICY("sanctions_policy", false, "share",
            "Policy in force: multiplier of the bylaws' monitoring probability, voted, fixed or planned "
                    + "(population-weighted mean overall)."),
    COLLAPSED("collapsed", false, "0/1 (overall: share of municipalities)",
            "1 once the municipality has had a run of crisis weeks as long as economy.collapseWeeks; "
                    + "overall: share of municipalities collapsed."),
    DELEGATE_FIDELITY("delegate_fidelity", false, "share of mandated votes",
            "Share of delegates' mandated council votes so far carried as mandated (NaN before any)."),
    DEVIATIONS("deviations", true, "votes/week", "Delegate votes cast against the home assembly's mandate this week."),
    DELEGATE_RECALLS("delegate_recalls", true, "recalls/week",
            "Confederal delegates recalled by their assemblies this week (bylaw delegateRecall)."),
    CONFEDERAL_VOTES("confederal_votes", true, "votes/week",
            "Confederal votes held this week (per municipality: in the confederations it takes part in)."),
    RULE_DISAGREEMENTS("rule_disagreements", true, "votes/week",
            "Confederal votes this week whose outcome differs between aggregate_citizens, "
                    + "one_municipality_one_vote and delegate_council."),
    CONFEDERAL_SANCTIONS("confederal_sanctions", true, "sanctions/week",
            "Confederal sanctions against towns that hoard or over-harvest, adopted this week (per municipality: "
                    + "against it)."),
    TRANSFERS("transfers", false, "goods/week",
            "Goods moved between municipalities by confederal pooling and sanctions (per municipality: net received)."),
    GINI_BETWEEN_MUNICIPALITIES("gini_between_municipalities", false, "Gini 0-1",
            "Gini coefficient of the municipalities' mean wealth, each town one unit (per municipality: NaN)."),
    MIGRATIONS("migrations", true, "citizens/week", "Citizens who moved to another municipality this week "
            + "(per municipality: who left it)."),
    LIBERTY_INDEX("liberty_index", false, "index 0-1",
            "Mean liberty: (own choices prevailing + (1 - decisions imposed) + exit open) / 3 (seed 002)."),
    IMPOSED_SHARE("imposed_share", false, "share 0-1",
            "Mean smoothed share of decisions adopted against the citizen's preference (1 under a state council)."),
    DEMOCRATIZED_SHARE("democratized_share", false, "share of municipalities",
            "Share of municipalities whose assembly governs (transition mode; per municipality: 1 or 0)."),
    STATE_POWER("state_power", false, "share of citizens",
            "Share of citizens still governed by a state council, the state's power relative to the "
                    + "confederation's (per municipality: 1 or 0).");

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
