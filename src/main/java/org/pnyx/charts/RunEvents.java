package org.pnyx.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Events to mark on time charts, read from the time series: recalls of officers
 * ({@code recalls > 0}), recalls of delegates ({@code delegate_recalls > 0}), collapses
 * ({@code collapsed} going from 0 to 1) and regime changes ({@code regime} changing value); and the
 * scenario's interventions, read from {@code manifest.json} ({@code scenario.interventions}).
 * Times are in years.
 *
 * @param recalls years with at least one officer recalled
 * @param delegateRecalls years with at least one delegate recalled
 * @param collapses years at which the society collapsed
 * @param regimeChanges regime changes, each with the new regime's name
 * @param interventions the interventions, in the order they applied
 */
public record RunEvents(List<Double> recalls, List<Double> delegateRecalls, List<Double> collapses,
        List<RegimeChange> regimeChanges, List<InterventionMark> interventions) {

    /** A change of regime at a time, to a named regime. */
    public record RegimeChange(double year, String regime) {
    }

    /**
     * An intervention: at the start of a week (shown in years), a key set to a value in one town or (town
     * null) in all of them, or in the confederal layer.
     */
    public record InterventionMark(double year, String municipality, String key, String value) {

        /** {@code Riverside: bylaws.decisionRule = consensus}, or without the town when it applied to all. */
        public String text() {
            return (municipality == null ? "" : municipality + ": ") + ParamLabels.assignment(key, value);
        }
    }

    public RunEvents {
        recalls = List.copyOf(recalls);
        delegateRecalls = List.copyOf(delegateRecalls);
        collapses = List.copyOf(collapses);
        regimeChanges = List.copyOf(regimeChanges);
        interventions = List.copyOf(interventions);
    }

    /** Events of a run without interventions. */
    public RunEvents(List<Double> recalls, List<Double> delegateRecalls, List<Double> collapses,
            List<RegimeChange> regimeChanges) {
        this(recalls, delegateRecalls, collapses, regimeChanges, List.of());
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
        return new RunEvents(positive(t, "recalls", x), positive(t, "delegate_recalls", x), collapses, changes,
                interventions(run.manifest()));
    }

    /** The interventions the manifest's resolved scenario lists; none when it has no such list. */
    static List<InterventionMark> interventions(JsonNode manifest) {
        List<InterventionMark> out = new ArrayList<>();
        for (JsonNode i : manifest.path("scenario").path("interventions")) {
            JsonNode town = i.path("municipality");
            out.add(new InterventionMark(i.path("week").asDouble() / RunData.STEPS_PER_YEAR,
                    town.isTextual() ? town.asText() : null, i.path("key").asText(), i.path("value").asText()));
        }
        return out;
    }

    /** These events with only the interventions that reach one town (its own and those on every town). */
    public RunEvents forTown(String municipality) {
        return new RunEvents(recalls, delegateRecalls, collapses, regimeChanges, interventions.stream()
                .filter(i -> i.municipality() == null || i.municipality().equals(municipality)).toList());
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
