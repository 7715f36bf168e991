package org.pnyx.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The metric columns of {@code timeseries.csv} and {@code municipalities.csv}, in column order, each
 * declared once: its column name, unit, plain-language label and axis label (for charts and reports),
 * meaning, and how the overall value is made from the towns'. Every metric is measured after each week,
 * by {@link MetricsCollector}, per town and overall; {@code describe}, the CSV writers, the charts'
 * labels and {@code docs/PARAMETERS.md} read these declarations.
 */
public enum Metric {
    POPULATION(new Declaration("population", true, "citizens", "Population",
            "Citizens", "citizens", false, "sum over towns",
            "Citizens living there.")),
    ATTENDANCE_RATE(new Declaration("attendance_rate", false, "share of citizens", "Attendance rate",
            "Share of citizens attending (0–1)", "0–1", true, "attendees over the citizens of the towns that have met",
            "Attendance at each assembly's latest meeting (overall: attendees over citizens, summed over assemblies).")),
    ATTENDANCE_WEALTH_Q1(new Declaration("attendance_wealth_q1", false, "share of citizens",
            "Attendance, wealth quintile 1", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the lowest wealth"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_WEALTH_Q2(new Declaration("attendance_wealth_q2", false, "share of citizens",
            "Attendance, wealth quintile 2", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the second lowest wealth"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_WEALTH_Q3(new Declaration("attendance_wealth_q3", false, "share of citizens",
            "Attendance, wealth quintile 3", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the middle wealth"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_WEALTH_Q4(new Declaration("attendance_wealth_q4", false, "share of citizens",
            "Attendance, wealth quintile 4", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the second highest wealth"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_WEALTH_Q5(new Declaration("attendance_wealth_q5", false, "share of citizens",
            "Attendance, wealth quintile 5", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the highest wealth"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_FREE_TIME_Q1(new Declaration("attendance_free_time_q1", false, "share of citizens",
            "Attendance, free time quintile 1", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the lowest free time"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_FREE_TIME_Q2(new Declaration("attendance_free_time_q2", false, "share of citizens",
            "Attendance, free time quintile 2", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the second lowest free time"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_FREE_TIME_Q3(new Declaration("attendance_free_time_q3", false, "share of citizens",
            "Attendance, free time quintile 3", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the middle free time"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_FREE_TIME_Q4(new Declaration("attendance_free_time_q4", false, "share of citizens",
            "Attendance, free time quintile 4", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the second highest free time"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    ATTENDANCE_FREE_TIME_Q5(new Declaration("attendance_free_time_q5", false, "share of citizens",
            "Attendance, free time quintile 5", "Share of the quintile attending (0–1)", "0–1", true,
            "attendees over members of the quintile, summed over the towns that have met",
            "Attendance at the latest meeting among the fifth of the town's members with the highest free time"
                    + " (ties fall in the lower quintile; NaN if it has no members; counted when the town meets).")),
    QUORUM_MET_SHARE(new Declaration("quorum_met_share", false, "share of assemblies", "Meetings with quorum",
            "Share of meetings reaching quorum (0–1)", "0–1", true, "share of the towns that have met",
            "Share of assemblies whose latest meeting reached quorum (per municipality: 1 or 0).")),
    PROPOSALS(new Declaration("proposals", true, "proposals/week", "Proposals",
            "Proposals per week", "per week", false, "sum over towns",
            "Proposals put to a vote this week.")),
    DECISIONS(new Declaration("decisions", true, "decisions/week", "Decisions",
            "Decisions per week", "per week", false, "sum over towns",
            "Proposals adopted this week.")),
    DISSENT_SHARE(new Declaration("dissent_share", false, "share of votes cast", "Dissent",
            "Share of votes against the outcome (0–1)", "0–1", true, "no votes over votes cast, summed over towns",
            "No votes on the proposals adopted at each assembly's latest adopting meeting, over votes cast.")),
    RECALLS(new Declaration("recalls", true, "recalls/week", "Recalls",
            "Officers recalled per week", "per week", false, "sum over towns",
            "Facilitators recalled this week.")),
    RECALLS_MOVED(new Declaration("recalls_moved", true, "motions/week", "Recalls moved",
            "Recall motions per week", "per week", false, "sum over towns",
            "Motions to recall the facilitator moved this week, carried or not (those carried are recalls).")),
    RECONSIDERATIONS(new Declaration("reconsiderations", true, "motions/week", "Reconsiderations",
            "Reconsiderations moved per week", "per week", false, "sum over towns",
            "Motions by the minority on an adopted decision to restore the policy it replaced, tabled this week"
                    + " (first or again).")),
    RECONSIDERATIONS_CARRIED(new Declaration("reconsiderations_carried", true, "motions/week",
            "Reconsiderations carried", "Reconsiderations carried per week", "per week", false, "sum over towns",
            "Motions to reconsider an adopted decision that carried this week, restoring the policy it replaced.")),
    AMENDMENTS(new Declaration("amendments", true, "amendments/week", "Amendments",
            "Bylaw amendments adopted per week", "per week", false, "sum over towns",
            "Amendments of the bylaws adopted this week (amendments.csv lists each one put).")),
    GINI_WEALTH(new Declaration("gini_wealth", false, "Gini 0-1", "Gini of wealth",
            "Gini coefficient (0 = equal, 1 = one holds all)", "0–1", true, "over all citizens",
            "Gini coefficient of citizens' wealth.")),
    INFLUENCE_CONCENTRATION(new Declaration("influence_concentration", false, "Gini 0-1", "Influence concentration",
            "Concentration of influence (0 = spread, 1 = one person)", "0–1", true, "population-weighted mean over towns",
            "Gini coefficient of influence (standing from proposals carried) within each town; overall: " + "population-weighted mean over towns.")),
    OFFICE_TENURE_CONCENTRATION(new Declaration("office_tenure_concentration", false, "Herfindahl 0-1",
            "Office tenure concentration", "Concentration of office tenure (1 = one holder)", "0–1", true,
            "population-weighted mean over the towns whose office has served",
            "Herfindahl index of the facilitator's office-meetings so far over their holders (the sum of squared"
                    + " shares; 1/k when k holders served equally); NaN before any.")),
    DECISIONS_BY_RICH(new Declaration("decisions_by_rich", false, "share of decisions", "Decisions won by the rich",
            "Share of adopted motions moved by the richest fifth (0–1)", "0–1", true, "over all adopted motions",
            "Share of the motions adopted so far whose mover was among the richest fifth of their town's members"
                    + " when it carried (0.2 when wealth buys nothing and movers are drawn evenly); NaN before any.")),
    DECISIONS_WEALTH_Q1(new Declaration("decisions_wealth_q1", false, "share of decisions",
            "Decisions moved by wealth quintile 1", "Share of adopted motions moved by the poorest fifth (0–1)", "0–1", true,
            "over all adopted motions", "Share of the motions adopted so far whose mover was in wealth quintile 1 of"
                    + " their town's members when it carried (1 = poorest fifth, 5 = richest; 0.2 each when wealth"
                    + " buys nothing and movers are drawn evenly); NaN before any.")),
    DECISIONS_WEALTH_Q2(new Declaration("decisions_wealth_q2", false, "share of decisions",
            "Decisions moved by wealth quintile 2", "Share of adopted motions moved by the second fifth (0–1)", "0–1", true,
            "over all adopted motions", "Share of the motions adopted so far whose mover was in wealth quintile 2 of"
                    + " their town's members when it carried (1 = poorest fifth, 5 = richest; 0.2 each when wealth"
                    + " buys nothing and movers are drawn evenly); NaN before any.")),
    DECISIONS_WEALTH_Q3(new Declaration("decisions_wealth_q3", false, "share of decisions",
            "Decisions moved by wealth quintile 3", "Share of adopted motions moved by the middle fifth (0–1)", "0–1", true,
            "over all adopted motions", "Share of the motions adopted so far whose mover was in wealth quintile 3 of"
                    + " their town's members when it carried (1 = poorest fifth, 5 = richest; 0.2 each when wealth"
                    + " buys nothing and movers are drawn evenly); NaN before any.")),
    DECISIONS_WEALTH_Q4(new Declaration("decisions_wealth_q4", false, "share of decisions",
            "Decisions moved by wealth quintile 4", "Share of adopted motions moved by the fourth fifth (0–1)", "0–1", true,
            "over all adopted motions", "Share of the motions adopted so far whose mover was in wealth quintile 4 of"
                    + " their town's members when it carried (1 = poorest fifth, 5 = richest; 0.2 each when wealth"
                    + " buys nothing and movers are drawn evenly); NaN before any.")),
    DECISIONS_WEALTH_Q5(new Declaration("decisions_wealth_q5", false, "share of decisions",
            "Decisions moved by wealth quintile 5", "Share of adopted motions moved by the richest fifth (0–1)", "0–1", true,
            "over all adopted motions", "Share of the motions adopted so far whose mover was in wealth quintile 5 of"
                    + " their town's members when it carried (1 = poorest fifth, 5 = richest; 0.2 each when wealth"
                    + " buys nothing and movers are drawn evenly); NaN before any.")),
    TECHNICAL_ACCURACY(new Declaration("technical_accuracy", false, "share of questions", "Technical accuracy",
            "Share of technical questions decided rightly (0–1)", "0–1", true, "over all technical questions",
            "Share of the technical questions decided so far whose majority was right; NaN before any.")),
    COMMON_SHARE(new Declaration("common_share", false, "share of surplus", "Common stock share",
            "Share of the surplus saved in common (0–1)", "0–1", true, "population-weighted mean over towns",
            "Policy: share of the surplus over need levels saved in the common stock (population-weighted mean overall).")),
    NEED_LEVEL(new Declaration("need_level", false, "level 0-1", "Need level",
            "Need level (0.5 = exactly need)", "0–1", true, "population-weighted mean over towns",
            "Policy: need level; entitlement is (0.5 + level) x need (population-weighted mean overall).")),
    MEAN_WEALTH(new Declaration("mean_wealth", false, "goods", "Mean wealth",
            "Goods per person", "goods per person", false, "over all citizens",
            "Mean wealth per citizen.")),
    MEAN_HABIT(new Declaration("mean_habit", false, "propensity 0-1", "Attendance habit",
            "Mean attendance habit (0–1)", "0–1", true, "over all citizens",
            "Mean attendance habit.")),
    MEAN_EFFICACY(new Declaration("mean_efficacy", false, "share 0-1", "Perceived efficacy",
            "Mean perceived efficacy (0–1)", "0–1", true, "over all citizens",
            "Mean perceived efficacy before size dilution.")),
    OUTPUT_PER_CAPITA(new Declaration("output_per_capita", false, "goods/week per citizen", "Output per person",
            "Goods per person per week", "goods per person per week", false, "over all citizens",
            "Goods produced this week (after the harvest limit and monitoring costs) per citizen.")),
    NEED_SATISFACTION(new Declaration("need_satisfaction", false, "share of citizens", "Need satisfaction",
            "Share of needs met (0–1)", "0–1", true, "over all citizens",
            "Share of citizens whose consumption this week met their need.")),
    SHORTFALL_SHARE(new Declaration("shortfall_share", false, "share of need", "Unmet need",
            "Unmet need as a share of all need (0–1)", "0–1", true, "unmet over total need, all citizens",
            "Unmet need this week, summed over citizens, as a share of total need (depth of shortfall).")),
    GINI_INCOME(new Declaration("gini_income", false, "Gini 0-1", "Gini of income",
            "Gini coefficient (0 = equal, 1 = one holds all)", "0–1", true, "over all citizens",
            "Gini coefficient of this week's income (goods received: share, wage or profit).")),
    GINI_CONSUMPTION(new Declaration("gini_consumption", false, "Gini 0-1", "Gini of consumption",
            "Gini coefficient (0 = equal, 1 = one holds all)", "0–1", true, "over all citizens",
            "Gini coefficient of this week's consumption.")),
    FREE_RIDER_SHARE(new Declaration("free_rider_share", false, "share of citizens", "Free riders",
            "Share of citizens free riding (0–1)", "0–1", true, "over all citizens",
            "Share of citizens of the free-rider type.")),
    CONDITIONAL_SHARE(new Declaration("conditional_share", false, "share of citizens", "Conditional cooperators",
            "Share of citizens cooperating conditionally (0–1)", "0–1", true, "over all citizens",
            "Share of citizens of the conditional-cooperator type.")),
    HUMP_SHARE(new Declaration("hump_share", false, "share of citizens", "Hump-shaped contributors",
            "Share of hump-shaped contributors (0–1)", "0–1", true, "over all citizens",
            "Share of citizens of the hump-shaped type (match others up to half, less above).")),
    COOPERATOR_SHARE(new Declaration("cooperator_share", false, "share of citizens", "Unconditional cooperators",
            "Share of unconditional cooperators (0–1)", "0–1", true, "over all citizens",
            "Share of citizens of the unconditional-cooperator type.")),
    MEAN_SOLIDARITY(new Declaration("mean_solidarity", false, "index 0-1", "Solidarity",
            "Mean solidarity (0–1)", "0–1", true, "over all citizens",
            "Mean solidarity, which grows with participation in empowered assemblies (civic formation).")),
    MEAN_REASON(new Declaration("mean_reason", false, "index 0-1", "Reason",
            "Mean reason (0–1)", "0–1", true, "over all citizens",
            "Mean reason, which grows with participation in empowered assemblies (civic formation).")),
    MEAN_TRUST(new Declaration("mean_trust", false, "share 0-1", "Trust",
            "Mean trust (0–1)", "0–1", true, "over all workers",
            "Mean trust of working citizens (owners excluded): the share of their co-op's effort a conditional"
            + " cooperator matches; it follows the reciprocity met and rises at empowered meetings.")),
    MEAN_EFFORT(new Declaration("mean_effort", false, "share of potential", "Mean effort",
            "Mean effort (0 = none, 1 = full)", "0–1", true, "over all workers",
            "Mean effort of working-age citizens (owners excluded; excluded workers count 0).")),
    SANCTIONS(new Declaration("sanctions", true, "sanctions/week", "Sanctions",
            "Sanctions per week", "per week", false, "sum over towns",
            "Warnings, fines and exclusions imposed this week.")),
    COMMONS_STOCK(new Declaration("commons_stock", false, "share of capacity", "Commons standing",
            "Commons standing, share of its capacity (0–1)", "0–1", true, "summed stock over summed capacity",
            "Renewable commons standing, as a share of carrying capacity; a town on a regional commons reports the " + "region's (overall: summed stock over summed capacity, each commons once).")),
    COMMON_STOCK(new Declaration("common_stock", false, "goods per citizen", "Common stock",
            "Goods in the common stock per person", "goods per person", false, "over all citizens",
            "Goods in the common stock per citizen (pooling regimes; 0 elsewhere).")),
    HOURS_WORKED(new Declaration("hours_worked", false, "hours/week per citizen", "Hours worked",
            "Hours worked per person per week", "hours per person per week", false, "over all citizens",
            "Mean hours on the job this week per citizen: the regime's working week for everyone not excluded, " + "whatever their effort (effort shows in output).")),
    FREE_TIME(new Declaration("free_time", false, "hours/week", "Free time",
            "Free hours per person per week", "hours per person per week", false, "over all citizens",
            "Mean free time per citizen (trait plus hours freed by automation).")),
    HARVEST_CAP(new Declaration("harvest_cap", false, "share of twice the MSY", "Harvest cap",
            "Harvest cap, share of twice the sustainable yield (0–1)", "0–1", true, "population-weighted mean over towns",
            "Policy in force: harvest cap of the commons, voted or planned (population-weighted mean overall).")),
    SANCTIONS_POLICY(new Declaration("sanctions_policy", false, "share", "Sanctions policy",
            "Sanctions policy, multiplier of monitoring (0–1)", "0–1", true, "population-weighted mean over towns",
            "Policy in force: multiplier of the bylaws' monitoring probability, voted, fixed or planned " + "(population-weighted mean overall).")),
    COLLAPSED(new Declaration("collapsed", false, "0/1 (overall: share of municipalities)", "Collapsed",
            "Collapsed (0 = no, 1 = yes)", "0–1", true, "share of towns",
            "1 once the municipality has had a run of crisis weeks as long as economy.collapseWeeks; " + "overall: share of municipalities collapsed.")),
    DELEGATE_FIDELITY(new Declaration("delegate_fidelity", false, "share of mandated votes", "Delegate fidelity",
            "Share of delegate votes following the mandate (0–1)", "0–1", true, "over all mandated votes",
            "Share of delegates' mandated council votes so far carried as mandated (NaN before any).")),
    DEVIATIONS(new Declaration("deviations", true, "votes/week", "Delegate deviations",
            "Deviations from mandate per week", "per week", false, "sum over towns",
            "Delegate votes cast against the home assembly's mandate this week.")),
    DELEGATE_RECALLS(new Declaration("delegate_recalls", true, "recalls/week", "Delegate recalls",
            "Delegates recalled per week", "per week", false, "sum over towns",
            "Confederal delegates recalled by their assemblies this week (bylaw delegateRecall).")),
    CONFEDERAL_VOTES(new Declaration("confederal_votes", true, "votes/week", "Confederal votes",
            "Confederation-wide votes per week", "per week", false, "votes held in all confederations",
            "Confederal votes held this week (per municipality: in the confederations it takes part in).")),
    RULE_DISAGREEMENTS(new Declaration("rule_disagreements", true, "votes/week", "Rule disagreements",
            "Disagreements between towns per week", "per week", false, "votes held in all confederations",
            "Confederal votes this week whose outcome differs between aggregate_citizens, " + "one_municipality_one_vote and delegate_council.")),
    REFERENDUM_PARADOXES(new Declaration("referendum_paradoxes", true, "votes/week", "Referendum paradoxes",
            "Referendum paradoxes per week", "per week", false, "votes counted in all confederations",
            "Confederal votes counted this week on which the aggregate of the votes cast in the assemblies and the "
                    + "majority of towns disagree (Feix, Lepelley, Merlin & Rouet 2004).")),
    CONFEDERAL_TURNOUT(new Declaration("confederal_turnout", false, "share of residents", "Confederal turnout",
            "Votes cast in assemblies per resident (0–1)", "0–1", true, "over the questions counted this week",
            "Votes cast in the towns' assemblies on the confederal questions counted this week, over the residents of "
                    + "the towns taking part (NaN in weeks with no count); under the plebiscite every resident would count.")),
    CONFEDERAL_SANCTIONS(new Declaration("confederal_sanctions", true, "sanctions/week", "Confederal sanctions",
            "Confederal sanctions per week", "per week", false, "sanctions adopted in all confederations",
            "Confederal sanctions adopted this week on upheld complaints against towns over-harvesting a shared commons"
                    + " (per municipality: against it).")),
    TRANSFERS(new Declaration("transfers", false, "goods/week", "Transfers",
            "Goods transferred between towns per week", "per week", false, "goods moved in all confederations",
            "Goods moved between municipalities by confederal pooling and sanctions (per municipality: net received).")),
    GINI_BETWEEN_MUNICIPALITIES(new Declaration("gini_between_municipalities", false, "Gini 0-1", "Gini between towns",
            "Gini coefficient (0 = equal, 1 = one holds all)", "0–1", true, "over towns, each town one unit",
            "Gini coefficient of the municipalities' mean wealth, each town one unit (per municipality: NaN).")),
    MIGRATIONS(new Declaration("migrations", true, "citizens/week", "Migrations",
            "Citizens moving per week", "per week", false, "sum over towns",
            "Citizens who moved to another municipality this week " + "(per municipality: who left it).")),
    LIBERTY_INDEX(new Declaration("liberty_index", false, "index 0-1", "Liberty index",
            "Liberty index (0–1)", "0–1", true, "over all citizens",
            "Weighted mean (liberty.* weights) of the five liberty components that have events; each component from"
            + " what happened to each citizen so far (docs/model/liberty.md; Individual liberty under socialism).")),
    LIBERTY_VOICE(new Declaration("liberty_voice", false, "share 0-1", "Voice",
            "Share of binding decisions one took part in and was heard (0–1)", "0–1", true, "over all citizens' events",
            "Of the decisions that bound the citizens so far (their assembly's, a plan's or council's, a confederal"
            + " vote), the share in whose making they took part and were heard (attended and given the floor, or"
            + " voted on a confederal mandate); NaN before any decision.")),
    LIBERTY_NON_DOMINATION(new Declaration("liberty_non_domination", false, "share 0-1", "Non-domination",
            "1 - share of binding decisions imposed (0–1)", "0–1", true, "over all citizens' events",
            "1 minus the share of binding decisions imposed without the consent of the citizen's assembly (a plan's"
            + " or state council's override, a confederal decision their town opposed); NaN before any decision.")),
    LIBERTY_WORK(new Declaration("liberty_work", false, "share 0-1", "Control over work",
            "Share of weeks with say over one's work (0–1)", "0–1", true, "over all citizens' events",
            "Share of weeks whose terms of work were set by a body the citizen belongs to (their assembly, or"
            + " themselves as owner) without a fine or exclusion; weeks set by a plan, a state council or owners"
            + " count against. NaN in co-op regimes: co-ops do not yet vote, so no one is recorded as setting terms.")),
    LIBERTY_EXIT(new Declaration("liberty_exit", false, "share 0-1", "Exit",
            "1 - share of wishes to leave that were blocked (0–1)", "0–1", true, "over all citizens' events",
            "1 minus the share of the weeks a citizen wished to leave (dissatisfied, with a better-provided town to"
            + " go to) in which their town barred exit; NaN without migration or before any wish.")),
    LIBERTY_SECURITY(new Declaration("liberty_security", false, "share 0-1", "Security",
            "1 - share of weeks in shortfall or excluded (0–1)", "0–1", true, "over all citizens' weeks",
            "1 minus the share of weeks lived in shortfall of need or excluded from work and share.")),
    LIBERTY_Q1(new Declaration("liberty_q1", false, "index 0-1", "Liberty, poorest fifth",
            "Liberty index (0–1)", "0–1", true, "the poorest fifth of all citizens by wealth",
            "Liberty index of the poorest fifth of citizens by wealth (per municipality: of its own citizens), measured in"
            + " week 0 and every 13th week after and carried between (NaN before any event).")),
    LIBERTY_Q2(new Declaration("liberty_q2", false, "index 0-1", "Liberty, second fifth",
            "Liberty index (0–1)", "0–1", true, "the second fifth of all citizens by wealth",
            "Liberty index of the second fifth of citizens by wealth (per municipality: of its own citizens), measured in"
            + " week 0 and every 13th week after and carried between (NaN before any event).")),
    LIBERTY_Q3(new Declaration("liberty_q3", false, "index 0-1", "Liberty, middle fifth",
            "Liberty index (0–1)", "0–1", true, "the middle fifth of all citizens by wealth",
            "Liberty index of the middle fifth of citizens by wealth (per municipality: of its own citizens), measured in"
            + " week 0 and every 13th week after and carried between (NaN before any event).")),
    LIBERTY_Q4(new Declaration("liberty_q4", false, "index 0-1", "Liberty, fourth fifth",
            "Liberty index (0–1)", "0–1", true, "the fourth fifth of all citizens by wealth",
            "Liberty index of the fourth fifth of citizens by wealth (per municipality: of its own citizens), measured in"
            + " week 0 and every 13th week after and carried between (NaN before any event).")),
    LIBERTY_Q5(new Declaration("liberty_q5", false, "index 0-1", "Liberty, richest fifth",
            "Liberty index (0–1)", "0–1", true, "the richest fifth of all citizens by wealth",
            "Liberty index of the richest fifth of citizens by wealth (per municipality: of its own citizens), measured in"
            + " week 0 and every 13th week after and carried between (NaN before any event).")),
    LIBERTY_VOICE_Q1(byFifth("voice", 1)),
    LIBERTY_VOICE_Q2(byFifth("voice", 2)),
    LIBERTY_VOICE_Q3(byFifth("voice", 3)),
    LIBERTY_VOICE_Q4(byFifth("voice", 4)),
    LIBERTY_VOICE_Q5(byFifth("voice", 5)),
    LIBERTY_NON_DOMINATION_Q1(byFifth("non_domination", 1)),
    LIBERTY_NON_DOMINATION_Q2(byFifth("non_domination", 2)),
    LIBERTY_NON_DOMINATION_Q3(byFifth("non_domination", 3)),
    LIBERTY_NON_DOMINATION_Q4(byFifth("non_domination", 4)),
    LIBERTY_NON_DOMINATION_Q5(byFifth("non_domination", 5)),
    LIBERTY_WORK_Q1(byFifth("work", 1)),
    LIBERTY_WORK_Q2(byFifth("work", 2)),
    LIBERTY_WORK_Q3(byFifth("work", 3)),
    LIBERTY_WORK_Q4(byFifth("work", 4)),
    LIBERTY_WORK_Q5(byFifth("work", 5)),
    LIBERTY_EXIT_Q1(byFifth("exit", 1)),
    LIBERTY_EXIT_Q2(byFifth("exit", 2)),
    LIBERTY_EXIT_Q3(byFifth("exit", 3)),
    LIBERTY_EXIT_Q4(byFifth("exit", 4)),
    LIBERTY_EXIT_Q5(byFifth("exit", 5)),
    LIBERTY_SECURITY_Q1(byFifth("security", 1)),
    LIBERTY_SECURITY_Q2(byFifth("security", 2)),
    LIBERTY_SECURITY_Q3(byFifth("security", 3)),
    LIBERTY_SECURITY_Q4(byFifth("security", 4)),
    LIBERTY_SECURITY_Q5(byFifth("security", 5)),
    IMPOSED_SHARE(new Declaration("imposed_share", false, "share 0-1", "Imposed decisions",
            "Share of choices imposed on citizens (0–1)", "0–1", true, "population-weighted mean over towns",
            "Mean smoothed share of the decisions a citizen cared about adopted against their preference, as their"
            + " assembly and confederal votes went (whether or not the decision took effect).")),
    DEMOCRATIZED_SHARE(new Declaration("democratized_share", false, "share of municipalities", "Democratized share",
            "Share of towns with empowered assemblies (0–1)", "0–1", true, "share of towns",
            "Share of municipalities whose assembly governs (transition mode; per municipality: 1 or 0).")),
    STATE_POWER(new Declaration("state_power", false, "share of citizens", "State power",
            "State power (0 = none, 1 = full)", "0–1", true, "share of citizens",
            "Share of citizens still governed by a state council, the state's power relative to the " + "confederation's (per municipality: 1 or 0)."));

    /**
     * What is declared of a metric.
     *
     * @param column    the snake_case column name
     * @param count     whether values are whole numbers (written without decimals)
     * @param unit      the unit in words
     * @param label     a short name in plain words, for titles, legends and reports
     * @param axisLabel the value axis label of a chart, with the unit
     * @param axisUnit  the unit as a chart's panel title gives it ("per week", "0–1")
     * @param share     whether values are shares or indices in [0, 1], drawn on a fixed 0–1 axis
     * @param overall   how the overall value is made from the towns' (the per-town value is in the meaning)
     * @param meaning   one or two sentences of meaning
     */
    public record Declaration(String column, boolean count, String unit, String label, String axisLabel,
                              String axisUnit, boolean share, String overall, String meaning) {
    }

    private static final List<Metric> ALL = List.of(values());

    /**
     * The declaration of a liberty component ({@code liberty_<component>}) for the {@code q}-th fifth of citizens by
     * wealth, 1 the poorest: one for each component and fifth, made alike.
     */
    private static Declaration byFifth(String component, int q) {
        String[] fifths = {"poorest", "second", "middle", "fourth", "richest"};
        String label = switch (component) {
            case "voice" -> "Voice";
            case "non_domination" -> "Non-domination";
            case "work" -> "Control over work";
            case "exit" -> "Exit";
            default -> "Security";
        };
        String fifth = fifths[q - 1] + " fifth";
        return new Declaration("liberty_" + component + "_q" + q, false, "share 0-1", label + ", " + fifth,
                label + " (0–1)", "0–1", true, "the " + fifth + " of all citizens by wealth",
                label + " (liberty_" + component + ") of the " + fifth + " of citizens by wealth (per municipality: of"
                + " its own citizens), measured in week 0 and every 13th week after and carried between (NaN where the"
                + " fifth has no event of its kind).");
    }

    private final Declaration d;

    Metric(Declaration d) {
        this.d = d;
    }

    /** The declaration. */
    public Declaration declaration() {
        return d;
    }

    /** The snake_case column name. */
    public String column() {
        return d.column();
    }

    /** Whether values are whole numbers (written without decimals). */
    public boolean isCount() {
        return d.count();
    }

    public String unit() {
        return d.unit();
    }

    public String meaning() {
        return d.meaning();
    }

    /** A short name in plain words. */
    public String label() {
        return d.label();
    }

    /** All metrics in column order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** Column names in order. */
    public static List<String> columns() {
        return Arrays.stream(values()).map(Metric::column).toList();
    }

    /** The metric with a column name, or null. */
    public static Metric of(String column) {
        for (Metric m : ALL) {
            if (m.column().equals(column)) {
                return m;
            }
        }
        return null;
    }
}
