package org.pnyx.metrics;

import java.util.Arrays;
import java.util.List;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalCounters;
import org.pnyx.model.Issue;
import org.pnyx.model.Ledger;
import org.pnyx.model.MeetingRecord;
import org.pnyx.model.Minutes;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;
import org.pnyx.model.Strategy;

/**
 * Measures the society after each week into reusable rows: one per municipality and one overall.
 * Meeting-derived rates (attendance, quorum, dissent) are those of each assembly's latest meeting,
 * so the series is defined every week; counts (proposals, decisions, recalls) are this week's.
 * One pass over the citizens gathers every quantity; the Ginis then come from {@link GroupedGini}.
 */
public final class MetricsCollector {

    private static final int M = Metric.values().length;

    private final Society society;
    private final ConfederalCounters confederal;
    private final double[] overall = new double[M];
    private final double[][] perTown;
    private final double[] wealth;
    private final double[] income;
    private final double[] consumption;
    private final int[] townOf;
    private final double[] townGini;
    private final double[] townMeans;
    private final GroupedGini gini = new GroupedGini();
    private int measured;
    private final double[] influence;

    /**
     * @param society    the society measured
     * @param confederal the confederal layer's week counters
     */
    public MetricsCollector(Society society, ConfederalCounters confederal) {
        this.society = society;
        this.confederal = confederal;
        int n = society.citizens().size();
        int towns = society.municipalities().size();
        this.perTown = new double[towns][M];
        this.wealth = new double[n];
        this.income = new double[n];
        this.consumption = new double[n];
        this.townOf = new int[n];
        this.townGini = new double[towns];
        this.townMeans = new double[towns];
        this.influence = new double[n];
    }

    /** Overall row of the latest {@link #measure()}, by metric ordinal. Reused. */
    public double[] overall() {
        return overall;
    }

    /** Rows per municipality of the latest {@link #measure()}. Reused. */
    public double[][] perMunicipality() {
        return perTown;
    }

    /** Measures the current state. */
    public void measure() {
        Citizens c = society.citizens();
        List<Municipality> towns = society.municipalities();
        int offset = 0;
        long population = 0;
        long attendees = 0;
        long metPopulation = 0;
        int met = 0;
        int quorate = 0;
        long proposals = 0;
        long decisions = 0;
        long recalls = 0;
        long dissentNo = 0;
        long dissentCast = 0;
        boolean anyAdopted = false;
        double commonShare = 0;
        double needLevel = 0;
        double wealthSum = 0;
        double habitSum = 0;
        double efficacySum = 0;
        double outputSum = 0;
        long metSum = 0;
        double unmetSum = 0;
        double needSum = 0;
        long freeRiders = 0;
        double effortSum = 0;
        long workersSum = 0;
        long sanctions = 0;
        double commons = 0;
        double capacity = 0;
        double commonStock = 0;
        double hoursSum = 0;
        double freeSum = 0;
        double harvestCap = 0;
        double sanctionsPolicy = 0;
        int collapsed = 0;
        double libertySum = 0;
        double imposedSum = 0;
        long statePopulation = 0;
        int democratized = 0;
        int nonEmpty = 0;
        for (Municipality m : towns) {
            int t = m.index();
            double[] row = perTown[t];
            int n = m.population();
            double townWealth = 0;
            double townHabit = 0;
            double townEfficacy = 0;
            double townImposed = 0;
            double townOutput = 0;
            int townMet = 0;
            double townUnmet = 0;
            double townNeed = 0;
            int townFreeRiders = 0;
            double townEffort = 0;
            int townWorkers = 0;
            double townFree = 0;
            for (int k = 0; k < n; k++) {
                int id = m.member(k);
                int p = offset + k;
                double w = c.wealth(id);
                double consumed = c.consumption(id);
                wealth[p] = w;
                income[p] = c.income(id);
                consumption[p] = consumed;
                influence[p] = c.influence(id);
                townOf[p] = t;
                townWealth += w;
                townHabit += c.habit(id);
                townEfficacy += c.efficacy(id);
                townImposed += c.imposed(id);
                townOutput += c.output(id);
                double need = c.need(id);
                townNeed += need;
                if (c.inShortfall(id)) {
                    townUnmet += need - consumed;
                } else {
                    townMet++;
                }
                if (c.strategy(id) == Strategy.FREE_RIDER) {
                    townFreeRiders++;
                }
                if (!c.owner(id)) {
                    townEffort += c.effort(id);
                    townWorkers++;
                }
                townFree += c.freeTime(id);
            }
            Ledger ledger = m.ledger();
            Minutes minutes = m.minutes();
            MeetingRecord last = minutes.lastMeeting();
            row[Metric.POPULATION.ordinal()] = n;
            row[Metric.ATTENDANCE_RATE.ordinal()] = last == null ? Double.NaN : last.attendanceRate();
            row[Metric.QUORUM_MET_SHARE.ordinal()] = last == null ? Double.NaN : last.quorumMet() ? 1 : 0;
            row[Metric.PROPOSALS.ordinal()] = minutes.proposalsThisWeek();
            row[Metric.DECISIONS.ordinal()] = minutes.decisionsThisWeek();
            row[Metric.DISSENT_SHARE.ordinal()] = minutes.lastDissent();
            row[Metric.RECALLS.ordinal()] = minutes.recallsThisWeek();
            row[Metric.COMMON_SHARE.ordinal()] = m.policy(Issue.COMMON_SHARE);
            row[Metric.NEED_LEVEL.ordinal()] = m.policy(Issue.NEED_LEVEL);
            row[Metric.MEAN_WEALTH.ordinal()] = n == 0 ? Double.NaN : townWealth / n;
            row[Metric.MEAN_HABIT.ordinal()] = n == 0 ? Double.NaN : townHabit / n;
            row[Metric.MEAN_EFFICACY.ordinal()] = n == 0 ? Double.NaN : townEfficacy / n;
            row[Metric.OUTPUT_PER_CAPITA.ordinal()] = n == 0 ? Double.NaN : townOutput / n;
            row[Metric.NEED_SATISFACTION.ordinal()] = n == 0 ? Double.NaN : (double) townMet / n;
            row[Metric.SHORTFALL_SHARE.ordinal()] = townNeed > 0 ? townUnmet / townNeed : n == 0 ? Double.NaN : 0;
            row[Metric.FREE_RIDER_SHARE.ordinal()] = n == 0 ? Double.NaN : (double) townFreeRiders / n;
            row[Metric.MEAN_EFFORT.ordinal()] = townWorkers == 0 ? Double.NaN : townEffort / townWorkers;
            row[Metric.SANCTIONS.ordinal()] = ledger.sanctions();
            row[Metric.COMMONS_STOCK.ordinal()] = ledger.capacity() > 0 ? ledger.commons() / ledger.capacity()
                    : Double.NaN;
            row[Metric.COMMON_STOCK.ordinal()] = n == 0 ? Double.NaN : ledger.commonStock() / n;
            row[Metric.HOURS_WORKED.ordinal()] = n == 0 ? Double.NaN : ledger.hoursWorked() / n;
            row[Metric.FREE_TIME.ordinal()] = n == 0 ? Double.NaN : townFree / n;
            row[Metric.HARVEST_CAP.ordinal()] = ledger.harvestCap();
            row[Metric.SANCTIONS_POLICY.ordinal()] = ledger.sanctionsPolicy();
            row[Metric.COLLAPSED.ordinal()] = ledger.collapsed() ? 1 : 0;

            boolean governs = m.selfGoverning();
            boolean exitOpen = m.exitAllowed() && towns.size() > 1;
            double imposed = n == 0 ? Double.NaN : Liberty.imposed(townImposed / n, governs);
            double liberty = n == 0 ? Double.NaN : Liberty.index(townEfficacy / n, townImposed / n, governs, exitOpen);
            row[Metric.DELEGATE_FIDELITY.ordinal()] = confederal.fidelity(t);
            row[Metric.DEVIATIONS.ordinal()] = confederal.deviations(t);
            row[Metric.DELEGATE_RECALLS.ordinal()] = confederal.delegateRecalls(t);
            row[Metric.CONFEDERAL_VOTES.ordinal()] = confederal.confederalVotes(t);
            row[Metric.RULE_DISAGREEMENTS.ordinal()] = confederal.ruleDisagreements(t);
            row[Metric.CONFEDERAL_SANCTIONS.ordinal()] = confederal.sanctionsAdopted(t);
            row[Metric.TRANSFERS.ordinal()] = confederal.netReceived(t);
            row[Metric.GINI_BETWEEN_MUNICIPALITIES.ordinal()] = Double.NaN;
            row[Metric.MIGRATIONS.ordinal()] = confederal.departures(t);
            row[Metric.LIBERTY_INDEX.ordinal()] = liberty;
            row[Metric.IMPOSED_SHARE.ordinal()] = imposed;
            row[Metric.DEMOCRATIZED_SHARE.ordinal()] = governs ? 1 : 0;
            row[Metric.STATE_POWER.ordinal()] = governs ? 0 : 1;

            if (n > 0) {
                libertySum += n * liberty;
                imposedSum += n * imposed;
                townMeans[nonEmpty++] = townWealth / n;
            }
            if (governs) {
                democratized++;
            } else {
                statePopulation += n;
            }
            offset += n;
            population += n;
            if (last != null) {
                met++;
                metPopulation += last.population();
                attendees += last.attendees();
                quorate += last.quorumMet() ? 1 : 0;
            }
            proposals += minutes.proposalsThisWeek();
            decisions += minutes.decisionsThisWeek();
            recalls += minutes.recallsThisWeek();
            if (!Double.isNaN(minutes.lastDissent())) {
                anyAdopted = true;
                dissentNo += minutes.lastAdoptingNo();
                dissentCast += minutes.lastAdoptingNo() + minutes.lastAdoptingYes();
            }
            commonShare += n * m.policy(Issue.COMMON_SHARE);
            needLevel += n * m.policy(Issue.NEED_LEVEL);
            wealthSum += townWealth;
            habitSum += townHabit;
            efficacySum += townEfficacy;
            outputSum += townOutput;
            metSum += townMet;
            unmetSum += townUnmet;
            needSum += townNeed;
            freeRiders += townFreeRiders;
            effortSum += townEffort;
            workersSum += townWorkers;
            sanctions += ledger.sanctions();
            commons += ledger.commons();
            capacity += ledger.capacity();
            commonStock += ledger.commonStock();
            hoursSum += ledger.hoursWorked();
            freeSum += townFree;
            harvestCap += n * ledger.harvestCap();
            sanctionsPolicy += n * ledger.sanctionsPolicy();
            collapsed += ledger.collapsed() ? 1 : 0;
        }
        measured = offset;
        int townCount = towns.size();
        overall[Metric.GINI_INCOME.ordinal()] = ginis(income, offset, townCount, Metric.GINI_INCOME);
        overall[Metric.GINI_CONSUMPTION.ordinal()] = ginis(consumption, offset, townCount, Metric.GINI_CONSUMPTION);
        ginis(influence, offset, townCount, Metric.INFLUENCE_CONCENTRATION);
        // Influence is standing within one's own assembly: overall it is the towns' population-weighted mean.
        double influenceSum = 0;
        for (Municipality m : towns) {
            double g = perTown[m.index()][Metric.INFLUENCE_CONCENTRATION.ordinal()];
            influenceSum += m.population() == 0 ? 0 : m.population() * g;
        }
        // Wealth last: its ordering is the one finalState() reads.
        overall[Metric.GINI_WEALTH.ordinal()] = ginis(wealth, offset, townCount, Metric.GINI_WEALTH);

        overall[Metric.POPULATION.ordinal()] = population;
        overall[Metric.ATTENDANCE_RATE.ordinal()] = met == 0 ? Double.NaN : (double) attendees / metPopulation;
        overall[Metric.QUORUM_MET_SHARE.ordinal()] = met == 0 ? Double.NaN : (double) quorate / met;
        overall[Metric.PROPOSALS.ordinal()] = proposals;
        overall[Metric.DECISIONS.ordinal()] = decisions;
        overall[Metric.DISSENT_SHARE.ordinal()] = !anyAdopted ? Double.NaN
                : dissentCast == 0 ? 0 : (double) dissentNo / dissentCast;
        overall[Metric.RECALLS.ordinal()] = recalls;
        overall[Metric.INFLUENCE_CONCENTRATION.ordinal()] = population == 0 ? Double.NaN : influenceSum / population;
        overall[Metric.COMMON_SHARE.ordinal()] = population == 0 ? Double.NaN : commonShare / population;
        overall[Metric.NEED_LEVEL.ordinal()] = population == 0 ? Double.NaN : needLevel / population;
        overall[Metric.MEAN_WEALTH.ordinal()] = population == 0 ? Double.NaN : wealthSum / population;
        overall[Metric.MEAN_HABIT.ordinal()] = population == 0 ? Double.NaN : habitSum / population;
        overall[Metric.MEAN_EFFICACY.ordinal()] = population == 0 ? Double.NaN : efficacySum / population;
        overall[Metric.OUTPUT_PER_CAPITA.ordinal()] = population == 0 ? Double.NaN : outputSum / population;
        overall[Metric.NEED_SATISFACTION.ordinal()] = population == 0 ? Double.NaN : (double) metSum / population;
        overall[Metric.SHORTFALL_SHARE.ordinal()] = needSum > 0 ? unmetSum / needSum : population == 0 ? Double.NaN : 0;
        overall[Metric.FREE_RIDER_SHARE.ordinal()] = population == 0 ? Double.NaN : (double) freeRiders / population;
        overall[Metric.MEAN_EFFORT.ordinal()] = workersSum == 0 ? Double.NaN : effortSum / workersSum;
        overall[Metric.SANCTIONS.ordinal()] = sanctions;
        overall[Metric.COMMONS_STOCK.ordinal()] = capacity > 0 ? commons / capacity : Double.NaN;
        overall[Metric.COMMON_STOCK.ordinal()] = population == 0 ? Double.NaN : commonStock / population;
        overall[Metric.HOURS_WORKED.ordinal()] = population == 0 ? Double.NaN : hoursSum / population;
        overall[Metric.FREE_TIME.ordinal()] = population == 0 ? Double.NaN : freeSum / population;
        overall[Metric.HARVEST_CAP.ordinal()] = population == 0 ? Double.NaN : harvestCap / population;
        overall[Metric.SANCTIONS_POLICY.ordinal()] = population == 0 ? Double.NaN : sanctionsPolicy / population;
        overall[Metric.COLLAPSED.ordinal()] = towns.isEmpty() ? Double.NaN : (double) collapsed / towns.size();

        Arrays.sort(townMeans, 0, nonEmpty);
        overall[Metric.DELEGATE_FIDELITY.ordinal()] = confederal.fidelity();
        overall[Metric.DEVIATIONS.ordinal()] = sum(Metric.DEVIATIONS);
        overall[Metric.DELEGATE_RECALLS.ordinal()] = sum(Metric.DELEGATE_RECALLS);
        overall[Metric.CONFEDERAL_VOTES.ordinal()] = confederal.votesThisWeek();
        overall[Metric.RULE_DISAGREEMENTS.ordinal()] = confederal.disagreementsThisWeek();
        overall[Metric.CONFEDERAL_SANCTIONS.ordinal()] = confederal.sanctionsThisWeek();
        overall[Metric.TRANSFERS.ordinal()] = confederal.transfersThisWeek();
        overall[Metric.GINI_BETWEEN_MUNICIPALITIES.ordinal()] = Inequality.giniSorted(townMeans, 0, nonEmpty);
        overall[Metric.MIGRATIONS.ordinal()] = confederal.migrationsThisWeek();
        overall[Metric.LIBERTY_INDEX.ordinal()] = population == 0 ? Double.NaN : libertySum / population;
        overall[Metric.IMPOSED_SHARE.ordinal()] = population == 0 ? Double.NaN : imposedSum / population;
        overall[Metric.DEMOCRATIZED_SHARE.ordinal()] = towns.isEmpty() ? Double.NaN
                : (double) democratized / towns.size();
        overall[Metric.STATE_POWER.ordinal()] = population == 0 ? Double.NaN : (double) statePopulation / population;
    }

    /** Overall Gini of a quantity; fills each town's row as a side effect. */
    private double ginis(double[] values, int n, int towns, Metric metric) {
        double all = gini.compute(values, townOf, n, towns, townGini);
        for (int t = 0; t < towns; t++) {
            perTown[t][metric.ordinal()] = townGini[t];
        }
        return all;
    }

    private double sum(Metric metric) {
        double total = 0;
        for (double[] row : perTown) {
            total += row[metric.ordinal()];
        }
        return total;
    }

    /** The final state: Lorenz points of wealth at the latest measurement, at most 1001 of them. */
    public FinalState finalState() {
        int n = measured;
        double[] sorted = new double[n];
        gini.sorted(sorted);
        int points = Math.min(n, 1000);
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += sorted[k];
        }
        double[][] curve = new double[points + 1][2];
        double cumulative = 0;
        int k = 0;
        for (int g = 1; g <= points; g++) {
            int upTo = (int) ((long) g * n / points);
            while (k < upTo) {
                cumulative += sorted[k++];
            }
            curve[g][0] = (double) upTo / n;
            curve[g][1] = total > 0 ? cumulative / total : (double) upTo / n;
        }
        return new FinalState(curve);
    }
}
