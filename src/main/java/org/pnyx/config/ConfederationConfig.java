package org.pnyx.config;

import java.util.Locale;

/**
 * Settings of the confederal layer (seed 001, "Confederation"): whether towns confederate, how
 * confederal votes are decided, the pooled share of surplus, delegates' fidelity, enforcement
 * against hoarding, interdependence of goods, exit by migration, and the optional transition from
 * state to dual power. Keys {@code confederation.*}, {@code interdependence.*}, {@code migration.*}
 * and {@code transition.*}; units and sources in {@link Parameters}.
 *
 * @param enabled            whether towns form confederations (off: all towns isolated)
 * @param regions            regional confederations generated when towns name none, at least 1
 * @param communeOfCommunes  whether the regions also form one Commune of communes over all towns
 * @param rule               rule in force for confederal votes
 * @param voteInterval       weeks between confederal votes, at least 1
 * @param share              initial confederal share of weekly surplus pooled, in [0, 1]
 * @param delegateFidelity   chance a disagreeing delegate still carries the mandate, in [0, 1]
 * @param hoardingThreshold  mean wealth, as a multiple of the confederation mean, above which a town hoards; at least 1
 * @param sanctionRate       share of a sanctioned town's excess wealth paid to the pool, in [0, 1]
 * @param goods              kinds of goods every citizen needs, at least 1
 * @param goodsPerTown       kinds each town produces, in [1, goods]
 * @param autarkyEfficiency  productivity for kinds a town must make for itself, in [0, 1]
 * @param migration          whether dissatisfied citizens may move
 * @param migrationRate      weekly chance of leaving per unit of dissatisfaction above tolerance, in [0, 1]
 * @param migrationTolerance dissatisfaction borne without leaving, in [0, 1]
 * @param migrationCap       largest share of a town's citizens leaving in one week, in [0, 1]
 * @param migrationCost      goods a migrant spends on moving, at least 0
 * @param transition         whether towns start under a state council (transition mode)
 * @param seedTowns          towns where the movement starts, at least 0
 * @param educationRate      share of the gap to solidarity 1 closed per week where the movement is active, in [0, 1]
 * @param powerThreshold     moral power at which a state council cedes power, in [0, 1]
 * @param powerMemory        weight of past moral power, in [0, 1]
 * @param statePressure      threshold increase per unit of democratized share, in [0, 1]
 */
public record ConfederationConfig(boolean enabled, int regions, boolean communeOfCommunes, Rule rule,
                                  int voteInterval, double share, double delegateFidelity, double hoardingThreshold,
                                  double sanctionRate, int goods, int goodsPerTown, double autarkyEfficiency,
                                  boolean migration, double migrationRate, double migrationTolerance,
                                  double migrationCap, double migrationCost, boolean transition, int seedTowns,
                                  double educationRate, double powerThreshold, double powerMemory,
                                  double statePressure) {

    /** How a confederal vote is decided. */
    public enum Rule {
        /** Majority of all citizens of all member towns (seed 001). */
        AGGREGATE_CITIZENS,
        /** Majority of the towns' votes as cast by their delegates. */
        ONE_MUNICIPALITY_ONE_VOTE,
        /** Majority of the delegates voting their own judgement (a parliament). */
        DELEGATE_COUNCIL;

        /** The lower-case name used in scenario files and outputs. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ConfederationConfig {
        BylawConfig.check(regions >= 1, "regions", "at least 1", regions);
        BylawConfig.check(voteInterval >= 1, "voteInterval", "at least 1", voteInterval);
        unit(share, "share");
        unit(delegateFidelity, "delegateFidelity");
        BylawConfig.check(hoardingThreshold >= 1, "hoardingThreshold", "at least 1", hoardingThreshold);
        unit(sanctionRate, "sanctionRate");
        BylawConfig.check(goods >= 1, "goods", "at least 1", goods);
        BylawConfig.check(goodsPerTown >= 1 && goodsPerTown <= goods, "goodsPerTown", "in [1, goods = " + goods + "]",
                goodsPerTown);
        unit(autarkyEfficiency, "autarkyEfficiency");
        unit(migrationRate, "migrationRate");
        unit(migrationTolerance, "migrationTolerance");
        unit(migrationCap, "migrationCap");
        BylawConfig.check(migrationCost >= 0, "migrationCost", "at least 0", migrationCost);
        BylawConfig.check(seedTowns >= 0, "seedTowns", "at least 0", seedTowns);
        unit(educationRate, "educationRate");
        unit(powerThreshold, "powerThreshold");
        unit(powerMemory, "powerMemory");
        unit(statePressure, "statePressure");
    }

    private static void unit(double v, String field) {
        BylawConfig.check(v >= 0 && v <= 1, field, "in [0, 1]", v);
    }

    /** Reads the confederation, interdependence, migration and transition keys. */
    public static ConfederationConfig from(ParameterValues v) {
        return new ConfederationConfig(v.b("confederation.enabled"), v.i("confederation.regions"),
                v.b("confederation.communeOfCommunes"),
                Rule.valueOf(v.s("confederation.rule").toUpperCase(Locale.ROOT)), v.i("confederation.voteInterval"),
                v.d("confederation.share"), v.d("confederation.delegateFidelity"),
                v.d("confederation.hoardingThreshold"), v.d("confederation.sanctionRate"),
                v.i("interdependence.goods"), v.i("interdependence.goodsPerTown"),
                v.d("interdependence.autarkyEfficiency"), v.b("migration.enabled"), v.d("migration.rate"),
                v.d("migration.tolerance"), v.d("migration.cap"), v.d("migration.cost"),
                v.b("transition.enabled"), v.i("transition.seedTowns"), v.d("transition.educationRate"),
                v.d("transition.threshold"), v.d("transition.memory"), v.d("transition.statePressure"));
    }
}
