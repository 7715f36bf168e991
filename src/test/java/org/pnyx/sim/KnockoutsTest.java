package org.pnyx.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;

/** Every registered mechanism is live in its setting and is switched off by its declared knockout. */
class KnockoutsTest {

    private static final String BASE = """
            name: knockout
            seed: 11
            steps: 104
            municipalities: {count: 4, size: {dist: constant, mean: 150}}
            """;

    static Stream<Mechanisms.Mechanism> mechanisms() {
        return Mechanisms.all().stream();
    }

    /** The overall value of every metric, week by week. */
    private static List<double[]> run(Mechanisms.Mechanism m, boolean knockedOut) throws Exception {
        List<String> set = new ArrayList<>();
        m.live().forEach((k, v) -> set.add(k + "=" + v));
        if (knockedOut) {
            set.add(m.knockout().path() + "=" + m.neutral());
        }
        ScenarioConfig s = ScenarioLoader.parse("knockout", BASE, set);
        List<double[]> weeks = new ArrayList<>();
        RunObserver o = (week, overall, perTown) -> weeks.add(overall.clone());
        Simulation.run(s, o);
        return weeks;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mechanisms")
    void theKnockoutSwitchesTheMechanismOff(Mechanisms.Mechanism m) throws Exception {
        List<double[]> on = run(m, false);
        List<double[]> off = run(m, true);
        if (m.kind() == Mechanisms.Neutral.NONE) {
            boolean differ = false;
            for (int w = 0; w < on.size() && !differ; w++) {
                differ = !Arrays.equals(on.get(w), off.get(w));
            }
            assertTrue(differ, m.name() + ": knocking it out changes nothing, so it is not live in its setting");
            return;
        }
        int col = m.witness().ordinal();
        double first = off.get(0)[col];
        boolean liveSeen = false;
        for (int w = 0; w < on.size(); w++) {
            double expected = m.kind() == Mechanisms.Neutral.ZERO ? 0 : first;
            assertEquals(expected, off.get(w)[col], 1e-12,
                    m.name() + " knocked out: " + m.witness().column() + " in week " + w);
            double reference = m.kind() == Mechanisms.Neutral.ZERO ? 0 : on.get(0)[col];
            liveSeen |= Math.abs(on.get(w)[col] - reference) > 1e-12;
        }
        assertTrue(liveSeen, m.name() + ": " + m.witness().column() + " never moves with the mechanism on");
    }

    @Test
    void everyKnockoutIsADeclaredValue() {
        for (Mechanisms.Mechanism m : Mechanisms.all()) {
            ParameterSpec spec = Parameters.catalog().get(m.knockout().path());
            assertEquals(m.knockout().spec(), spec, m.name() + ": the knockout is a catalogued parameter");
            spec.parse(m.neutral());
            String liveValue = m.live().getOrDefault(spec.path(), spec.defaultText());
            assertNotEquals(liveValue, m.neutral(), m.name() + ": the live setting is not the knockout");
            for (String key : m.live().keySet()) {
                assertTrue(Parameters.catalog().get(key) != null, m.name() + ": " + key + " is declared");
            }
            if (m.witness() != null) {
                assertTrue(Metric.all().contains(m.witness()));
            }
        }
        assertEquals(Mechanisms.all().size(), Mechanisms.all().stream().map(Mechanisms.Mechanism::name).distinct().count());
    }
}
