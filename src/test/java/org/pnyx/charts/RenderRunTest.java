package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RenderRunTest {

    static final ChartOptions SMALL = new ChartOptions(960, 540);

    @TempDir
    static Path tmp;

    static Path full;
    static List<Path> written;

    @BeforeAll
    static void renderFullRun() throws Exception {
        full = RunFixture.run().steps(80).municipalities(5).withEconomy().withConfederation().withLorenz()
                .withQuotedNames().collapseAt(60).regimeChangeAt(40).writeTo(tmp.resolve("full"));
        written = Charts.renderRun(full, SMALL);
    }

    private static Path chart(String file) {
        return full.resolve("charts").resolve(file);
    }

    @Test
    void fullRunGetsEveryChartFamilyAsPngAndSvg() {
        List<String> expected = new ArrayList<>();
        for (String name : List.of("participation", "participation_by_municipality", "inequality", "lorenz",
                "stability", "economy", "economy_2", "confederation", "confederation_2")) {
            expected.add(name + ".png");
            expected.add(name + ".svg");
        }
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(expected, names);
        for (Path p : written) {
            assertTrue(Files.isRegularFile(p), p + " exists");
            assertEquals(full.resolve("charts"), p.getParent(), p + " is under charts/");
        }
    }

    @Test
    void everyPngHasTheRequestedSize() throws Exception {
        for (Path p : written) {
            if (p.toString().endsWith(".png")) {
                ChartAssertions.assertSize(p, 960, 540);
            }
        }
    }

    @Test
    void everyChartShowsItsSeriesColours() throws Exception {
        Map<String, Color> colours = Map.of(
                "participation.png", MetricStyle.of("attendance_rate").color(),
                "participation_by_municipality.png", MetricStyle.of("attendance_rate").color(),
                "inequality.png", MetricStyle.of("gini_wealth").color(),
                "lorenz.png", MetricStyle.of("gini_wealth").color(),
                "stability.png", MetricStyle.of("dissent_share").color(),
                "economy.png", MetricStyle.of("need_satisfaction").color(),
                "confederation.png", MetricStyle.of("delegate_fidelity").color());
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            ChartAssertions.assertShowsColour(chart(e.getKey()), e.getValue(), "its series");
        }
        ChartAssertions.assertShowsColour(chart("inequality.png"), MetricStyle.of("gini_income").color(),
                "the income Gini");
    }

    @Test
    void everySvgIsWellFormedAndNamesItsSeries() throws Exception {
        RunData run = RunData.read(full);
        for (Figure f : Charts.figures(run, SMALL)) {
            Path svg = chart(f.name() + ".svg");
            Document doc = ChartAssertions.parseXml(svg);
            assertEquals("svg", doc.getDocumentElement().getLocalName(), svg + " root element");
            String text = doc.getDocumentElement().getTextContent();
            assertTrue(text.contains(f.title()), svg + " should contain its title " + f.title());
            assertFalse(f.seriesNames().isEmpty(), f.name() + " names some series");
            for (String series : f.seriesNames()) {
                assertTrue(text.contains(series), svg + " should name series '" + series + "'");
            }
        }
    }

    @Test
    void municipalityNamesNeedingQuotesAppearAsPanelTitles() throws Exception {
        String text = ChartAssertions.parseXml(chart("participation_by_municipality.svg")).getDocumentElement()
                .getTextContent();
        assertTrue(text.contains("Riverside, \"North\" 1"), "quoted name read back whole");
        assertTrue(text.contains("m01"), "plain name");
    }

    @Test
    void noPartFilesAreLeftBehind() throws Exception {
        try (Stream<Path> s = Files.list(full.resolve("charts"))) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".part")), "no temp files left");
        }
    }

    @Test
    void redrawingGivesByteIdenticalFiles() throws Exception {
        Path again = RunFixture.run().steps(30).municipalities(3).withLorenz().writeTo(tmp.resolve("again"));
        List<Path> first = Charts.renderRun(again, SMALL);
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : first) {
            bytes.add(Files.readAllBytes(p));
        }
        List<Path> second = Charts.renderRun(again, SMALL);
        assertEquals(first, second);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(bytes.get(i), Files.readAllBytes(second.get(i)), first.get(i) + " changed on redraw");
        }
    }

    @Test
    void baseRunDrawsOnlyTheFamiliesItsColumnsSupport() throws Exception {
        Path base = RunFixture.run().steps(30).municipalities(3)
                .writeTo(tmp.resolve("base"));
        List<String> names = Charts.renderRun(base, SMALL).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("participation.png", "participation.svg", "participation_by_municipality.png",
                "participation_by_municipality.svg", "inequality.png", "inequality.svg", "stability.png",
                "stability.svg"), names);
    }

    @Test
    void confederationPanelsAreLeftOutWhenTheManifestSaysTheLayerIsOff() throws Exception {
        Path run = RunFixture.run().steps(30).municipalities(3).withConfederation().writeTo(tmp.resolve("off"));
        Path manifest = run.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"enabled\": true", "\"enabled\": false"));
        List<String> names = Charts.renderRun(run, SMALL).stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("confederation")), names.toString());
        assertTrue(names.contains("stability.png"), names.toString());
    }

    @Test
    void manyMunicipalitiesAreSplitIntoPagesOfSmallMultiples() throws Exception {
        Path many = RunFixture.run().steps(20).municipalities(30).writeTo(tmp.resolve("many"));
        RunData run = RunData.read(many);
        List<Figure> pages = ParticipationCharts.byMunicipality(run, SMALL);
        assertEquals(2, pages.size(), "30 municipalities at 24 per page");
        assertEquals("participation_by_municipality_2", pages.get(1).name());
        assertEquals(24, pages.get(0).seriesNames().size());
        assertEquals(6, pages.get(1).seriesNames().size());
    }

    @Test
    void defaultSizeIsSixteenHundredByNineHundred() throws Exception {
        Path one = RunFixture.run().steps(20).municipalities(3).writeTo(tmp.resolve("default"));
        RunData run = RunData.read(one);
        Figure f = ParticipationCharts.overall(run, ChartOptions.defaults());
        List<Path> files = ChartWriter.write(f, one.resolve("charts"), ChartOptions.defaults());
        ChartAssertions.assertSize(files.get(0), 1600, 900);
        ChartAssertions.assertShowsColour(files.get(0), Palette.BLUE, "attendance");
    }

    @Test
    void headerOnlyTimeSeriesIsRefusedNotDrawnEmpty() throws Exception {
        Path empty = RunFixture.run().steps(5).writeTo(tmp.resolve("empty"));
        Files.writeString(empty.resolve("timeseries.csv"), String.join(",", RunFixture.BASE) + "\n");
        BadDataException e = assertThrows(BadDataException.class, () -> Charts.renderRun(empty, SMALL));
        assertEquals(empty.resolve("timeseries.csv") + ": has a header but no rows; expected a Pnyx time series "
                + "(timeseries.csv)", e.getMessage());
        assertFalse(Files.exists(empty.resolve("charts")), "nothing drawn");
    }
}
