package org.pnyx.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Events to mark on time charts, read from the time series: recalls of officers
 * ({@code recalls > 0}), recalls of delegates ({@code delegate_recalls > 0}), collapses
 * ({@code collapsed} going from 0 to 1) and regime changes ({@code regime} changing value).
 * Times are in years.
 *
 * @param recalls years with at least one officer recalled
 * @param delegateRecalls years with at least one delegate recalled
 * @param collapses years at which the society collapsed
 * @param regimeChanges regime changes, each with the new regime's name
 */
public record RunEvents(List<Double> recalls, List<Double> delegateRecalls, List<Double> collapses,
        List<RegimeChange> regimeChanges) {

    /** A change of regime at a time, to a named regime. */
    public record RegimeChange(double year, String regime) {
    }

    public RunEvents {
        recalls = List.copyOf(recalls);
        delegateRecalls = List.copyOf(delegateRecalls);
        collapses = List.copyOf(collapses);
        regimeChanges = List.copyOf(regimeChanges);
    }

    /** The events of a run. */
    public static RunEvents of(RunData run) {
        Table t = run.timeseries();
        double[] x = run.years();
        List<Double> collapses = new ArrayList<>();
        if (t.has("collapsed")) {
            double[] c = t.numbers("collapsed");
            double prev = 0;
            for (int i = 0; i < c.length; i++) {
                if (Double.isNaN(c[i])) {
                    continue;
                }
                if (prev < 0.5 && c[i] >= 0.5) {
                    collapses.add(x[i]);
                }
                prev = c[i];
            }
        }
        List<RegimeChange> changes = new ArrayList<>();
        if (t.has("regime")) {
            List<String> r = t.text("regime");
            for (int i = 1; i < r.size(); i++) {
                if (!r.get(i).equals(r.get(i - 1))) {
                    changes.add(new RegimeChange(x[i], r.get(i)));
                }
            }
        }
        return new RunEvents(positive(t, "recalls", x), positive(t, "delegate_recalls", x), collapses, changes);
    }

    private static List<Double> positive(Table t, String column, double[] x) {
        List<Double> out = new ArrayList<>();
        if (t.has(column)) {
            double[] v = t.numbers(column);
            for (int i = 0; i < v.length; i++) {
                if (v[i] > 0) {
                    out.add(x[i]);
                }
            }
        }
        return out;
    }

    /** Whether there is any collapse or regime change to draw as a vertical line. */
    public boolean hasEventLines() {
        return !collapses.isEmpty() || !regimeChanges.isEmpty();
    }
}
