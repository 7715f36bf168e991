package org.pnyx.economy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.ParameterSpec;
import org.pnyx.config.ParameterValues;
import org.pnyx.config.Parameters;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.metrics.Metric;
import org.pnyx.metrics.RunObserver;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;
import org.pnyx.sim.Simulation;

/** Tiny hand-built towns and short whole runs for the economy tests. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * Catalogue defaults with a quiet economy (everyone an unconditional cooperator, no monitoring,
     * imitation, exchange, harvest or commons dependence, co-op factor 1, no common stock at the start,
     * 0.05 goods an hour so ability 1 makes 2 goods in 40 hours), then the given overrides.
     */
    static ParameterValues values(Map<String, Object> overrides) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (ParameterSpec s : Parameters.catalog().all()) {
            v.put(s.path(), s.defaultValue());
        }
        v.put("economy.conditionalShare", 0.0);
        v.put("economy.freeRiderShare", 0.0);
        v.put("economy.humpShare", 0.0);
        v.put("economy.dutyWeight", 0.0);
        v.put("economy.trustRate", 0.0);
        v.put("economy.imitationRate", 0.0);
        v.put("economy.exchangeRate", 0.0);
        v.put("economy.consumptionRate", 0.0);
        v.put("economy.resourceIntensity", 0.0);
        v.put("economy.resourceDependence", 0.0);
        v.put("economy.coopProductivity.dist", "constant");
        v.put("economy.coopProductivity.mean", 1.0);
        v.put("economy.initialStock", 0.0);
        v.put("economy.stockDecay", 0.0);
        v.put("economy.productivity", 0.05);
        v.put("bylaws.monitoring", 0.0);
        v.putAll(overrides);
        return new ParameterValues(v);
    }

    static EconomyConfig economy(Map<String, Object> overrides) {
        return EconomyConfig.from(values(overrides));
    }

    static BylawConfig bylaws() {
        return BylawConfig.from(values(Map.of()));
    }

    /** A municipality with the default policies (common share 0.2, need level 0.5, cap 1, sanctions 1). */
    static Municipality town(EconomyConfig economy) {
        double[] policy = new double[Issue.COUNT];
        policy[Issue.COMMON_SHARE.ordinal()] = 0.2;
        policy[Issue.NEED_LEVEL.ordinal()] = 0.5;
        policy[Issue.HARVEST_CAP.ordinal()] = 1.0;
        policy[Issue.SANCTIONS.ordinal()] = 1.0;
        return new Municipality(0, "t", bylaws(), economy, 0, policy);
    }

    /** Parses scenario text. */
    static ScenarioConfig scenario(String yaml) {
        try {
            return ScenarioLoader.parse("test", yaml, List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs a scenario and returns the overall value of a metric for every week. */
    static double[] series(ScenarioConfig scenario, Metric metric) {
        List<Double> out = new ArrayList<>();
        RunObserver observer = (week, overall, perTown) -> out.add(overall[metric.ordinal()]);
        Simulation.run(scenario, observer);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Runs a scenario and returns the overall row of every week (copies). */
    static List<double[]> rows(ScenarioConfig scenario) {
        List<double[]> out = new ArrayList<>();
        RunObserver observer = (week, overall, perTown) -> out.add(overall.clone());
        Simulation.run(scenario, observer);
        return out;
    }
}
