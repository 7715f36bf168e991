package org.pnyx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    private static final double EPS = 1e-5;

    @Test
    void statisticsMatchHandWorkedNumbers() {
        // 2 4 4 4 5 5 7 9: mean 5, sum of squares 32, sd = sqrt(32/7) = 2.138090;
        // t(0.975, 7) = 2.364624, half-width = 2.364624 * 2.138090 / sqrt(8) = 1.787492.
        Summary.Stats s = Summary.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(8, s.n(), "n");
        assertEquals(5.0, s.mean(), EPS, "mean");
        assertEquals(2.138090, s.sd(), EPS, "sample sd");
        assertEquals(5 - 1.787492, s.low(), EPS, "lower 95% bound");
        assertEquals(5 + 1.787492, s.high(), EPS, "upper 95% bound");
        assertEquals(2, s.min(), EPS, "min");
        assertEquals(9, s.max(), EPS, "max");
        assertEquals(2.138090 / 5, s.cv(), EPS, "cv");
    }

    @Test
    void nanValuesAreSkippedAndSmallSamplesHaveNoInterval() {
        Summary.Stats one = Summary.of(Double.NaN, 3);
        assertEquals(1, one.n(), "NaN is not counted");
        assertEquals(3, one.mean(), EPS, "mean of one value");
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.low()) && Double.isNaN(one.cv()),
                "no spread from one value");
        Summary.Stats none = Summary.of();
        assertEquals(0, none.n(), "empty sample");
        assertTrue(Double.isNaN(none.mean()), "no mean of nothing");
        // Two values 1 and 3: mean 2, sd sqrt(2), t(0.975, 1) = 12.706205, half = 12.706205 * sqrt(2) / sqrt(2).
        Summary.Stats two = Summary.of(1, 3);
        assertEquals(2 - 12.706205, two.low(), EPS, "lower bound with one degree of freedom");
    }

    @Test
    void summaryFileGivesStatisticsPerPointAndCollapseShare(@TempDir Path tmp) throws Exception {
        Experiment e = new Experiment("x", Path.of("x.yaml"), Path.of("s.yaml"), "", Map.of(),
                List.of("bylaws.quorum"), List.of(List.of("0.1"), List.of("0.3")), "full_factorial", 3, 1, false,
                false, List.of("attendance_rate"));
        Path runs = tmp.resolve("runs.csv");
        Files.writeString(runs, """
                point,replication,seed,bylaws.quorum,attendance_rate_final,attendance_rate_mean,collapsed,time_to_collapse
                0,0,11,0.1,0.2,0.1,1,10
                0,1,12,0.1,0.4,NaN,0,
                0,2,13,0.1,0.6,0.3,1,30
                1,0,14,0.3,0.5,0.5,0,
                1,1,15,0.3,0.5,0.5,0,
                1,2,16,0.3,0.5,0.5,0,
                """);
        Path summary = tmp.resolve("summary.csv");
        Summary.write(e, runs, summary);
        List<String> lines = Files.readAllLines(summary);
        assertEquals("point,bylaws.quorum,metric,measure,n,mean,sd,ci95_low,ci95_high,min,max,cv,collapsed_share",
                lines.get(0));
        // final: 0.2 0.4 0.6: mean 0.4, sd 0.2, half = 4.302653 * 0.2 / sqrt(3) = 0.496828.
        assertEquals("0,0.1,attendance_rate,final,3,0.4,0.2,-0.096828,0.896828,0.2,0.6,0.5,0.666667", lines.get(1));
        assertEquals("0,0.1,attendance_rate,mean,2,0.2,0.141421,-1.070620,1.470620,0.1,0.3,0.707107,0.666667"
                .replace("-1.070620", "-1.07062").replace("1.470620", "1.47062"), lines.get(2));
        assertEquals("0,0.1,time_to_collapse,weeks,2,20,14.142136,-107.062047,147.062047,10,30,0.707107,0.666667",
                lines.get(3));
        assertEquals("1,0.3,attendance_rate,final,3,0.5,0,0.5,0.5,0.5,0.5,0,0", lines.get(4));
        assertEquals("1,0.3,time_to_collapse,weeks,0,,,,,,,,0", lines.get(6));
        assertEquals(7, lines.size(), "header and three rows per point");
    }

    @Test
    void runRecorderFindsTheFirstCollapsedWeekAndTheWindowMean() {
        RunRecorder r = new RunRecorder(List.of("a", "collapsed", "b"), List.of("b", "a"), 3);
        double[][] towns = new double[0][];
        double[][] weeks = {{1, 0, 10}, {2, 0, 20}, {3, 1, 30}, {4, 1, 40}, {5, 0, 50}};
        for (int w = 0; w < weeks.length; w++) {
            r.week(w, weeks[w], towns);
        }
        assertTrue(r.tracksCollapse(), "the model has a collapse metric");
        assertEquals(2, r.collapseWeek(), "first week with collapsed = 1");
        assertEquals(50, r.finalValue(0), EPS, "final value of b");
        assertEquals(40, r.windowMean(0), EPS, "mean of b over the last 3 weeks");
        assertEquals(4, r.windowMean(1), EPS, "mean of a over the last 3 weeks");
        RunRecorder none = new RunRecorder(List.of("a"), List.of("a"), 3);
        none.week(0, new double[] {1}, towns);
        assertEquals(-1, none.collapseWeek(), "no collapse metric, no collapse");
    }
}
