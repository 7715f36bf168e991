package org.pnyx.config;

/**
 * The minimal weekly economy of the core model: income from ability, a common stock pooled by
 * the assembly's policy, consumption, and random fair exchange (yard-sale model).
 *
 * @param productivity    goods a week per unit of ability, at least 0
 * @param consumptionRate share of wealth consumed each week on top of need, in [0, 1]
 * @param exchangeRate    stake of the weekly exchange as a share of the poorer partner's wealth, in [0, 1]
 */
public record LivelihoodConfig(double productivity, double consumptionRate, double exchangeRate) {

    public LivelihoodConfig {
        BylawConfig.check(productivity >= 0, "productivity", "at least 0", productivity);
        BylawConfig.check(consumptionRate >= 0 && consumptionRate <= 1, "consumptionRate", "in [0, 1]",
                consumptionRate);
        BylawConfig.check(exchangeRate >= 0 && exchangeRate <= 1, "exchangeRate", "in [0, 1]", exchangeRate);
    }

    /** Reads the {@code livelihood.*} keys. */
    public static LivelihoodConfig from(ParameterValues v) {
        return new LivelihoodConfig(v.d("livelihood.productivity"), v.d("livelihood.consumptionRate"),
                v.d("livelihood.exchangeRate"));
    }
}
