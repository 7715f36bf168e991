package org.pnyx.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.metrics.Metric;

/** The figure of wealth-buys-voice, hand-worked from made-up town rows. */
class LibertyPatternsTest {

    private static double[] town(double voice, double poorest, double richest) {
        double[] row = new double[Metric.values().length];
        row[Metric.LIBERTY_VOICE.ordinal()] = voice;
        row[Metric.LIBERTY_VOICE_Q1.ordinal()] = poorest;
        row[Metric.LIBERTY_VOICE_Q5.ordinal()] = richest;
        return row;
    }

    /**
     * Town a: voice 0.1, poorest 0.02, richest 0.3, gap (0.3 - 0.02) / 0.1 = 2.8; town b: voice 0.2, the fifths
     * equal, gap 0; town c bound by nothing (voice NaN) and town d heard on nothing (voice 0) are left out. Only
     * the last week counts: the first week's rows would give other gaps.
     */
    @Test
    void gapIsTheTownsMeanInUnitsOfTheirVoice() {
        double[][] first = {town(0.1, 0.1, 0.1), town(0.2, 0, 0.5), town(0.1, 0, 0.1), town(0.1, 0, 0.1)};
        double[][] last = {town(0.1, 0.02, 0.3), town(0.2, 0.2, 0.2), town(Double.NaN, Double.NaN, Double.NaN),
            town(0, 0, 0)};
        Trial.EngineRun run = new Trial.EngineRun(List.of(), List.of(first, last), List.of(), List.of(), null);
        assertEquals((2.8 + 0) / 2, LibertyPatterns.voiceGap(run), 1e-12);
    }

    @Test
    void noTownWithVoiceGivesNoFigure() {
        double[][] last = {town(0, 0, 0)};
        Trial.EngineRun run = new Trial.EngineRun(List.of(), List.<double[][]>of(last), List.of(), List.of(), null);
        assertTrue(Double.isNaN(LibertyPatterns.voiceGap(run)));
    }
}
