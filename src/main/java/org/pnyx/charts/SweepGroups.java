package org.pnyx.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sweep's runs are grouped into the lines of replicated time series and the groups of outcome charts: by the
 * parameter asked for ({@code --by}); else, with one varied parameter, one group per design point; else by the
 * parameter with the largest effect on the metric (the widest range of its levels' means, pooling the other
 * parameters), so the parameter that mattered is not averaged away.
 */
final class SweepGroups {

    /** A group: its legend label and its design points. */
    record Group(String label, List<SweepData.Point> points) {
    }

    /**
     * The groups and a note for the subtitle.
     *
     * @param groups in the order of the parameter's levels
     * @param note e.g. {@code one line per Monitoring (largest effect), pooling Quorum}; empty when nothing is pooled
     */
    record Grouping(List<Group> groups, String note) {
    }

    private SweepGroups() {
    }

    /**
     * Checks {@code --by}: it must be one of the sweep's varied parameters.
     *
     * @throws IllegalArgumentException naming the value and the parameters allowed
     */
    static void checkBy(SweepData data, String by) {
        if (by != null && !data.parameters().contains(by)) {
            throw new IllegalArgumentException("--by " + by + ": not a parameter the sweep " + data.dir()
                    + " varies; allowed: " + (data.parameters().isEmpty() ? "none (it varies nothing)"
                    : String.join(", ", data.parameters())));
        }
    }

    /**
     * The effect of a parameter on a metric: the range (highest minus lowest) of the means of each of its levels,
     * every level's runs pooled over the other parameters; NaN when fewer than two levels have a mean.
     */
    static double effect(SweepData data, List<SweepData.Point> pts, String parameter, String metric) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (String level : data.levels(parameter)) {
            List<SweepData.Point> at = pts.stream().filter(p -> p.value(parameter).equals(level)).toList();
            if (at.isEmpty()) {
                continue;
            }
            double m = data.pooled(at, metric).mean();
            if (Double.isFinite(m)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
                n++;
            }
        }
        return n < 2 ? Double.NaN : hi - lo;
    }

    /**
     * The parameter with the largest effect on the metric among those with 2 to {@link SweepCharts#MAX_LINES}
     * levels, the first in the experiment's order on a tie; null when none qualifies.
     */
    static String largestEffect(SweepData data, List<SweepData.Point> pts, String metric) {
        String best = null;
        double bestEffect = Double.NEGATIVE_INFINITY;
        for (String p : data.parameters()) {
            long levels = pts.stream().map(q -> q.value(p)).distinct().count();
            if (levels < 2 || levels > SweepCharts.MAX_LINES) {
                continue;
            }
            double e = effect(data, pts, p, metric);
            double key = Double.isFinite(e) ? e : -1;
            if (best == null || key > bestEffect) {
                best = p;
                bestEffect = key;
            }
        }
        return best;
    }

    /** The grouping of the given points for a metric; see the class comment. */
    static Grouping of(SweepData data, List<SweepData.Point> pts, String metric, String by) {
        if (pts.isEmpty()) {
            return new Grouping(List.of(), "");
        }
        if (data.parameters().isEmpty()) {
            return new Grouping(List.of(new Group("All replications", pts)), "");
        }
        if (by == null && data.parameters().size() == 1 && pts.size() <= SweepCharts.MAX_LINES) {
            List<Group> out = new ArrayList<>();
            pts.forEach(p -> out.add(new Group(SweepCharts.pointLabel(data, p), List.of(p))));
            return new Grouping(out, "");
        }
        String chosen = by != null ? by : largestEffect(data, pts, metric);
        if (chosen == null) {
            List<Group> out = new ArrayList<>();
            int n = Math.min(SweepCharts.MAX_LINES, pts.size());
            for (int i = 0; i < n; i++) {
                SweepData.Point p = pts.get(n == 1 ? 0 : (int) Math.round(i * (pts.size() - 1) / (n - 1.0)));
                out.add(new Group(SweepCharts.pointLabel(data, p), List.of(p)));
            }
            return new Grouping(out, n < pts.size() ? n + " of " + pts.size() + " design points shown" : "");
        }
        List<Group> out = new ArrayList<>();
        for (String level : data.levels(chosen)) {
            List<SweepData.Point> at = pts.stream().filter(p -> p.value(chosen).equals(level)).toList();
            if (!at.isEmpty()) {
                out.add(new Group(ParamLabels.assignment(chosen, level), at));
            }
        }
        List<String> pooled = data.parameters().stream().filter(p -> !p.equals(chosen))
                .map(ParamLabels::inText).toList();
        String why = by != null ? "" : " (largest effect on " + MetricStyle.of(metric).label().toLowerCase(
                java.util.Locale.ROOT) + ")";
        return new Grouping(out, "grouped by " + ParamLabels.inText(chosen) + why
                + (pooled.isEmpty() ? "" : ", pooling " + String.join(", ", pooled)));
    }
}
