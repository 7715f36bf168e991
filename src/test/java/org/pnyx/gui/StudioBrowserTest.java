package org.pnyx.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pnyx.cli.Pnyx;
import org.pnyx.io.RunWriter;

/**
 * Pnyx Studio in a real browser (Debian's headless Chromium): open the studio, choose a scenario, move a slider,
 * play, read the charts' data, intervene, save the scenario, and compare pnyx run of the saved file with the
 * live run's outputs. Screenshots go to {@code target/studio-screenshots/}. Run by {@code scripts/studio-test.sh};
 * skipped when Chromium or its driver is missing.
 */
@Tag("browser")
class StudioBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/studio-screenshots");

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static ChromeDriver driver;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed");
        studio = new Studio(new StudioConfig("127.0.0.1", 0, 4, 50_000, 2_080, Path.of("scenarios"),
                tmp.resolve("studio"), null));
        studio.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1440,1800");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1800));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
        if (studio != null) {
            studio.close();
        }
    }

    @Test
    void aWorkshopRunsAScenarioLiveIntervenesAndSavesItAsAScenarioThatPnyxRunReproduces() throws Exception {
        driver.get(studio.address());
        waitFor("the baseline to open", "return window.studio.state && window.studio.state.week === 0"
                + " && document.querySelectorAll('#sections .control').length > 0");
        assertEquals(Catalog.controlled().size(), ((Number) js("return document.querySelectorAll('#sections"
                + " .control').length")).intValue(), "a control for each parameter declared changeable");

        new Select(driver.findElement(By.id("scenario"))).selectByValue("what-if-consensus.yaml");
        waitFor("what-if-consensus to open", "return window.studio.state && window.studio.state.name"
                + " === 'what-if-consensus' && document.querySelectorAll('#multiples .uplot').length === 5");
        assertTrue(driver.findElement(By.id("description")).getText().startsWith("What if, after five years,"),
                driver.findElement(By.id("description")).getText());
        shot("01-opened");

        // A slider before the first week: a setting of the scenario (quorum 0.05 -> 0.055).
        WebElement quorum = driver.findElement(By.cssSelector("[data-key='bylaws.quorum'] input[type=range]"));
        quorum.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        waitFor("the quorum setting", "return window.studio.state.settings.length === 1"
                + " && window.studio.state.values['bylaws.quorum'] === '0.055'");

        // A value outside the declared range is refused with the declaration's own message.
        WebElement box = driver.findElement(By.cssSelector("[data-key='bylaws.quorum'] input[type=number]"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        waitFor("the refusal", "return document.querySelector(\"[data-key='bylaws.quorum'] .error\").textContent"
                + ".includes(\"value '2' is not allowed; allowed: a number in [0, 1]\")");
        shot("01b-refused");
        assertEquals("0.055", js("return window.studio.state.values['bylaws.quorum']"), "the refused value changed nothing");

        // Play to week 100, as fast as it goes, and read the charts' data.
        new Select(driver.findElement(By.id("speed"))).selectByValue("0");
        driver.findElement(By.id("to-week")).sendKeys("100");
        driver.findElement(By.id("run-to")).click();
        waitFor("week 100", "return window.studio.state.week === 100 && !window.studio.state.playing"
                + " && window.studio.weeksReceived === 100");
        @SuppressWarnings("unchecked")
        Map<String, Object> participation = (Map<String, Object>) js("return window.studio.chartData('participation')");
        List<?> data = (List<?>) participation.get("data");
        assertEquals(List.of("Attendance rate", "Meetings with quorum", "Dissent"), participation.get("labels"));
        assertEquals(100, ((List<?>) data.get(0)).size(), "a point per week on the chart");
        for (Object v : (List<?>) data.get(1)) {
            double a = ((Number) v).doubleValue();
            assertTrue(a >= 0 && a <= 1, "attendance is a share: " + a);
        }
        shot("02-week-100");

        // Intervene: Hilltop decides by consensus from week 100.
        new Select(driver.findElement(By.id("town"))).selectByValue("Hilltop");
        new Select(driver.findElement(By.cssSelector("[data-key='bylaws.decisionRule'] select")))
                .selectByValue("consensus");
        waitFor("the intervention", "return window.studio.state.interventions.length === 1"
                + " && document.querySelectorAll('#interventions li').length === 1"
                + " && document.querySelector('#rules td.changed') !== null");
        assertTrue(driver.findElement(By.id("interventions")).getText()
                .contains("week 100 · Hilltop · Decision rule = consensus"));
        assertTrue(driver.findElement(By.cssSelector("[data-key='confederation.share'] input[type=range]"))
                .getAttribute("disabled") != null, "a confederal rule has no town");

        // Play on to the end.
        new Select(driver.findElement(By.id("town"))).selectByValue("");
        driver.findElement(By.id("play")).click();
        waitFor("the end of the run", "return window.studio.state.finished && window.studio.weeksReceived === 520");
        shot("03-finished");
        js("document.getElementById('multiples').scrollIntoView()");
        shot("03b-towns-and-rules");

        WebElement name = driver.findElement(By.id("save-name"));
        name.clear();
        name.sendKeys("browser-consensus");
        driver.findElement(By.id("save")).click();
        waitFor("the saved scenario", "return document.querySelector('#saved code') !== null");
        driver.findElement(By.cssSelector("#saved summary")).click();
        shot("04-saved");

        // The confederal layer's panels and links appear with a confederal scenario.
        new Select(driver.findElement(By.id("scenario"))).selectByValue("confederation-rogue.yaml");
        waitFor("confederation-rogue to open", "return window.studio.state && window.studio.state.name"
                + " === 'confederation-rogue' && window.studio.state.week === 0");
        driver.findElement(By.id("to-week")).clear();
        driver.findElement(By.id("to-week")).sendKeys("60");
        driver.findElement(By.id("run-to")).click();
        waitFor("week 60 of the confederation", "return window.studio.state.week === 60"
                + " && window.studio.weeksReceived === 60");
        assertTrue((Boolean) js("return !!window.studio.charts['confederation']"
                + " && document.querySelectorAll('#map line.link').length > 0"), "confederation panels and links");
        new Select(driver.findElement(By.id("map-metric"))).selectByValue("gini_wealth");
        shot("05-confederation");
        js("document.getElementById('map').scrollIntoView()");
        shot("05b-confederation-map");

        Path saved = tmp.resolve("studio/scenarios/browser-consensus.yaml");
        String yaml = Files.readString(saved);
        assertTrue(yaml.contains("quorum: 0.055") && yaml.contains("municipality: Hilltop"), yaml);
        Path live = tmp.resolve("studio/runs/browser-consensus/seed-42");
        Path replay = tmp.resolve("replay");
        assertEquals(0, Pnyx.commandLine().execute("run", saved.toString(), "--out", replay.toString(), "-q"));
        for (String file : RunWriter.FILES) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(replay.resolve(file)), Files.readAllBytes(live.resolve(file)),
                        file + ": pnyx run of the saved scenario differs from the live run");
            }
        }
    }

    @Test
    void aForkDrawsTwoFuturesThatShareTheirHistoryExportsChartsAndShowsInProjectorMode() throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 1800));
        driver.get(studio.address() + "?scenario=what-if-consensus.yaml");
        waitFor("what-if-consensus to open", "return window.studio.state && window.studio.state.name"
                + " === 'what-if-consensus' && window.studio.state.week === 0");
        assertTrue(driver.findElement(By.id("fork")).getAttribute("disabled") != null, "no fork at week 0");
        new Select(driver.findElement(By.id("speed"))).selectByValue("0");
        driver.findElement(By.id("to-week")).sendKeys("100");
        driver.findElement(By.id("run-to")).click();
        waitFor("week 100", "return window.studio.state.week === 100 && !window.studio.state.playing"
                + " && window.studio.weeksReceived === 100");

        // F forks: branch B, replayed to week 100, is the one the controls now change.
        key("f");
        waitFor("branch B at week 100", "const b = window.studio.branches; return b.length === 2 && b[1].state"
                + " && b[1].received === 100 && b[1].state.forkWeek === 100 && window.studio.run === b[1].id"
                + " && window.studio.state === b[1].state");
        // Office by sortition: since opinions follow interests and converge (issues 14, 15), switching every town
        // to consensus at week 100 no longer changes this scenario's attendance at all (said in the README), so
        // the fork changes how the chair is chosen, which does.
        new Select(driver.findElement(By.cssSelector("[data-key='bylaws.officeSelection'] select")))
                .selectByValue("sortition");
        waitFor("B's intervention", "const s = window.studio.branches[1].state; return s.interventions.length === 1"
                + " && s.interventions[0].week === 100 && window.studio.branches[0].state.interventions.length === 0");

        // The office selection's list has the focus: Escape leaves it, and Space then plays every branch to the end.
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertEquals("BODY", js("return document.activeElement.tagName"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(" ").perform();
        waitFor("both branches at the end", "return window.studio.branches.every(b => b.state.finished"
                + " && b.received === 520)");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) js(
                "return window.studio.branchSeries('attendance_rate')");
        List<?> a = (List<?>) series.get(0).get("values");
        List<?> b = (List<?>) series.get(1).get("values");
        assertEquals(520, a.size());
        assertEquals(520, b.size());
        assertEquals(a.subList(0, 100), b.subList(0, 100), "the same history up to the fork");
        assertTrue(!a.subList(100, 520).equals(b.subList(100, 520)), "the futures differ after the fork");
        assertEquals(6, ((Number) js("return document.querySelectorAll('#diffs tbody tr').length")).intValue(),
                "a row of the table of differences for each headline metric");
        assertTrue(driver.findElement(By.id("diffs")).getText().contains("B − A"));
        assertTrue(driver.findElement(By.id("diffs")).getText().startsWith("Mean since the fork"));
        assertEquals(2 * 3 + 1, ((Number) js("return window.studio.charts['participation'].chart.series.length"))
                .intValue(), "each branch's series on the same chart");
        assertEquals("12,6", js("return window.studio.charts['participation'].chart.series[4].dash.join(',')"),
                "B dashed");
        shot("06-fork");

        // Export the chosen branch's participation chart, through the same renderers as pnyx chart.
        driver.findElement(By.id("export-png")).click();
        waitFor("the PNG", "return window.studio.lastExport && window.studio.lastExport.kind === 'png'");
        @SuppressWarnings("unchecked")
        Map<String, Object> png = (Map<String, Object>) js("return window.studio.lastExport");
        assertEquals(List.of(137L, 80L, 78L, 71L, 13L, 10L, 26L, 10L), png.get("head"), "PNG magic bytes");
        assertTrue(((Number) png.get("size")).longValue() > 20_000, "a PNG of " + png.get("size") + " bytes");
        assertEquals("image/png", png.get("type"));
        driver.findElement(By.id("export-svg")).click();
        waitFor("the SVG", "return window.studio.lastExport && window.studio.lastExport.kind === 'svg'");
        String svg = (String) js("return window.studio.lastExport.head");
        assertTrue(svg.contains("<svg") && svg.contains("Participation"), "an SVG with the chart's title");
        assertTrue(driver.findElement(By.id("export-result")).getText().startsWith("Exported what-if-consensus-run-"));

        // Projector mode (P) at 1280x720: two panels, large type, the table of differences.
        viewport(1280, 720);
        key("p");
        waitFor("projector mode", "return document.body.classList.contains('projector')"
                + " && Object.keys(window.studio.charts).length === 2");
        assertEquals("22px", js("return getComputedStyle(document.body).fontSize"));
        assertTrue(!driver.findElement(By.id("controls")).isDisplayed(), "the rules are hidden");
        assertTrue(driver.findElement(By.id("diffs")).isDisplayed());
        shot("07-projector");
        key("b");
        waitFor("branch A chosen", "return window.studio.run === window.studio.branches[0].id");
        key("p");
        waitFor("projector mode off", "return !document.body.classList.contains('projector')");
        driver.manage().window().setSize(new Dimension(1440, 1800));

        // The educator chooses the panels: need met instead of inequality.
        driver.findElement(By.cssSelector("#panel-choice input[value='inequality']")).click();
        driver.findElement(By.cssSelector("#panel-choice input[value='need']")).click();
        key("p");
        waitFor("the chosen panels", "return document.body.classList.contains('projector')"
                + " && Object.keys(window.studio.charts).join(',') === 'participation,need'");
        key("p");
        waitFor("every panel again", "return !document.body.classList.contains('projector')"
                + " && Object.keys(window.studio.charts).length === 6");

        // Branch B saved as a scenario: pnyx run of it writes the branch's files.
        key("b");
        waitFor("branch B chosen", "return window.studio.run === window.studio.branches[1].id");
        WebElement name = driver.findElement(By.id("save-name"));
        name.clear();
        name.sendKeys("browser-branch-b");
        driver.findElement(By.id("save")).click();
        waitFor("branch B saved", "return document.querySelector('#saved code') !== null");
        Path saved = tmp.resolve("studio/scenarios/browser-branch-b.yaml");
        String yaml = Files.readString(saved);
        assertTrue(yaml.contains("week: 100") && yaml.contains("key: bylaws.officeSelection"), yaml);
        Path replay = tmp.resolve("replay-b");
        assertEquals(0, Pnyx.commandLine().execute("run", saved.toString(), "--out", replay.toString(), "-q"));
        Path live = tmp.resolve("studio/runs/browser-branch-b/seed-42");
        for (String file : RunWriter.FILES) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(replay.resolve(file)), Files.readAllBytes(live.resolve(file)),
                        file + ": pnyx run of the saved branch differs from the branch");
            }
        }
    }

    /** Sizes the window so that the page itself (the viewport) is width by height pixels. */
    private static void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long w = ((Number) js("return window.innerWidth")).longValue();
        long h = ((Number) js("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension((int) (2L * width - w), (int) (2L * height - h)));
        assertEquals(List.of((long) width, (long) height), js("return [window.innerWidth, window.innerHeight]"));
    }

    private static void key(String k) {
        js("document.activeElement && document.activeElement.blur()");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(k).perform();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitFor(String what, String script) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js(script)));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                shot("failed");
            } catch (Exception ignored) {
                // the message below is what matters
            }
            throw new AssertionError("waiting for " + what + "; the page shows: " + js("return [document.getElementById"
                    + "('errors').textContent, ...[...document.querySelectorAll('.control .error')].map(e => e"
                    + ".textContent).filter(t => t), JSON.stringify(window.studio.state && {week: window.studio.state"
                    + ".week, settings: window.studio.state.settings})].join(' | ')"), e);
        }
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
