package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BandSeriesTest {

    @TempDir
    Path tmp;

    @Test
    void confidenceBandUsesStudentT() {
        double[][] reps = {{1, 10}, {2, 10}, {3, 10}};
        BandSeries s = BandSeries.ofReplications("r", new double[] {0, 1}, reps);
        // mean 2, sd 1, n 3: half-width t(0.975, 2) / sqrt(3) = 4.302653 / 1.732051
        double half = 4.302652729911275 / Math.sqrt(3);
        assertEquals(2, s.mean()[0], 1e-12, "mean");
        assertEquals(2 - half, s.lower()[0], 1e-9, "lower");
        assertEquals(2 + half, s.upper()[0], 1e-9, "upper");
        assertEquals(10, s.lower()[1], 1e-12, "no spread, no band");
        assertEquals(10, s.upper()[1], 1e-12, "no spread, no band");
    }

    @Test
    void singleReplicationCollapsesTheBandOntoTheLine() {
        BandSeries s = BandSeries.ofReplications("r", new double[] {0}, new double[][] {{0.4}});
        assertEquals(0.4, s.lower()[0], 1e-12, "lower");
        assertEquals(0.4, s.upper()[0], 1e-12, "upper");
    }

    @Test
    void nanReplicationsAreSkippedAndAllNaNGivesAGap() {
        double[][] reps = {{1, Double.NaN}, {3, Double.NaN}, {Double.NaN, Double.NaN}};
        BandSeries s = BandSeries.ofReplications("r", new double[] {0, 1}, reps);
        assertEquals(2, s.mean()[0], 1e-12, "mean of the finite two");
        assertTrue(Double.isNaN(s.mean()[1]), "no value, gap");
        assertEquals(1, s.toSeries().getItemCount(), "gap left out of the chart series");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BandSeries.ofReplications("r", new double[] {0, 1}, new double[][] {{1}}));
        assertTrue(e.getMessage().contains("replication 0 has 1 points, but x has 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BandSeries.ofReplications("r", new double[] {0}, new double[][] {{1}}, 1.0));
    }

    @Test
    void bandChartDrawsMeanLinesInRunColoursAndNamesThem() throws Exception {
        double[] x = new double[60];
        double[][] a = new double[5][60];
        double[][] b = new double[5][60];
        for (int i = 0; i < 60; i++) {
            x[i] = i / 52.0;
            for (int r = 0; r < 5; r++) {
                a[r][i] = 0.3 + 0.02 * r;
                b[r][i] = 0.6 + 0.03 * r;
            }
        }
        List<BandSeries> series = List.of(BandSeries.ofReplications("consensus", x, a),
                BandSeries.ofReplications("majority", x, b));
        ChartOptions opts = new ChartOptions(640, 360);
        Figure f = BandCharts.metricFigure("attendance_rate", "5 replications each", series, opts);
        List<Path> files = ChartWriter.write(f, tmp, opts);
        assertEquals(tmp.resolve("attendance_rate_band.png"), files.get(0));
        ChartAssertions.assertSize(files.get(0), 640, 360);
        ChartAssertions.assertShowsColour(files.get(0), Palette.forRun(0), "the first mean line");
        ChartAssertions.assertShowsColour(files.get(0), Palette.forRun(1), "the second mean line");
        String text = ChartAssertions.parseXml(files.get(1)).getDocumentElement().getTextContent();
        assertTrue(text.contains("consensus") && text.contains("majority") && text.contains("95% confidence band"),
                "legend names both series and the band");
    }

    @Test
    void singleBandSeriesTakesTheMetricColour() throws Exception {
        double[] x = {0, 0.5, 1};
        BandSeries s = new BandSeries("baseline", x, new double[] {0.3, 0.3, 0.3}, new double[] {0.2, 0.2, 0.2},
                new double[] {0.4, 0.4, 0.4});
        ChartOptions opts = new ChartOptions(640, 360);
        List<Path> files = ChartWriter.write(BandCharts.metricFigure("gini_wealth", "", List.of(s), opts), tmp, opts);
        ChartAssertions.assertShowsColour(files.get(0), MetricStyle.of("gini_wealth").color(), "the Gini line");
    }
}
