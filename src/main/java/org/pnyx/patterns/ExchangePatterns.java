package org.pnyx.patterns;

import static org.pnyx.patterns.Pattern.set;

import java.util.List;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.metrics.Metric;
import org.pnyx.model.Citizens;
import org.pnyx.patterns.Pattern.Knockout;
import org.pnyx.patterns.Pattern.Tolerance;

/**
 * Patterns of private exchange, run in the engine with everything else that moves wealth knocked out:
 * production ({@code economy.productivity=0}), consumption ({@code economy.consumption=false}), redistribution
 * (no confederation; a syndicalist town pools nothing), sanctions' fines ({@code bylaws.monitoring=0}) and
 * migration (off). Everyone starts with the same wealth, so what inequality there is, exchange made.
 */
final class ExchangePatterns {

    private ExchangePatterns() {
    }

    private static final String MARKET = """
            name: exchange
            municipalities: {count: 2, size: {dist: constant, mean: 300}}
            citizens:
              wealth: {dist: constant, mean: 10, min: 0, max: 1000000}
            economy: {regime: syndicalist, productivity: 0, consumption: false, imitationRate: 0}
            bylaws: {monitoring: 0}
            """;

    static List<Pattern> all() {
        String dy = "Dragulescu & Yakovenko (2000)";
        return List.of(
                new Pattern("random-exchange-gini", "Random exchange (pairs pool and split at random) gives an"
                        + " exponential wealth distribution, whose Gini is 1/2", dy,
                        "Gini of wealth after 200 weeks of random-split exchange, 600 citizens from equal wealth",
                        new Tolerance(0.45, 0.55, "the exponential (Boltzmann-Gibbs) distribution has Gini 1/2"
                                + " (Dragulescu & Yakovenko 2000); 0.05 allows for 600 citizens' sampling"),
                        Knockout.of("random-exchange"), null, 0, 10,
                        t -> randomSplit(t).last(Metric.GINI_WEALTH)),
                new Pattern("random-exchange-exponential", "Random exchange gives an exponential wealth"
                        + " distribution: the share below the mean is 1 - 1/e", dy,
                        "share of citizens whose wealth is below the mean after 200 weeks of random-split exchange",
                        new Tolerance(0.60, 0.66, "P(w < mean) = 1 - 1/e = 0.632 for the exponential"
                                + " distribution (Dragulescu & Yakovenko 2000), within 0.03"),
                        Knockout.of("random-exchange"), null, 0, 10,
                        t -> belowMean(randomSplit(t))),
                new Pattern("yard-sale-condenses", "The yard-sale exchange condenses wealth: without redistribution"
                        + " the Gini rises toward 1", "Chakraborti (2002); Boghosian (2014)",
                        "Gini of wealth after 100 years (quick: 60) of yard-sale exchange (stake 0.05), 600 citizens"
                                + " from equal wealth",
                        new Tolerance(0.8, 1.0, "wealth condenses, Gini toward 1 (Boghosian 2014); the Gini"
                                + " still rises at the end, so any bound below 1 is passed in time"),
                        Knockout.of("exchange"), null, 0, 10,
                        t -> t.run(MARKET, set(ScenarioConfig.STEPS, t.scale(5200, 3120)),
                                set(EconomyConfig.EXCHANGE, "yard_sale")).last(Metric.GINI_WEALTH)));
    }

    private static Trial.EngineRun randomSplit(Trial t) throws Exception {
        return t.run(MARKET, set(ScenarioConfig.STEPS, t.scale(200, 100)), set(EconomyConfig.EXCHANGE, "random_split"));
    }

    private static double belowMean(Trial.EngineRun r) {
        Citizens c = r.sim().society().citizens();
        int n = c.size();
        double mean = 0;
        for (int id = 0; id < n; id++) {
            mean += c.wealth(id);
        }
        mean /= n;
        int below = 0;
        for (int id = 0; id < n; id++) {
            below += c.wealth(id) < mean * (1 - 1e-9) ? 1 : 0;
        }
        return (double) below / n;
    }
}
