package org.pnyx.gui;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.metrics.FinalState;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.model.AmendmentRecord;
import org.pnyx.model.Offices;
import org.pnyx.model.VoteRecord;

/**
 * Everything a live run has measured so far, kept as it was handed over: each week's overall and per-town
 * values, the confederal votes, the fillings and recalls of offices and, at the end, the final state. The page is sent slices of it, and
 * {@link RunExport} writes the run folder from it. Written by the run's thread, read by the server's.
 */
final class LiveSeries implements RunObserver {

    private List<String> towns = List.of();
    private final List<double[]> overall = new ArrayList<>();
    private final List<double[][]> perTown = new ArrayList<>();
    private final List<VoteRecord> votes = new ArrayList<>();
    private final List<OfficeEvent> offices = new ArrayList<>();
    private final List<List<String[]>> bylaws = new ArrayList<>();
    private final List<Object[]> amendments = new ArrayList<>();
    private FinalState finalState;

    @Override
    public synchronized void begin(List<String> municipalityNames) {
        towns = List.copyOf(municipalityNames);
    }

    @Override
    public synchronized void week(long week, double[] all, double[][] byTown) {
        overall.add(all.clone());
        double[][] copy = new double[byTown.length][];
        for (int m = 0; m < byTown.length; m++) {
            copy[m] = byTown[m].clone();
        }
        perTown.add(copy);
    }

    @Override
    public synchronized void bylaws(long week, List<String[]> perTown) {
        bylaws.add(List.copyOf(perTown));
    }

    @Override
    public synchronized void amendment(long week, String town, AmendmentRecord a) {
        amendments.add(new Object[] {week, town, a});
    }

    @Override
    public synchronized void confederalVote(VoteRecord vote) {
        votes.add(vote);
    }

    @Override
    public synchronized void office(long week, int town, Offices.OfficeRecord event) {
        offices.add(new OfficeEvent(week, town, event));
    }

    /** A filling or recall of a town's office, as it was handed over. */
    private record OfficeEvent(long week, int town, Offices.OfficeRecord event) {
    }

    @Override
    public synchronized void end(FinalState state) {
        finalState = state;
    }

    /** The towns' names, by index. */
    synchronized List<String> towns() {
        return towns;
    }

    /** Weeks measured. */
    synchronized int weeks() {
        return overall.size();
    }

    /**
     * Weeks {@code from} (inclusive) to {@code to} (exclusive) for the page: each overall row as
     * {@code [week, value by metric ordinal...]}, and each town's values of {@link Panels#TOWN_METRICS}.
     */
    synchronized Slice slice(int from, int to) {
        List<List<Double>> rows = new ArrayList<>();
        List<List<List<Double>>> townRows = new ArrayList<>();
        for (int w = from; w < to; w++) {
            List<Double> row = new ArrayList<>();
            row.add((double) w);
            for (double v : overall.get(w)) {
                row.add(Json.number(v));
            }
            rows.add(row);
            List<List<Double>> byTown = new ArrayList<>();
            for (double[] t : perTown.get(w)) {
                List<Double> values = new ArrayList<>();
                for (Metric m : Panels.TOWN_METRICS) {
                    values.add(Json.number(t[m.ordinal()]));
                }
                byTown.add(values);
            }
            townRows.add(byTown);
        }
        return new Slice(from, rows, townRows);
    }

    /** A run of weeks for the page. */
    record Slice(int from, List<List<Double>> overall, List<List<List<Double>>> towns) {
    }

    /** Replays what was measured, in the order it was measured, to another observer (a run folder's writer). */
    synchronized void replay(RunObserver to) {
        to.begin(towns);
        int v = 0;
        int o = 0;
        int a = 0;
        for (int w = 0; w < overall.size(); w++) {
            while (o < offices.size() && offices.get(o).week() == w) {
                OfficeEvent e = offices.get(o++);
                to.office(e.week(), e.town(), e.event());
            }
            while (a < amendments.size() && (Long) amendments.get(a)[0] == w) {
                Object[] x = amendments.get(a++);
                to.amendment(w, (String) x[1], (AmendmentRecord) x[2]);
            }
            while (v < votes.size() && votes.get(v).week() == w) {
                to.confederalVote(votes.get(v++));
            }
            if (w < bylaws.size()) {
                to.bylaws(w, bylaws.get(w));
            }
            to.week(w, overall.get(w), perTown.get(w));
        }
        if (finalState != null) {
            to.end(finalState);
        }
    }

    /** Whether the run has ended (its final state is measured). */
    synchronized boolean ended() {
        return finalState != null;
    }
}
