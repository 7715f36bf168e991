package org.pnyx.metrics;

import java.util.Arrays;
import java.util.List;
import org.pnyx.config.LibertyConfig;
import org.pnyx.metrics.MeasureSums.Totals;
import org.pnyx.metrics.MeasureSums.TownSums;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalCounters;
import org.pnyx.model.Issue;
import org.pnyx.model.Ledger;
import org.pnyx.model.MeetingRecord;
import org.pnyx.model.Minutes;
import org.pnyx.model.Municipality;
import org.pnyx.model.Quintiles;
import org.pnyx.model.Society;
import org.pnyx.model.Strategy;

/**
 * Measures the society after each week into reusable rows: one per municipality and one overall.
 * Meeting-derived rates (attendance, quorum, dissent) are those of each assembly's latest meeting,
 * so the series is defined every week; counts (proposals, decisions, recalls) are this week's.
 * One pass over the citizens gathers every quantity; the Ginis then come from {@link GroupedGini}.
 * The class is over 300 lines because it writes each of the forty-odd metric columns twice, per town
 * and overall, in one place and in the declared order; the per-citizen pass is one loop for speed.
 */
public final class MetricsCollector {

    private static final int M = Metric.values().length;

    private static final Metric[] WEALTH_Q = {Metric.ATTENDANCE_WEALTH_Q1, Metric.ATTENDANCE_WEALTH_Q2,
        Metric.ATTENDANCE_WEALTH_Q3, Metric.ATTENDANCE_WEALTH_Q4, Metric.ATTENDANCE_WEALTH_Q5};
    private static final Metric[] FREE_TIME_Q = {Metric.ATTENDANCE_FREE_TIME_Q1, Metric.ATTENDANCE_FREE_TIME_Q2,
        Metric.ATTENDANCE_FREE_TIME_Q3, Metric.ATTENDANCE_FREE_TIME_Q4, Metric.ATTENDANCE_FREE_TIME_Q5};

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
    private final LibertyConfig libertyWeights;
    private long weeks;
    private final Liberty.Sums libertyTotal = new Liberty.Sums();
    private final double[] components = new double[Liberty.Component.values().length];
    private final int[] townOffset;
    private final int[] townRank;
    private final int[] townSize;
    /** Each position's overall and town wealth fifth ({@code 5 * overall + town}), at a quintile measurement. */
    private byte[] fifthOf = new byte[0];
    private final Liberty.Sums[] quintileSums = newSums(QUINTILES);
    private final Liberty.Sums[][] townQuintileSums;
    private final double[] quintileIndex = new double[QUINTILES];
    private final double[][] townQuintileIndex;
    /** Each fifth's liberty components, overall and within each town, in {@link Liberty.Component} order. */
    private final double[][] quintileComponents = new double[QUINTILES][COMPONENTS];
    private final double[][][] townQuintileComponents;

    private static final int QUINTILES = 5;
    private static final int COMPONENTS = Liberty.Component.values().length;
    /** Weeks between two measurements of liberty by wealth quintile (the first in week 0); carried between. */
    static final int QUINTILE_INTERVAL = 13;

    /**
     * @param society    the society measured
     * @param confederal the confederal layer's week counters
     */
    public MetricsCollector(Society society, ConfederalCounters confederal) {
        this(society, confederal, LibertyConfig.equal());
    }

    /**
     * @param society        the society measured
     * @param confederal     the confederal layer's week counters
     * @param libertyWeights the weights of the liberty index's components
     */
    public MetricsCollector(Society society, ConfederalCounters confederal, LibertyConfig libertyWeights) {
        this.society = society;
        this.libertyWeights = libertyWeights;
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
        this.townOffset = new int[towns];
        this.townRank = new int[towns];
        this.townSize = new int[towns];
        this.townQuintileSums = new Liberty.Sums[towns][];
        this.townQuintileIndex = new double[towns][QUINTILES];
        this.townQuintileComponents = new double[towns][QUINTILES][COMPONENTS];
        for (int t = 0; t < towns; t++) {
            townQuintileSums[t] = newSums(QUINTILES);
            Arrays.fill(townQuintileIndex[t], Double.NaN);
            for (double[] fifth : townQuintileComponents[t]) {
                Arrays.fill(fifth, Double.NaN);
            }
        }
        Arrays.fill(quintileIndex, Double.NaN);
        for (double[] fifth : quintileComponents) {
            Arrays.fill(fifth, Double.NaN);
        }
    }

    private static Liberty.Sums[] newSums(int count) {
        Liberty.Sums[] sums = new Liberty.Sums[count];
        for (int k = 0; k < count; k++) {
            sums[k] = new Liberty.Sums();
        }
        return sums;
    }

    /** Overall row of the latest {@link #measure()}, by metric ordinal. Reused. */
    public double[] overall() {
        return overall;
    }

    /** Rows per municipality of the latest {@link #measure()}. Reused. */
    public double[][] perMunicipality() {
        return perTown;
    }

    private TownSums town = new TownSums();

    /**
     * Measures the current state after the week: each town's row, then the overall row (counts summed,
     * means over all citizens, policies weighted by population, Ginis over all citizens), as each metric's
     * declaration ({@link Metric}) says.
     */
    public void measure() {
        Totals t = new Totals();
        weeks++;
        libertyTotal.clear();
        List<Municipality> towns = society.municipalities();
        for (Municipality m : towns) {
            townOffset[m.index()] = t.offset;
            gather(m, t.offset);
            measureTown(m, perTown[m.index()]);
            addToTotals(m, t);
        }
        measured = t.offset;
        measureOverall(towns, t);
    }

    /** One pass over the town's citizens: their sums, and their values for the Ginis at {@code offset + k}. */
    private void gather(Municipality m, int offset) {
        Citizens c = society.citizens();
        TownSums s = new TownSums();
        town = s;
        int t = m.index();
        int n = m.population();
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
            s.wealth += w;
            s.habit += c.habit(id);
            s.efficacy += c.efficacy(id);
            s.imposed += c.imposed(id);
            s.output += c.output(id);
            double need = c.need(id);
            s.need += need;
            if (c.inShortfall(id)) {
                s.unmet += need - consumed;
            } else {
                s.met++;
            }
            switch (c.strategy(id)) {
                case FREE_RIDER -> s.freeRiders++;
                case CONDITIONAL -> s.conditional++;
                case HUMP -> s.hump++;
                case COOPERATOR -> s.cooperators++;
            }
            s.solidarity += c.solidarity(id);
            s.reason += c.reason(id);
            if (!c.owner(id)) {
                s.effort += c.effort(id);
                s.trust += c.trust(id);
                s.workers++;
            }
            s.free += c.freeTime(id);
            s.liberty.add(c, id);
        }
    }

    /** The town's row from its sums, its latest meeting, its ledger and the confederal counters. */
    private void measureTown(Municipality m, double[] row) {
        TownSums s = town;
        int t = m.index();
        int n = m.population();
        Ledger ledger = m.ledger();
        Minutes minutes = m.minutes();
        MeetingRecord last = minutes.lastMeeting();
        row[Metric.POPULATION.ordinal()] = n;
        row[Metric.ATTENDANCE_RATE.ordinal()] = last == null ? Double.NaN : last.attendanceRate();
        for (int q = 0; q < Quintiles.COUNT; q++) {
            row[WEALTH_Q[q].ordinal()] = last == null ? Double.NaN : minutes.byWealth().rate(q);
            row[FREE_TIME_Q[q].ordinal()] = last == null ? Double.NaN : minutes.byFreeTime().rate(q);
        }
        row[Metric.QUORUM_MET_SHARE.ordinal()] = last == null ? Double.NaN : last.quorumMet() ? 1 : 0;
        row[Metric.PROPOSALS.ordinal()] = minutes.proposalsThisWeek();
        row[Metric.DECISIONS.ordinal()] = minutes.decisionsThisWeek();
        row[Metric.DISSENT_SHARE.ordinal()] = minutes.lastDissent();
        row[Metric.RECALLS.ordinal()] = minutes.recallsThisWeek();
        row[Metric.RECALLS_MOVED.ordinal()] = minutes.recallsMovedThisWeek();
        row[Metric.RECONSIDERATIONS.ordinal()] = minutes.reconsiderationsThisWeek();
        row[Metric.RECONSIDERATIONS_CARRIED.ordinal()] = minutes.reconsiderationsCarriedThisWeek();
        row[Metric.OFFICE_TENURE_CONCENTRATION.ordinal()] = m.offices().tenureConcentration();
        row[Metric.DECISIONS_BY_RICH.ordinal()] = minutes.adoptedTotal() == 0 ? Double.NaN
                : (double) minutes.adoptedFromRich() / minutes.adoptedTotal();
        for (int q = 0; q < 5; q++) {
            row[Metric.DECISIONS_WEALTH_Q1.ordinal() + q] = minutes.adoptedTotal() == 0 ? Double.NaN
                    : (double) minutes.adoptedByQuintile(q) / minutes.adoptedTotal();
        }
        row[Metric.TECHNICAL_ACCURACY.ordinal()] = minutes.technicalQuestions() == 0 ? Double.NaN
                : (double) minutes.technicalRight() / minutes.technicalQuestions();
        row[Metric.AMENDMENTS.ordinal()] = minutes.amendmentsAdoptedThisWeek();
        row[Metric.COMMON_SHARE.ordinal()] = m.policy(Issue.COMMON_SHARE);
        row[Metric.NEED_LEVEL.ordinal()] = m.policy(Issue.NEED_LEVEL);
        row[Metric.MEAN_WEALTH.ordinal()] = n == 0 ? Double.NaN : s.wealth / n;
        row[Metric.MEAN_HABIT.ordinal()] = n == 0 ? Double.NaN : s.habit / n;
        row[Metric.MEAN_EFFICACY.ordinal()] = n == 0 ? Double.NaN : s.efficacy / n;
        row[Metric.OUTPUT_PER_CAPITA.ordinal()] = n == 0 ? Double.NaN : s.output / n;
        row[Metric.NEED_SATISFACTION.ordinal()] = n == 0 ? Double.NaN : (double) s.met / n;
        row[Metric.SHORTFALL_SHARE.ordinal()] = s.need > 0 ? s.unmet / s.need : n == 0 ? Double.NaN : 0;
        row[Metric.FREE_RIDER_SHARE.ordinal()] = n == 0 ? Double.NaN : (double) s.freeRiders / n;
        row[Metric.CONDITIONAL_SHARE.ordinal()] = n == 0 ? Double.NaN : (double) s.conditional / n;
        row[Metric.HUMP_SHARE.ordinal()] = n == 0 ? Double.NaN : (double) s.hump / n;
        row[Metric.COOPERATOR_SHARE.ordinal()] = n == 0 ? Double.NaN : (double) s.cooperators / n;
        row[Metric.MEAN_SOLIDARITY.ordinal()] = n == 0 ? Double.NaN : s.solidarity / n;
        row[Metric.MEAN_REASON.ordinal()] = n == 0 ? Double.NaN : s.reason / n;
        row[Metric.MEAN_TRUST.ordinal()] = s.workers == 0 ? Double.NaN : s.trust / s.workers;
        row[Metric.MEAN_EFFORT.ordinal()] = s.workers == 0 ? Double.NaN : s.effort / s.workers;
        row[Metric.SANCTIONS.ordinal()] = ledger.sanctions();
        row[Metric.COMMONS_STOCK.ordinal()] = ledger.capacity() > 0 ? ledger.commons() / ledger.capacity()
                : Double.NaN;
        row[Metric.COMMON_STOCK.ordinal()] = n == 0 ? Double.NaN : ledger.commonStock() / n;
        row[Metric.HOURS_WORKED.ordinal()] = n == 0 ? Double.NaN : ledger.hoursWorked() / n;
        row[Metric.FREE_TIME.ordinal()] = n == 0 ? Double.NaN : s.free / n;
        row[Metric.HARVEST_CAP.ordinal()] = ledger.harvestCap();
        row[Metric.SANCTIONS_POLICY.ordinal()] = ledger.sanctionsPolicy();
        row[Metric.COLLAPSED.ordinal()] = ledger.collapsed() ? 1 : 0;

        boolean governs = m.selfGoverning();
        row[Metric.DELEGATE_FIDELITY.ordinal()] = confederal.fidelity(t);
        row[Metric.DEVIATIONS.ordinal()] = confederal.deviations(t);
        row[Metric.DELEGATE_RECALLS.ordinal()] = confederal.delegateRecalls(t);
        row[Metric.CONFEDERAL_VOTES.ordinal()] = confederal.confederalVotes(t);
        row[Metric.RULE_DISAGREEMENTS.ordinal()] = confederal.ruleDisagreements(t);
        row[Metric.REFERENDUM_PARADOXES.ordinal()] = confederal.paradoxes(t);
        row[Metric.CONFEDERAL_TURNOUT.ordinal()] = confederal.confederalTurnout(t);
        row[Metric.CONFEDERAL_SANCTIONS.ordinal()] = confederal.sanctionsAdopted(t);
        row[Metric.TRANSFERS.ordinal()] = confederal.netReceived(t);
        row[Metric.GINI_BETWEEN_MUNICIPALITIES.ordinal()] = Double.NaN;
        row[Metric.MIGRATIONS.ordinal()] = confederal.departures(t);
        liberty(s.liberty, row);
        row[Metric.IMPOSED_SHARE.ordinal()] = n == 0 ? Double.NaN : s.imposed / n;
        row[Metric.DEMOCRATIZED_SHARE.ordinal()] = governs ? 1 : 0;
        row[Metric.STATE_POWER.ordinal()] = governs ? 0 : 1;
    }

    /** Adds the town, just measured, to the overall sums. */
    private void addToTotals(Municipality m, Totals t) {
        TownSums s = town;
        double[] row = perTown[m.index()];
        int n = m.population();
        Ledger ledger = m.ledger();
        Minutes minutes = m.minutes();
        MeetingRecord last = minutes.lastMeeting();
        libertyTotal.add(s.liberty);
        if (n > 0) {
            t.imposedSum += s.imposed;
            townMeans[t.nonEmpty++] = s.wealth / n;
        }
        if (m.selfGoverning()) {
            t.democratized++;
        } else {
            t.statePopulation += n;
        }
        t.offset += n;
        t.population += n;
        if (last != null) {
            t.met++;
            t.metPopulation += last.population();
            t.attendees += last.attendees();
            t.quorate += last.quorumMet() ? 1 : 0;
            for (int q = 0; q < Quintiles.COUNT; q++) {
                t.wealthMembers[q] += minutes.byWealth().members(q);
                t.wealthAttendees[q] += minutes.byWealth().attendees(q);
                t.freeMembers[q] += minutes.byFreeTime().members(q);
                t.freeAttendees[q] += minutes.byFreeTime().attendees(q);
            }
        }
        t.proposals += minutes.proposalsThisWeek();
        t.decisions += minutes.decisionsThisWeek();
        t.recalls += minutes.recallsThisWeek();
        t.recallsMoved += minutes.recallsMovedThisWeek();
        t.reconsiderations += minutes.reconsiderationsThisWeek();
        t.reconsiderationsCarried += minutes.reconsiderationsCarriedThisWeek();
        t.adoptedTotal += minutes.adoptedTotal();
        t.adoptedFromRich += minutes.adoptedFromRich();
        for (int q = 0; q < 5; q++) {
            t.adoptedByQuintile[q] += minutes.adoptedByQuintile(q);
        }
        t.technical += minutes.technicalQuestions();
        t.technicalRight += minutes.technicalRight();
        double tenure = m.offices().tenureConcentration();
        if (!Double.isNaN(tenure) && n > 0) {
            t.tenureSum += n * tenure;
            t.tenurePopulation += n;
        }
        t.amendments += minutes.amendmentsAdoptedThisWeek();
        if (!Double.isNaN(minutes.lastDissent())) {
            t.anyAdopted = true;
            t.dissentNo += minutes.lastAdoptingNo();
            t.dissentCast += minutes.lastAdoptingNo() + minutes.lastAdoptingYes();
        }
        t.commonShare += n * m.policy(Issue.COMMON_SHARE);
        t.needLevel += n * m.policy(Issue.NEED_LEVEL);
        t.wealthSum += s.wealth;
        t.habitSum += s.habit;
        t.efficacySum += s.efficacy;
        t.outputSum += s.output;
        t.metSum += s.met;
        t.unmetSum += s.unmet;
        t.needSum += s.need;
        t.freeRiders += s.freeRiders;
        t.conditional += s.conditional;
        t.hump += s.hump;
        t.cooperators += s.cooperators;
        t.solidaritySum += s.solidarity;
        t.reasonSum += s.reason;
        t.trustSum += s.trust;
        t.effortSum += s.effort;
        t.workersSum += s.workers;
        t.sanctions += ledger.sanctions();
        t.commons += ledger.commons();
        t.capacity += ledger.capacity();
        t.commonStock += ledger.commonStock();
        t.hoursSum += ledger.hoursWorked();
        t.freeSum += s.free;
        t.harvestCap += n * ledger.harvestCap();
        t.sanctionsPolicy += n * ledger.sanctionsPolicy();
        t.collapsed += ledger.collapsed() ? 1 : 0;
    }

    /** The overall row from the totals, and the Ginis (which also fill each town's Gini columns). */
    private void measureOverall(List<Municipality> towns, Totals t) {
        int offset = t.offset;
        int townCount = towns.size();
        long population = t.population;
        overall[Metric.GINI_INCOME.ordinal()] = ginis(income, offset, townCount, Metric.GINI_INCOME);
        overall[Metric.GINI_CONSUMPTION.ordinal()] = ginis(consumption, offset, townCount, Metric.GINI_CONSUMPTION);
        ginis(influence, offset, townCount, Metric.INFLUENCE_CONCENTRATION);
        // Influence is standing within one's own assembly: overall it is the towns' population-weighted mean.
        double influenceSum = 0;
        for (Municipality m : towns) {
            double g = perTown[m.index()][Metric.INFLUENCE_CONCENTRATION.ordinal()];
            influenceSum += m.population() == 0 ? 0 : m.population() * g;
        }
        // Wealth last: its ordering is the one finalState() reads, and the quintiles' when they are measured.
        boolean quintiles = (weeks - 1) % QUINTILE_INTERVAL == 0;
        double all = quintiles ? gini.computeKeepingPositions(wealth, townOf, offset, townCount, townGini)
                : gini.compute(wealth, townOf, offset, townCount, townGini);
        for (int town = 0; town < townCount; town++) {
            perTown[town][Metric.GINI_WEALTH.ordinal()] = townGini[town];
        }
        overall[Metric.GINI_WEALTH.ordinal()] = all;
        if (quintiles) {
            measureQuintiles(towns, offset);
        }
        liberty(libertyTotal, overall);
        for (int q = 0; q < QUINTILES; q++) {
            overall[Metric.LIBERTY_Q1.ordinal() + q] = quintileIndex[q];
            for (int k = 0; k < COMPONENTS; k++) {
                overall[Metric.LIBERTY_VOICE_Q1.ordinal() + k * QUINTILES + q] = quintileComponents[q][k];
            }
            for (int town = 0; town < townCount; town++) {
                perTown[town][Metric.LIBERTY_Q1.ordinal() + q] = townQuintileIndex[town][q];
                for (int k = 0; k < COMPONENTS; k++) {
                    perTown[town][Metric.LIBERTY_VOICE_Q1.ordinal() + k * QUINTILES + q] = townQuintileComponents[town][q][k];
                }
            }
        }
        overall[Metric.INFLUENCE_CONCENTRATION.ordinal()] = population == 0 ? Double.NaN : influenceSum / population;
        measureMeans(t, towns.isEmpty() ? 0 : townCount);
        Arrays.sort(townMeans, 0, t.nonEmpty);
        overall[Metric.DELEGATE_FIDELITY.ordinal()] = confederal.fidelity();
        overall[Metric.DEVIATIONS.ordinal()] = sum(Metric.DEVIATIONS);
        overall[Metric.DELEGATE_RECALLS.ordinal()] = sum(Metric.DELEGATE_RECALLS);
        overall[Metric.CONFEDERAL_VOTES.ordinal()] = confederal.votesThisWeek();
        overall[Metric.RULE_DISAGREEMENTS.ordinal()] = confederal.disagreementsThisWeek();
        overall[Metric.REFERENDUM_PARADOXES.ordinal()] = confederal.paradoxesThisWeek();
        overall[Metric.CONFEDERAL_TURNOUT.ordinal()] = confederal.confederalTurnout();
        overall[Metric.CONFEDERAL_SANCTIONS.ordinal()] = confederal.sanctionsThisWeek();
        overall[Metric.TRANSFERS.ordinal()] = confederal.transfersThisWeek();
        overall[Metric.GINI_BETWEEN_MUNICIPALITIES.ordinal()] = Inequality.giniSorted(townMeans, 0, t.nonEmpty);
        overall[Metric.MIGRATIONS.ordinal()] = confederal.migrationsThisWeek();
    }

    /** The overall counts, means over citizens and population-weighted policies. */
    private void measureMeans(Totals t, int townCount) {
        long population = t.population;
        double none = Double.NaN;
        overall[Metric.POPULATION.ordinal()] = population;
        overall[Metric.ATTENDANCE_RATE.ordinal()] = t.met == 0 ? none : (double) t.attendees / t.metPopulation;
        for (int q = 0; q < Quintiles.COUNT; q++) {
            overall[WEALTH_Q[q].ordinal()] = t.wealthMembers[q] == 0 ? none
                    : (double) t.wealthAttendees[q] / t.wealthMembers[q];
            overall[FREE_TIME_Q[q].ordinal()] = t.freeMembers[q] == 0 ? none
                    : (double) t.freeAttendees[q] / t.freeMembers[q];
        }
        overall[Metric.QUORUM_MET_SHARE.ordinal()] = t.met == 0 ? none : (double) t.quorate / t.met;
        overall[Metric.PROPOSALS.ordinal()] = t.proposals;
        overall[Metric.DECISIONS.ordinal()] = t.decisions;
        overall[Metric.DISSENT_SHARE.ordinal()] = !t.anyAdopted ? none
                : t.dissentCast == 0 ? 0 : (double) t.dissentNo / t.dissentCast;
        overall[Metric.RECALLS.ordinal()] = t.recalls;
        overall[Metric.RECALLS_MOVED.ordinal()] = t.recallsMoved;
        overall[Metric.RECONSIDERATIONS.ordinal()] = t.reconsiderations;
        overall[Metric.RECONSIDERATIONS_CARRIED.ordinal()] = t.reconsiderationsCarried;
        overall[Metric.OFFICE_TENURE_CONCENTRATION.ordinal()] = t.tenurePopulation == 0 ? none
                : t.tenureSum / t.tenurePopulation;
        overall[Metric.DECISIONS_BY_RICH.ordinal()] = t.adoptedTotal == 0 ? none
                : (double) t.adoptedFromRich / t.adoptedTotal;
        for (int q = 0; q < 5; q++) {
            overall[Metric.DECISIONS_WEALTH_Q1.ordinal() + q] = t.adoptedTotal == 0 ? none
                    : (double) t.adoptedByQuintile[q] / t.adoptedTotal;
        }
        overall[Metric.TECHNICAL_ACCURACY.ordinal()] = t.technical == 0 ? none : (double) t.technicalRight / t.technical;
        overall[Metric.AMENDMENTS.ordinal()] = t.amendments;
        overall[Metric.COMMON_SHARE.ordinal()] = population == 0 ? none : t.commonShare / population;
        overall[Metric.NEED_LEVEL.ordinal()] = population == 0 ? none : t.needLevel / population;
        overall[Metric.MEAN_WEALTH.ordinal()] = population == 0 ? none : t.wealthSum / population;
        overall[Metric.MEAN_HABIT.ordinal()] = population == 0 ? none : t.habitSum / population;
        overall[Metric.MEAN_EFFICACY.ordinal()] = population == 0 ? none : t.efficacySum / population;
        overall[Metric.OUTPUT_PER_CAPITA.ordinal()] = population == 0 ? none : t.outputSum / population;
        overall[Metric.NEED_SATISFACTION.ordinal()] = population == 0 ? none : (double) t.metSum / population;
        overall[Metric.SHORTFALL_SHARE.ordinal()] = t.needSum > 0 ? t.unmetSum / t.needSum : population == 0 ? none : 0;
        overall[Metric.FREE_RIDER_SHARE.ordinal()] = population == 0 ? none : (double) t.freeRiders / population;
        overall[Metric.CONDITIONAL_SHARE.ordinal()] = population == 0 ? none : (double) t.conditional / population;
        overall[Metric.HUMP_SHARE.ordinal()] = population == 0 ? none : (double) t.hump / population;
        overall[Metric.COOPERATOR_SHARE.ordinal()] = population == 0 ? none : (double) t.cooperators / population;
        overall[Metric.MEAN_SOLIDARITY.ordinal()] = population == 0 ? none : t.solidaritySum / population;
        overall[Metric.MEAN_REASON.ordinal()] = population == 0 ? none : t.reasonSum / population;
        overall[Metric.MEAN_TRUST.ordinal()] = t.workersSum == 0 ? none : t.trustSum / t.workersSum;
        overall[Metric.MEAN_EFFORT.ordinal()] = t.workersSum == 0 ? none : t.effortSum / t.workersSum;
        overall[Metric.SANCTIONS.ordinal()] = t.sanctions;
        overall[Metric.COMMONS_STOCK.ordinal()] = t.capacity > 0 ? t.commons / t.capacity : none;
        overall[Metric.COMMON_STOCK.ordinal()] = population == 0 ? none : t.commonStock / population;
        overall[Metric.HOURS_WORKED.ordinal()] = population == 0 ? none : t.hoursSum / population;
        overall[Metric.FREE_TIME.ordinal()] = population == 0 ? none : t.freeSum / population;
        overall[Metric.HARVEST_CAP.ordinal()] = population == 0 ? none : t.harvestCap / population;
        overall[Metric.SANCTIONS_POLICY.ordinal()] = population == 0 ? none : t.sanctionsPolicy / population;
        overall[Metric.COLLAPSED.ordinal()] = townCount == 0 ? none : (double) t.collapsed / townCount;
        overall[Metric.IMPOSED_SHARE.ordinal()] = population == 0 ? none : t.imposedSum / population;
        overall[Metric.DEMOCRATIZED_SHARE.ordinal()] = townCount == 0 ? none : (double) t.democratized / townCount;
        overall[Metric.STATE_POWER.ordinal()] = population == 0 ? none : (double) t.statePopulation / population;
    }

    /** The five liberty components of a group's summed events, and the index, into a row. */
    private void liberty(Liberty.Sums sums, double[] row) {
        sums.components(weeks, components);
        for (int k = 0; k < components.length; k++) {
            row[Metric.LIBERTY_VOICE.ordinal() + k] = components[k];
        }
        row[Metric.LIBERTY_INDEX.ordinal()] = Liberty.index(components, libertyWeights);
    }

    /**
     * Liberty by wealth quintile, overall and within each town, from the wealth order the Gini has just made
     * (no sort of its own): the citizen at overall rank {@code r} of {@code n} is in fifth {@code floor(5 r / n)},
     * and likewise by rank within their town. Each fifth's index comes from its members' summed events.
     */
    private void measureQuintiles(List<Municipality> towns, int n) {
        Citizens c = society.citizens();
        for (Liberty.Sums q : quintileSums) {
            q.clear();
        }
        for (Municipality m : towns) {
            townRank[m.index()] = 0;
            for (Liberty.Sums q : townQuintileSums[m.index()]) {
                q.clear();
            }
        }
        if (fifthOf.length < n) {
            fifthOf = new byte[n];
        }
        for (Municipality m : towns) {
            townSize[m.index()] = m.population();
        }
        // The fifths by rank, written at each citizen's position; then the events summed in position order, so
        // that the counters are read in sequence rather than at random (the sums are of integers: same figures).
        for (int r = 0; r < n; r++) {
            int p = gini.position(r);
            int town = townOf[p];
            int overallFifth = (int) ((long) r * QUINTILES / n);
            int townFifth = (int) ((long) townRank[town]++ * QUINTILES / townSize[town]);
            fifthOf[p] = (byte) (overallFifth * QUINTILES + townFifth);
        }
        for (Municipality m : towns) {
            int town = m.index();
            int offset = townOffset[town];
            Liberty.Sums[] own = townQuintileSums[town];
            for (int k = 0, size = townSize[town]; k < size; k++) {
                int id = m.member(k);
                int f = fifthOf[offset + k];
                quintileSums[f / QUINTILES].add(c, id);
                own[f % QUINTILES].add(c, id);
            }
        }
        for (int q = 0; q < QUINTILES; q++) {
            quintileIndex[q] = indexOf(quintileSums[q]);
            componentsOf(quintileSums[q], quintileComponents[q]);
            for (Municipality m : towns) {
                townQuintileIndex[m.index()][q] = indexOf(townQuintileSums[m.index()][q]);
                componentsOf(townQuintileSums[m.index()][q], townQuintileComponents[m.index()][q]);
            }
        }
    }

    private double indexOf(Liberty.Sums sums) {
        if (sums.citizens == 0) {
            return Double.NaN;
        }
        sums.components(weeks, components);
        return Liberty.index(components, libertyWeights);
    }

    /** A group's components, into {@code out} in {@link Liberty.Component} order (NaN for an empty group). */
    private void componentsOf(Liberty.Sums sums, double[] out) {
        if (sums.citizens == 0) {
            Arrays.fill(out, Double.NaN);
        } else {
            sums.components(weeks, out);
        }
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
