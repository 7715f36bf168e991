package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Effort types by solidarity in absolute terms, against the reference beta (mean 0.5, sd 0.15, symmetric). */
class TypeBandsTest {

    @Test
    void thresholdsAreTheReferenceQuantiles() {
        assertEquals(0.5, TypeBands.quantile(0.5), 1e-9, "the symmetric beta's median");
        assertEquals(1, TypeBands.quantile(0.3) + TypeBands.quantile(0.7), 1e-9, "symmetry about 0.5");
        assertEquals(Double.NEGATIVE_INFINITY, TypeBands.quantile(0), "no free riders: nobody below");
        assertEquals(Double.POSITIVE_INFINITY, TypeBands.quantile(1), "no cooperators: nobody above");
    }

    @Test
    void aSolidarityFallsInTheBandOfTheThresholdsItReaches() {
        double[] t = {0.4, 0.5, 0.7};
        assertEquals(Strategy.FREE_RIDER, TypeBands.type(TypeBands.band(0.39, t)));
        assertEquals(Strategy.HUMP, TypeBands.type(TypeBands.band(0.4, t)));
        assertEquals(Strategy.CONDITIONAL, TypeBands.type(TypeBands.band(0.69, t)));
        assertEquals(Strategy.COOPERATOR, TypeBands.type(TypeBands.band(0.7, t)));
        assertEquals(Strategy.CONDITIONAL, TypeBands.type(TypeBands.band(1, new double[] {0.4, 0.5,
                Double.POSITIVE_INFINITY})), "no cooperators even at 1");
    }

    @Test
    void aCrossingMovesATypeOnlyPastTheBandEntered() {
        assertEquals(Strategy.CONDITIONAL, TypeBands.crossed(Strategy.FREE_RIDER, 1, 2), "rose: takes the band's type");
        assertEquals(Strategy.COOPERATOR, TypeBands.crossed(Strategy.COOPERATOR, 1, 2),
                "rose, but imitation had already put them above: stays");
        assertEquals(Strategy.HUMP, TypeBands.crossed(Strategy.COOPERATOR, 2, 1), "fell: takes the band's type");
        assertEquals(Strategy.FREE_RIDER, TypeBands.crossed(Strategy.FREE_RIDER, 2, 1),
                "fell, but already below: stays");
    }
}
