package org.pnyx.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.pnyx.io.AtomicFiles;
import org.pnyx.io.Numbers;

/**
 * Statistics across replications, from a sorted {@code runs.csv} to {@code summary.csv}: one row per
 * design point and recorded quantity ({@code <metric>} with measure {@code final} or {@code mean},
 * and {@code time_to_collapse} with measure {@code weeks}, over the replications that collapsed).
 *
 * <p>Columns: {@code point}, the varied parameters, {@code metric}, {@code measure}, {@code n} (replications
 * with a number; NaN values are skipped), {@code mean}, {@code sd} (sample standard deviation),
 * {@code ci95_low}, {@code ci95_high} (mean &plusmn; t<sub>0.975, n-1</sub> &middot; sd / &radic;n, Student's t),
 * {@code min}, {@code max}, {@code cv} (sd / |mean|, the variability across replications) and
 * {@code collapsed_share} (share of the point's replications that collapsed; empty when the model has
 * no collapse metric). Undefined figures (sd, interval and cv for n &lt; 2, cv for mean 0) are empty.
 * Reads one design point at a time, so memory does not grow with the number of runs.
 */
public final class Summary {

    /** Columns after the parameters. */
    public static final List<String> STATS = List.of("metric", "measure", "n", "mean", "sd", "ci95_low", "ci95_high",
            "min", "max", "cv", "collapsed_share");

    private Summary() {
    }

    /**
     * Figures of one sample.
     *
     * @param n    count of numbers
     * @param mean mean (NaN when n = 0)
     * @param sd   sample standard deviation (NaN when n &lt; 2)
     * @param low  lower bound of the 95% confidence interval of the mean (NaN when n &lt; 2)
     * @param high upper bound (NaN when n &lt; 2)
     * @param min  smallest value (NaN when n = 0)
     * @param max  largest value (NaN when n = 0)
     * @param cv   sd / |mean| (NaN when n &lt; 2 or mean = 0)
     */
    public record Stats(long n, double mean, double sd, double low, double high, double min, double max, double cv) {
    }

    /** The figures of a sample held in Commons Math's accumulator. */
    public static Stats of(SummaryStatistics s) {
        long n = s.getN();
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = s.getMean();
        if (n < 2) {
            return new Stats(n, mean, Double.NaN, Double.NaN, Double.NaN, s.getMin(), s.getMax(), Double.NaN);
        }
        double sd = s.getStandardDeviation();
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        double cv = mean == 0 ? Double.NaN : sd / Math.abs(mean);
        return new Stats(n, mean, sd, mean - half, mean + half, s.getMin(), s.getMax(), cv);
    }

    /** The figures of an array of values, NaN skipped. */
    public static Stats of(double... values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                s.addValue(v);
            }
        }
        return of(s);
    }

    /** Writes {@code summary} from the sorted {@code runs} file of the experiment, atomically. */
    public static void write(Experiment e, Path runs, Path summary) throws IOException {
        int params = e.parameters().size();
        int lead = RunsCsv.LEAD.size();
        int metrics = e.metrics().size();
        int first = lead + params;
        int collapsedCol = first + 2 * metrics;
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(e.parameters());
        header.addAll(STATS);
        try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, RunsCsv.CSV);
             CSVPrinter out = new CSVPrinter(AtomicFiles.open(summary), RunsCsv.CSV)) {
            out.printRecord(header);
            Group group = null;
            boolean skipHeader = true;
            for (CSVRecord r : parser) {
                if (skipHeader) {
                    skipHeader = false;
                    continue;
                }
                String point = r.get(0);
                if (group == null || !group.point.equals(point)) {
                    if (group != null) {
                        group.print(out, e);
                    }
                    List<String> values = new ArrayList<>();
                    for (int k = 0; k < params; k++) {
                        values.add(r.get(lead + k));
                    }
                    group = new Group(point, values, 2 * metrics + 1);
                }
                for (int k = 0; k < 2 * metrics; k++) {
                    group.add(k, r.get(first + k));
                }
                group.replications++;
                String collapsed = r.get(collapsedCol);
                if (!collapsed.isEmpty()) {
                    group.tracked = true;
                    if (collapsed.equals("1")) {
                        group.collapsed++;
                        group.add(2 * metrics, r.get(collapsedCol + 1));
                    }
                }
            }
            if (group != null) {
                group.print(out, e);
            }
        }
        AtomicFiles.commit(summary);
    }

    /** The replications of one design point, read so far. */
    private static final class Group {
        final String point;
        final List<String> values;
        final SummaryStatistics[] stats;
        long replications;
        long collapsed;
        boolean tracked;

        Group(String point, List<String> values, int measures) {
            this.point = point;
            this.values = values;
            stats = new SummaryStatistics[measures];
            for (int k = 0; k < measures; k++) {
                stats[k] = new SummaryStatistics();
            }
        }

        void add(int k, String text) {
            if (text.isEmpty()) {
                return;
            }
            double v = Double.parseDouble(text);
            if (!Double.isNaN(v)) {
                stats[k].addValue(v);
            }
        }

        void print(CSVPrinter out, Experiment e) throws IOException {
            String share = tracked ? Numbers.format((double) collapsed / replications, false) : "";
            for (int m = 0; m < e.metrics().size(); m++) {
                row(out, e.metrics().get(m), "final", stats[2 * m], share);
                row(out, e.metrics().get(m), "mean", stats[2 * m + 1], share);
            }
            if (tracked) {
                row(out, "time_to_collapse", "weeks", stats[stats.length - 1], share);
            }
        }

        private void row(CSVPrinter out, String metric, String measure, SummaryStatistics s, String share)
                throws IOException {
            Stats st = of(s);
            List<String> cells = new ArrayList<>(values.size() + 12);
            cells.add(point);
            cells.addAll(values);
            cells.add(metric);
            cells.add(measure);
            cells.add(Long.toString(st.n()));
            for (double v : new double[] {st.mean(), st.sd(), st.low(), st.high(), st.min(), st.max(), st.cv()}) {
                cells.add(Double.isNaN(v) ? "" : Numbers.format(v, false));
            }
            cells.add(share);
            out.printRecord(cells);
        }
    }
}
