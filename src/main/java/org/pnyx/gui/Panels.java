package org.pnyx.gui;

import static org.pnyx.metrics.Metric.ATTENDANCE_RATE;
import static org.pnyx.metrics.Metric.COLLAPSED;
import static org.pnyx.metrics.Metric.COMMON_SHARE;
import static org.pnyx.metrics.Metric.DECISIONS;
import static org.pnyx.metrics.Metric.DISSENT_SHARE;
import static org.pnyx.metrics.Metric.FREE_RIDER_SHARE;
import static org.pnyx.metrics.Metric.GINI_CONSUMPTION;
import static org.pnyx.metrics.Metric.GINI_WEALTH;
import static org.pnyx.metrics.Metric.LIBERTY_INDEX;
import static org.pnyx.metrics.Metric.MEAN_EFFORT;
import static org.pnyx.metrics.Metric.NEED_SATISFACTION;
import static org.pnyx.metrics.Metric.POPULATION;
import static org.pnyx.metrics.Metric.QUORUM_MET_SHARE;
import static org.pnyx.metrics.Metric.SHORTFALL_SHARE;

import java.util.List;
import org.pnyx.charts.MetricStyle;
import org.pnyx.metrics.Metric;

/**
 * The studio's chart panels: which metrics each draws, named by their declarations. The page draws these and
 * nothing else; labels, units and colours come with each metric from {@link Catalog}.
 *
 * @param id           the panel's id in the page
 * @param title        its heading
 * @param metrics      the metric columns drawn together, in legend order
 * @param confederal   whether it is drawn only when the scenario has the confederal layer on
 */
record Panels(String id, String title, List<String> metrics, boolean confederal) {

    /** The overall panels, in page order. */
    static final List<Panels> OVERALL = List.of(
            new Panels("participation", "Participation", columns(ATTENDANCE_RATE, QUORUM_MET_SHARE, DISSENT_SHARE),
                    false),
            new Panels("inequality", "Inequality", columns(GINI_WEALTH, GINI_CONSUMPTION), false),
            new Panels("need", "Need met", columns(NEED_SATISFACTION, SHORTFALL_SHARE), false),
            new Panels("free-riders", "Free riders and effort", columns(FREE_RIDER_SHARE, MEAN_EFFORT), false),
            new Panels("decisions", "Decisions", columns(DECISIONS), false),
            new Panels("liberty", "Liberty", MetricStyle.LIBERTY.stream().filter(c -> !c.startsWith("liberty_q"))
                    .toList(), false),
            new Panels("confederation", "Confederation", MetricStyle.CONFEDERATION.stream()
                    .filter(c -> MetricStyle.of(c).share()).toList(), true),
            new Panels("confederation-counts", "Confederal activity", MetricStyle.CONFEDERATION.stream()
                    .filter(c -> MetricStyle.of(c).weeklyCount()).toList(), true));

    /**
     * The metrics measured per town that the page receives for every town every week: the small multiples and
     * the colours of the municipalities view.
     */
    static final List<Metric> TOWN_METRICS = List.of(ATTENDANCE_RATE, NEED_SATISFACTION, GINI_WEALTH,
            FREE_RIDER_SHARE, COMMON_SHARE, LIBERTY_INDEX, COLLAPSED, POPULATION);

    /** The headline metrics of the table of differences between branches since a fork. */
    static final List<String> HEADLINE = columns(ATTENDANCE_RATE, DISSENT_SHARE, GINI_WEALTH, NEED_SATISFACTION,
            FREE_RIDER_SHARE, DECISIONS);

    private static List<String> columns(Metric... metrics) {
        return java.util.Arrays.stream(metrics).map(Metric::column).toList();
    }
}
