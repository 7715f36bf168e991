package org.pnyx.sensitivity.io;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.batch.ExperimentException;
import org.pnyx.sensitivity.Estimate;
import org.pnyx.sensitivity.Morris;
import org.pnyx.sensitivity.Saltelli;
import org.pnyx.sensitivity.Sobol;

/**
 * Runs the plan's analysis on every output and lays the indices out as tidy rows: one per output, parameter
 * and index. Outputs that cannot be analysed (a value missing in some row, or the same value in every row)
 * are left out with a note saying why.
 *
 * @param plan         the design
 * @param observations what was read
 * @param rows         the indices
 * @param morris       per analysed output, the Morris indices (empty for Sobol')
 * @param sobol        per analysed output, the Sobol' indices (empty for Morris)
 * @param analysed     the outputs analysed, in order
 * @param notes        one line per output left out
 * @param resamples    bootstrap resamples
 * @param confidence   confidence level of the intervals
 */
public record Analysis(SensitivityPlan plan, Observations observations, List<Row> rows, List<Morris.Indices> morris,
                       List<Sobol.Indices> sobol, List<String> analysed, List<String> notes, int resamples,
                       double confidence) {

    /** Index names as written in {@code sensitivity.csv}. */
    public static final String MU_STAR = "mu_star";
    public static final String MU = "mu";
    public static final String SIGMA = "sigma";
    public static final String S1 = "S1";
    public static final String ST = "ST";
    public static final String S2 = "S2";

    /**
     * One index of one output.
     *
     * @param metric    the output column
     * @param parameter the parameter's key path; for S2 the two paths joined by {@code :}
     * @param index     mu_star, mu, sigma, S1, ST or S2
     * @param estimate  value and interval
     * @param n         trajectories (Morris) or base samples (Sobol')
     */
    public record Row(String metric, String parameter, String index, Estimate estimate, int n) {
    }

    /** Analyses every output. */
    public static Analysis of(SensitivityPlan plan, Observations obs, int resamples, double confidence)
            throws ExperimentException {
        List<Row> rows = new ArrayList<>();
        List<Morris.Indices> morris = new ArrayList<>();
        List<Sobol.Indices> sobol = new ArrayList<>();
        List<String> analysed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> params = plan.parameters();
        int k = params.size();
        if (plan.method() == SensitivityPlan.Method.SOBOL) {
            int bad = Saltelli.firstOffendingRow(obs.x(), plan.secondOrder());
            if (bad >= 0) {
                throw new ExperimentException(obs.source() + ":" + obs.lines()[bad] + ": this row breaks Saltelli's "
                        + "scheme: in each block of " + Saltelli.blockSize(k, plan.secondOrder()) + " rows, row 1 + j "
                        + "must equal the block's first row except in parameter j. Were the rows reordered, or made "
                        + "with other settings than " + plan.file() + " (" + plan.summary() + ")?");
            }
        }
        for (String out : obs.outputs()) {
            double[] y = obs.output(out);
            int missing = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : y) {
                if (Double.isNaN(v)) {
                    missing++;
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (missing > 0) {
                notes.add(out + ": left out, " + missing + " of " + y.length + " design points have no value");
                continue;
            }
            if (!(max > min)) {
                notes.add(out + ": left out, the same value (" + org.pnyx.io.Numbers.format(min, false)
                        + ") at every design point");
                continue;
            }
            analysed.add(out);
            if (plan.method() == SensitivityPlan.Method.MORRIS) {
                Morris.Indices m;
                try {
                    m = Morris.analyze(obs.x(), y, plan.levels(), resamples, confidence, plan.bootstrapSeed());
                } catch (IllegalArgumentException e) {
                    throw new ExperimentException(obs.source() + ": " + e.getMessage() + " (design: " + plan.summary()
                            + ")");
                }
                morris.add(m);
                for (int i = 0; i < k; i++) {
                    rows.add(new Row(out, params.get(i), MU_STAR, m.muStar()[i], m.trajectories()));
                    rows.add(new Row(out, params.get(i), MU, m.mu()[i], m.trajectories()));
                    rows.add(new Row(out, params.get(i), SIGMA, m.sigma()[i], m.trajectories()));
                }
            } else {
                Sobol.Indices s = Sobol.analyze(y, k, plan.secondOrder(), resamples, confidence, plan.bootstrapSeed());
                sobol.add(s);
                for (int i = 0; i < k; i++) {
                    rows.add(new Row(out, params.get(i), S1, s.s1()[i], s.n()));
                    rows.add(new Row(out, params.get(i), ST, s.st()[i], s.n()));
                }
                if (s.s2() != null) {
                    for (int i = 0; i < k; i++) {
                        for (int j = i + 1; j < k; j++) {
                            rows.add(new Row(out, params.get(i) + ":" + params.get(j), S2, s.s2()[i][j], s.n()));
                        }
                    }
                }
            }
        }
        if (analysed.isEmpty()) {
            throw new ExperimentException(obs.source() + ": no output can be analysed: " + String.join("; ", notes));
        }
        return new Analysis(plan, obs, rows, morris, sobol, analysed, notes, resamples, confidence);
    }
}
