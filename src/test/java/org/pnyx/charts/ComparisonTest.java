package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {

    static final ChartOptions SMALL = new ChartOptions(640, 360);

    @TempDir
    static Path tmp;

    static Path consensus;
    static Path majority;
    static Path out;
    static List<Path> written;

    @BeforeAll
    static void compareTwoRuns() throws Exception {
        consensus = RunFixture.run().scenario("consensus").steps(30).attendance(0.2).writeTo(tmp.resolve("c"));
        majority = RunFixture.run().scenario("majority").steps(30).attendance(0.6).withEconomy()
                .writeTo(tmp.resolve("m"));
        out = tmp.resolve("compare");
        written = Charts.compare(List.of(consensus, majority), out, SMALL);
    }

    @Test
    void writesOneOverlayPerMetricPlusPageAndTable() {
        assertTrue(written.contains(out.resolve("compare_attendance_rate.png")), "attendance overlay");
        assertTrue(written.contains(out.resolve("compare_attendance_rate.svg")), "attendance overlay svg");
        assertTrue(written.contains(out.resolve("compare_need_satisfaction.png")), "metric of one run only");
        assertFalse(written.contains(out.resolve("compare_collapsed.png")), "0/1 flag not overlaid");
        assertEquals(out.resolve("compare.html"), written.get(written.size() - 1));
        assertTrue(written.contains(out.resolve("compare.csv")));
    }

    @Test
    void overlayShowsEachRunInItsColourAndNamesItInTheLegend() throws Exception {
        Path png = out.resolve("compare_attendance_rate.png");
        ChartAssertions.assertSize(png, 640, 360);
        ChartAssertions.assertShowsColour(png, Palette.forRun(0), "the first run");
        ChartAssertions.assertShowsColour(png, Palette.forRun(1), "the second run");
        String text = ChartAssertions.parseXml(out.resolve("compare_attendance_rate.svg")).getDocumentElement()
                .getTextContent();
        assertTrue(text.contains("consensus") && text.contains("majority"), "legend names both scenarios");
    }

    @Test
    void pageTablesEachRunsHeadlineValuesSideBySide() throws Exception {
        String html = Files.readString(out.resolve("compare.html"));
        assertTrue(html.contains("consensus versus majority"), "title names both");
        for (Path dir : List.of(consensus, majority)) {
            Headline h = RunData.read(dir).headline("attendance_rate");
            String cell = Numbers.format(h.windowMean()) + " ± " + Numbers.format(h.windowSd());
            assertTrue(html.contains(cell), "table has " + dir.getFileName() + " attendance " + cell);
        }
        assertTrue(html.contains("<code>bylaws.decision_rule</code></td><td>consensus</td><td>majority</td>"),
                "differing parameter shown side by side");
        assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
        assertFalse(html.contains("<img src=\"compare"), "images embedded, not linked");
    }

    @Test
    void csvHasOneRowPerRunAndMetric() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals("run,scenario,seed,folder,metric,final,window_mean,window_sd,trend_per_year,stable", lines.get(0));
        int metrics = RunData.read(consensus).metricColumns().size() + RunData.read(majority).metricColumns().size();
        assertEquals(metrics + 1, lines.size());
    }

    @Test
    void runsOfTheSameScenarioAreToldApartBySeedThenFolder() throws Exception {
        RunData a = RunData.read(consensus);
        RunData b = RunData.read(RunFixture.run().scenario("consensus").writeTo(tmp.resolve("c2")));
        List<String> labels = Comparison.labels(List.of(a, b));
        assertEquals(2, labels.stream().distinct().count(), "labels differ: " + labels);
        assertTrue(labels.get(0).startsWith("consensus (seed 42) ["), labels.get(0));
    }
}
