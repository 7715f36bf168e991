package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MetricStyleTest {

    private static final Set<Color> OKABE_ITO = Set.of(Palette.BLACK, Palette.ORANGE, Palette.SKY_BLUE,
            Palette.BLUISH_GREEN, Palette.YELLOW, Palette.BLUE, Palette.VERMILLION, Palette.REDDISH_PURPLE);

    @Test
    void everyKnownMetricHasAnOkabeItoColour() {
        for (String key : Stream.of(RunFixture.BASE, RunFixture.ECONOMY, RunFixture.CONFEDERATION)
                .flatMap(List::stream).filter(k -> !k.equals("step")).toList()) {
            assertTrue(MetricStyle.isKnown(key), key + " is known");
            assertTrue(OKABE_ITO.contains(MetricStyle.of(key).color()), key + " uses the Okabe-Ito palette");
        }
    }

    @Test
    void metricsDrawnOnOneChartHaveDistinctColours() {
        for (List<String> together : List.of(MetricStyle.INEQUALITY, MetricStyle.PARTICIPATION)) {
            Set<Color> colours = together.stream().map(k -> MetricStyle.of(k).color()).collect(Collectors.toSet());
            assertEquals(together.size(), colours.size(), "distinct colours for " + together);
        }
    }

    @Test
    void unknownMetricGetsAReadableLabelAndTheSameColourEveryTime() {
        MetricStyle s = MetricStyle.of("trust_in_neighbours");
        assertEquals("Trust in neighbours", s.label());
        assertEquals(s.color(), MetricStyle.of("trust_in_neighbours").color());
        assertTrue(Palette.RUN_ORDER.contains(s.color()), "unknown metrics avoid yellow");
    }

    @Test
    void chartSizeOutOfRangeIsRejectedWithTheValue() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ChartOptions(100, 900));
        assertEquals("width must be in [320, 8000], but was 100", e.getMessage());
    }
}
