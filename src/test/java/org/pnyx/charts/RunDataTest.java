package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDataTest {

    @TempDir
    Path tmp;

    @Test
    void missingFolderIsNotARunFolder() {
        Path nowhere = tmp.resolve("nowhere");
        NotARunFolderException e = assertThrows(NotARunFolderException.class, () -> RunData.read(nowhere));
        assertEquals(nowhere + ": no timeseries.csv (is this a Pnyx run folder?)", e.getMessage());
    }

    @Test
    void folderWithoutTimeSeriesIsNotARunFolder() throws Exception {
        Files.writeString(tmp.resolve("summary.json"), "{}");
        assertThrows(NotARunFolderException.class, () -> RunData.read(tmp));
    }

    @Test
    void readsQuotedMunicipalityNamesWhole() throws Exception {
        RunData run = RunData.read(RunFixture.run().municipalities(4).withQuotedNames().writeTo(tmp));
        List<String> names = run.municipalities().orElseThrow().distinct("municipality");
        assertEquals(List.of("m01", "Riverside, \"North\" 1", "m03", "Riverside, \"North\" 3"), names);
    }

    @Test
    void nanAndEmptyCellsReadAsNaN() {
        assertTrue(Double.isNaN(Table.parse("NaN")), "NaN");
        assertTrue(Double.isNaN(Table.parse("")), "empty");
        assertTrue(Double.isNaN(Table.parse("abc")), "text");
        assertEquals(0.25, Table.parse(" 0.25 "), 1e-12, "number with spaces");
        assertEquals(1.0, Table.parse("true"), 1e-12, "boolean true");
    }

    @Test
    void metricColumnsLeaveOutClockKeysAndEmptyColumns() throws Exception {
        Path dir = tmp.resolve("r");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("timeseries.csv"),
                "step,attendance_rate,regime,future_metric,empty\n0,0.1,a,1,NaN\n1,0.2,b,2,NaN\n");
        RunData run = RunData.readUnchecked(dir);
        assertEquals(List.of("attendance_rate", "future_metric"), run.metricColumns());
        assertEquals("r", run.scenarioName(), "folder name stands in for a missing summary");
        assertEquals(2, run.steps());
    }

    @Test
    void headlineComesFromSummaryWhenPresent() throws Exception {
        Path dir = tmp.resolve("s");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("timeseries.csv"), "step,attendance_rate\n0,0.1\n1,0.2\n");
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\":\"x\",\"final_window\":2,\"metrics\":"
                + "{\"attendance_rate\":{\"final\":0.31,\"window_mean\":0.30,\"window_sd\":0.01,"
                + "\"trend_per_year\":-0.002,\"stable\":true}}}");
        Headline h = RunData.readUnchecked(dir).headline("attendance_rate");
        assertEquals(0.31, h.finalValue(), 1e-12, "final");
        assertEquals(0.30, h.windowMean(), 1e-12, "window mean");
        assertEquals(0.01, h.windowSd(), 1e-12, "window sd");
        assertEquals(-0.002, h.trendPerYear(), 1e-12, "trend");
        assertEquals(Boolean.TRUE, h.stable(), "stable");
    }

    @Test
    void headlineIsComputedOverTheFinalWindowWithoutSummary() throws Exception {
        Path dir = tmp.resolve("c");
        Files.createDirectories(dir);
        StringBuilder ts = new StringBuilder("step,x\n");
        for (int t = 0; t < 104; t++) {
            // Flat at 5 for the first year, then rising by 1 per week (52 per year).
            ts.append(t).append(',').append(t < 52 ? 5 : t - 47).append('\n');
        }
        Files.writeString(dir.resolve("timeseries.csv"), ts.toString());
        RunData run = RunData.readUnchecked(dir);
        assertEquals(52, run.finalWindow(), "a year by default");
        Headline h = run.headline("x");
        assertEquals(56, h.finalValue(), 1e-9, "last value");
        assertEquals(30.5, h.windowMean(), 1e-9, "mean of 5..56");
        assertEquals(52.0, h.trendPerYear(), 1e-9, "one per week is 52 per year");
        assertNull(h.stable(), "no verdict without a summary");
    }

    @Test
    void singleRowRunHasZeroSpread() throws Exception {
        Path dir = tmp.resolve("one");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("timeseries.csv"), "step,x\n0,0.4\n");
        Headline h = RunData.readUnchecked(dir).headline("x");
        assertEquals(0.4, h.windowMean(), 1e-12, "mean of one value");
        assertEquals(0.0, h.windowSd(), 1e-12, "sd of one value");
        assertTrue(Double.isNaN(h.trendPerYear()), "no trend from one point");
    }

    @Test
    void parametersAreFlattenedToDottedPathsInFileOrder() throws Exception {
        RunData run = RunData.read(RunFixture.run().writeTo(tmp));
        Map<String, String> p = run.parameters();
        assertEquals(List.of("name", "seed", "steps", "municipalities.count", "municipalities.size",
                "citizens.solidarity.mean", "citizens.solidarity.sd", "citizens.free_time", "bylaws.quorum",
                "bylaws.decision_rule", "bylaws.meeting_interval", "bylaws.tags", "bylaws.note", "confederation.enabled"),
                List.copyOf(p.keySet()));
        assertEquals("0.2", p.get("bylaws.quorum"));
        assertEquals("[a, b]", p.get("bylaws.tags"));
    }

    @Test
    void eventsFindRecallsCollapsesAndRegimeChanges() throws Exception {
        RunData run = RunData.read(RunFixture.run().steps(40).withEconomy().withConfederation().collapseAt(30)
                .regimeChangeAt(20).writeTo(tmp));
        RunEvents e = RunEvents.of(run);
        assertEquals(List.of(30 / 52.0), e.collapses());
        assertEquals(1, e.regimeChanges().size());
        assertEquals("council", e.regimeChanges().get(0).regime());
        assertEquals(List.of(5 / 52.0, 18 / 52.0, 31 / 52.0), e.recalls(), "recalls at steps 5, 18, 31");
        assertEquals(List.of(8 / 52.0, 25 / 52.0), e.delegateRecalls(), "delegate recalls at steps 8, 25");
    }
}
