package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wilson intervals and Kaplan–Meier estimates against figures worked by hand. */
class ReplicationsTest {

    @Test
    void wilsonIntervalMatchesHandWorkedFigures() {
        // 5 of 10: p = 0.5, z² = 3.8415, centre 0.5, half-width 1.96·√(0.025 + 0.0096) / 1.3841 = 0.2634.
        Replications.Share half = Replications.wilson(5, 10);
        assertEquals(0.5, half.share(), 1e-12);
        assertEquals(0.2366, half.low(), 1e-4);
        assertEquals(0.7634, half.high(), 1e-4);
        // 0 of 10: [0, z²/n / (1 + z²/n)] = [0, 0.3841 / 1.3841] = [0, 0.2775]; the Wald interval would be [0, 0].
        Replications.Share none = Replications.wilson(0, 10);
        assertEquals(0, none.low(), 0);
        assertEquals(0.2775, none.high(), 1e-4);
        // 1 of 10: the tabulated Wilson interval 0.0179 to 0.4042 (Newcombe 1998, table I, method 3).
        Replications.Share one = Replications.wilson(1, 10);
        assertEquals(0.0179, one.low(), 1e-4);
        assertEquals(0.4042, one.high(), 1e-4);
        // 12 of 12 mirrors 0 of 12.
        Replications.Share all = Replications.wilson(12, 12);
        Replications.Share zero = Replications.wilson(0, 12);
        assertEquals(1, all.high(), 0);
        assertEquals(1 - zero.high(), all.low(), 1e-12);
        assertTrue(Double.isNaN(Replications.wilson(0, 0).share()), "no runs, no share");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Replications.wilson(3, 2));
        assertEquals("need 0 <= k <= n, but k = 3 and n = 2", e.getMessage());
    }

    @Test
    void kaplanMeierWithCensoringMatchesAHandWorkedTable() {
        // Seven runs: collapses at weeks 3, 5, 5 and 10; censored (ran to the end without collapsing) at 5, 8 and 12.
        //   week 3:  7 at risk, 1 collapses   S = 6/7
        //   week 5:  6 at risk (the run censored at 5 still counts), 2 collapse   S = 6/7 · 4/6 = 4/7
        //   week 8:  a censored run leaves: 2 at risk afterwards, S unchanged
        //   week 10: 2 at risk, 1 collapses   S = 4/7 · 1/2 = 2/7
        double[] t = {3, 5, 5, 5, 8, 10, 12};
        boolean[] d = {true, true, true, false, false, true, false};
        List<Replications.Step> km = Replications.kaplanMeier(t, d);
        assertEquals(3, km.size(), "one step per event time: " + km);
        assertEquals(3, km.get(0).time(), 0);
        assertEquals(7, km.get(0).atRisk());
        assertEquals(6.0 / 7, km.get(0).survival(), 1e-12);
        assertEquals(5, km.get(1).time(), 0);
        assertEquals(6, km.get(1).atRisk());
        assertEquals(2, km.get(1).events());
        assertEquals(4.0 / 7, km.get(1).survival(), 1e-12);
        assertEquals(10, km.get(2).time(), 0);
        assertEquals(2, km.get(2).atRisk());
        assertEquals(1, km.get(2).events());
        assertEquals(2.0 / 7, km.get(2).survival(), 1e-12);
        assertEquals(1, Replications.survivalAt(km, 2.9), 0);
        assertEquals(4.0 / 7, Replications.survivalAt(km, 9), 1e-12);
        assertEquals(2.0 / 7, Replications.survivalAt(km, 52), 1e-12);
        assertEquals(10, Replications.median(km), 0, "the first time S falls to 1/2 or below");
    }

    @Test
    void withoutCensoringKaplanMeierIsTheEmpiricalShareAndAMedianBeyondTheRunIsNaN() {
        double[] t = {4, 1, 2, 3};
        boolean[] all = {true, true, true, true};
        List<Replications.Step> km = Replications.kaplanMeier(t, all);
        assertEquals(List.of(0.75, 0.5, 0.25, 0.0), km.stream().map(Replications.Step::survival).toList());
        assertEquals(2, Replications.median(km), 0);
        boolean[] oneOfFour = {false, true, false, false};
        List<Replications.Step> few = Replications.kaplanMeier(t, oneOfFour);
        assertEquals(0.75, few.get(0).survival(), 1e-12);
        assertTrue(Double.isNaN(Replications.median(few)), "three of four survived: median beyond the run");
        assertTrue(Replications.kaplanMeier(t, new boolean[4]).isEmpty(), "no collapse, no step");
    }
}
