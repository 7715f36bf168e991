package org.pnyx.config;

import java.util.List;
import java.util.Map;

/**
 * A fully resolved scenario: every model parameter with defaults filled in, the municipalities
 * (either explicit, or generated from {@code municipalities.count} and {@code municipalities.size}),
 * and the values it was built from, for the manifest.
 *
 * @param values          every catalogue value, defaults included
 * @param municipalities  explicit municipalities, or empty to generate them from the size distribution
 * @param overrides       per-municipality overrides as written (bylaw keys, and {@code regime}), by municipality
 *                        name (for the manifest)
 */
public record ScenarioConfig(ParameterValues values, List<MunicipalitySpec> municipalities,
                             Map<String, Map<String, Object>> overrides) {

    public ScenarioConfig {
        municipalities = List.copyOf(municipalities);
        overrides = Map.copyOf(overrides);
        // Builds every record once so that a bad combination fails here, not mid-run.
        BylawConfig.from(values);
        AttendanceConfig.from(values);
        EconomyConfig.from(values);
        CitizenTraitsConfig.from(values);
        ConfederationConfig.from(values);
        values.distribution("municipalities.size");
        values.distribution("municipalities.endowment");
    }

    public String name() {
        return values.s("name");
    }

    public long seed() {
        return values.l("seed");
    }

    public int steps() {
        return values.i("steps");
    }

    public int finalWindow() {
        return values.i("metrics.finalWindow");
    }

    public BylawConfig bylaws() {
        return BylawConfig.from(values);
    }

    public AttendanceConfig attendance() {
        return AttendanceConfig.from(values);
    }

    /** The scenario-wide economy; a municipality of an explicit list may override its regime. */
    public EconomyConfig economy() {
        return EconomyConfig.from(values);
    }

    /** Whether each town has its own commons or the towns of a region share one (scenario-wide). */
    public CommonsScope commonsScope() {
        return CommonsScope.of(values.s("economy.commonsScope"));
    }

    public ConfederationConfig confederation() {
        return ConfederationConfig.from(values);
    }

    public CitizenTraitsConfig citizens() {
        return CitizenTraitsConfig.from(values);
    }

    /** Influence gained or lost per carried or failed proposal. */
    public double influenceGain() {
        return values.d("influence.gain");
    }

    /** Share of the distance to neutral influence lost per meeting. */
    public double influenceRelaxation() {
        return values.d("influence.relaxation");
    }
}
