package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/** Patterns of the confederal layer, run in the engine. */
final class ConfederationPatterns {

    private ConfederationPatterns() {
    }

    /** Towns with unequal land (endowment 0.6-1.4) in one confederation that pools a share of surplus. */
    private static final String CONFEDERATED = """
            name: confederation
            municipalities:
              count: 8
              size: {dist: constant, mean: 200}
              endowment: {dist: uniform, mean: 1, min: 0.6, max: 1.4}
            confederation: {enabled: true, regions: 1, share: 0.3}
            """;

    static List<Pattern> all() {
        return List.of(
                new Pattern("pooling-equalizes-towns", "Pooling surplus between towns and giving it by need lowers"
                        + " inequality between them", "Biehl 1998 (confederal redistribution)",
                        "Gini between towns confederated (pooling) over the Gini of the same towns isolated (same seed,"
                                + " last year's mean)",
                        new Tolerance(0, 0.9, "pooling lowers between-town inequality (Biehl 1998); by at least a"
                                + " tenth, a Pnyx design target for the qualitative claim"),
                        Knockout.of("redistribution"), null, 0, 10,
                        t -> {
                            String steps = set(ScenarioConfig.STEPS, t.scale(260, 104));
                            double pooled = t.run(CONFEDERATED, steps).tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            // Isolated, not a pooled share of 0: the confederation's votes could raise a 0 share.
                            double alone = t.run(CONFEDERATED, steps, set(ConfederationConfig.CONFEDERATION_ENABLED, false))
                                    .tail(Metric.GINI_BETWEEN_MUNICIPALITIES, 52);
                            return pooled / alone;
                        }));
    }
}
