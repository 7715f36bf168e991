package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    static final ChartOptions SMALL = new ChartOptions(640, 360);

    @TempDir
    static Path tmp;

    static Path run;
    static String html;

    @BeforeAll
    static void writeReport() throws Exception {
        run = RunFixture.run().steps(40).municipalities(3).withEconomy().withLorenz().collapseAt(30)
                .writeTo(tmp.resolve("run"));
        Path report = Charts.report(run, SMALL);
        assertEquals(run.resolve("report.html"), report);
        html = Files.readString(report);
    }

    @Test
    void reportEmbedsEveryChartOfTheRun() throws Exception {
        List<Figure> figures = Charts.figures(RunData.read(run), SMALL);
        assertEquals(7, figures.size(), "participation x2, inequality, lorenz, stability, economy on two images "
                + "(11 panels at most 9 an image: 6 and 5)");
        for (Figure f : figures) {
            assertTrue(html.contains("data-file=\"charts/" + f.name() + ".png\""), "report has " + f.name());
            assertTrue(html.contains(Html.escape(f.title())), "report captions " + f.title());
            assertTrue(Files.isRegularFile(run.resolve("charts").resolve(f.name() + ".png")), "chart written");
        }
        Matcher img = Pattern.compile("<img src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            assertTrue(img.group(1).startsWith("data:image/png;base64,"), "image embedded as a data URI");
            images++;
        }
        assertEquals(figures.size(), images, "one image per chart");
    }

    @Test
    void reportNeedsNoNetwork() {
        assertFalse(html.contains("http://"), "no http:// reference");
        assertFalse(html.contains("https://"), "no https:// reference");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no linked stylesheets");
        assertFalse(Pattern.compile("(src|href)=\"(?!data:|#)").matcher(html).find(), "only data: and # links");
    }

    @Test
    void reportShowsParametersEscaped() {
        assertTrue(html.contains("<code>bylaws.quorum</code></td><td>0.2</td>"), "quorum parameter row");
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), "parameter text escaped");
    }

    @Test
    void reportShowsHeadlineFiguresFromTheSummary() throws Exception {
        RunData data = RunData.read(run);
        Headline h = data.headline("attendance_rate");
        assertTrue(html.contains("<td>" + Numbers.format(h.windowMean()) + "</td>"), "attendance window mean");
        assertTrue(html.contains("Attendance rate"), "metric label in plain words");
        assertTrue(html.contains("seed 42"), "seed in the header");
        assertTrue(html.contains("<title>Pnyx report: baseline</title>"), "page title names the scenario");
    }

    @Test
    void numbersAreFormattedWithThreeSignificantDigits() {
        assertEquals("0.303", Numbers.format(0.30314));
        assertEquals("1235", Numbers.format(1234.5), "whole from 100 up");
        assertEquals("3184", Numbers.format(3184), "a population reads whole");
        assertEquals("42.1", Numbers.format(42.06));
        assertEquals("–", Numbers.format(Double.NaN));
        assertEquals("0", Numbers.format(0));
        assertEquals("-0.002", Numbers.format(-0.002));
        assertEquals("4.74e-05", Numbers.format(4.7432e-5));
        assertEquals("0", Numbers.format(3.96e-13), "rounding noise reads as zero");
    }
}
