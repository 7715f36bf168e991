package org.pnyx.batch;

import java.util.List;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.metrics.Stability;

/**
 * Records what runs.csv keeps of one run, holding only the final window: each recorded metric's
 * final value and its mean over the final window (via {@link Stability}), and the first week in
 * which the {@code collapsed} metric is 1 (0/1, or a share that reaches 1), when the model has that metric.
 */
public final class RunRecorder implements RunObserver {

    /** Name of the 0/1 metric that marks a collapsed society, when the model provides it. */
    public static final String COLLAPSED = "collapsed";

    private final int[] columns;
    private final int collapsedColumn;
    private final int window;
    private final double[][] ring;
    private long weeks;
    private long collapsedAt = -1;

    /**
     * @param allColumns the metric columns as the observer receives them (by ordinal)
     * @param recorded   the columns to record, a subset of {@code allColumns}
     * @param window     weeks of the final window, at least 1
     */
    public RunRecorder(List<String> allColumns, List<String> recorded, int window) {
        columns = recorded.stream().mapToInt(allColumns::indexOf).toArray();
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] < 0) {
                throw new IllegalArgumentException("no metric column " + recorded.get(k));
            }
        }
        collapsedColumn = allColumns.indexOf(COLLAPSED);
        this.window = Math.max(1, window);
        ring = new double[this.window][columns.length];
    }

    /** A recorder of the model's own metrics. */
    public static RunRecorder of(List<String> recorded, int window) {
        return new RunRecorder(Metric.columns(), recorded, window);
    }

    /** Whether the model has a collapse metric. */
    public boolean tracksCollapse() {
        return collapsedColumn >= 0;
    }

    @Override
    public void week(long week, double[] overall, double[][] perMunicipality) {
        double[] slot = ring[(int) (weeks % window)];
        for (int k = 0; k < columns.length; k++) {
            slot[k] = overall[columns[k]];
        }
        if (collapsedAt < 0 && collapsedColumn >= 0 && overall[collapsedColumn] >= 1 - 1e-9) {
            collapsedAt = week;
        }
        weeks++;
    }

    /** Final value of recorded column {@code k} (NaN before the first week). */
    public double finalValue(int k) {
        return weeks == 0 ? Double.NaN : ring[(int) ((weeks - 1) % window)][k];
    }

    /** Mean of recorded column {@code k} over the final window, NaN weeks skipped. */
    public double windowMean(int k) {
        int n = (int) Math.min(weeks, window);
        double[] series = new double[n];
        for (int i = 0; i < n; i++) {
            series[i] = ring[(int) ((weeks - n + i) % window)][k];
        }
        return Stability.of(series, n).mean();
    }

    /** First week (0-based) in which the society had collapsed, or -1 if it never did or cannot. */
    public long collapseWeek() {
        return collapsedAt;
    }

    /** Weeks observed. */
    public long weeks() {
        return weeks;
    }
}
