package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.CitizenTraitsConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.config.MunicipalitySpec;
import org.pnyx.config.PowersConfig;
import org.pnyx.config.Regime;
import org.pnyx.config.Param;
import org.pnyx.config.ScenarioConfig;

/**
 * The population of a run: all citizens and the municipalities they live in, in index order.
 *
 * @param citizens       every citizen, ids grouped by municipality
 * @param municipalities every municipality, by index
 */
public record Society(Citizens citizens, List<Municipality> municipalities) {

    public Society {
        municipalities = List.copyOf(municipalities);
    }

    /**
     * Builds the society a scenario describes: municipalities from the explicit list or drawn from
     * the size distribution, then each citizen's traits drawn in id order.
     */
    public static Society build(ScenarioConfig scenario, MersenneTwisterFast random) {
        List<MunicipalitySpec> specs = scenario.municipalities();
        if (specs.isEmpty()) {
            specs = generate(scenario, random);
        }
        long total = 0;
        for (MunicipalitySpec s : specs) {
            total += s.population();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("population must be below 2^31, but was " + total);
        }
        Citizens c = new Citizens((int) total);
        CitizenTraitsConfig t = scenario.citizens();
        PowersConfig powers = PowersConfig.from(scenario.values());
        boolean stagger = scenario.values().get(ScenarioConfig.STAGGER_MEETINGS);
        double[] policy = new double[Issue.COUNT];
        policy[Issue.COMMON_SHARE.ordinal()] = scenario.values().get(ScenarioConfig.POLICY_COMMON_SHARE);
        policy[Issue.NEED_LEVEL.ordinal()] = scenario.values().get(ScenarioConfig.POLICY_NEED_LEVEL);
        policy[Issue.HARVEST_CAP.ordinal()] = scenario.values().get(ScenarioConfig.POLICY_HARVEST_CAP);
        policy[Issue.SANCTIONS.ordinal()] = scenario.values().get(ScenarioConfig.POLICY_SANCTIONS);
        List<Municipality> towns = new ArrayList<>(specs.size());
        int id = 0;
        for (int index = 0; index < specs.size(); index++) {
            MunicipalitySpec s = specs.get(index);
            int offset = stagger ? index % s.bylaws().meetingInterval() : 0;
            TownRules rules = s.values() != null ? new TownRules(s.values()) : new TownRules(s.bylaws(), s.economy());
            Municipality m = new Municipality(index, s.name(), rules, offset, policy);
            // Seed 002: under state socialism the individual cannot choose where to live, and the plan, not
            // the assembly, sets every policy the model has (all of them economic).
            boolean planned = s.economy().regime().has(Regime.Trait.CENTRALLY_PLANNED);
            boolean plan = planned && powers.planOverrides();
            m.setPlace(s.region(), s.endowment(), s.exitAllowed() && !(planned && powers.planClosesExit()));
            m.setPowers(powers.planOverrides(), powers.ownersDecide());
            m.setHandSetVotes(s.handFor(), s.handAgainst());
            if (plan) {
                m.setSelfGoverning(false);
            }
            for (int k = 0; k < s.population(); k++, id++) {
                c.set(id, index, Sampler.draw(t.solidarity(), random), Sampler.draw(t.reason(), random),
                        Sampler.draw(t.freeTime(), random), Sampler.draw(t.need(), random),
                        Sampler.draw(t.ability(), random), Sampler.draw(t.wealth(), random),
                        Sampler.draw(t.habit(), random));
                for (Issue issue : Issue.values()) {
                    c.setOpinion(id, issue, Sampler.draw(t.opinion(), random));
                }
                m.addMember(id);
            }
            towns.add(m);
        }
        return new Society(c, towns);
    }

    /** The policy issue whose initial value a {@code policy.*} parameter sets, or null for any other parameter. */
    public static Issue policyIssue(Param p) {
        if (p == ScenarioConfig.POLICY_COMMON_SHARE) {
            return Issue.COMMON_SHARE;
        } else if (p == ScenarioConfig.POLICY_NEED_LEVEL) {
            return Issue.NEED_LEVEL;
        } else if (p == ScenarioConfig.POLICY_HARVEST_CAP) {
            return Issue.HARVEST_CAP;
        } else if (p == ScenarioConfig.POLICY_SANCTIONS) {
            return Issue.SANCTIONS;
        }
        return null;
    }

    /**
     * Moves a citizen from their municipality to another, keeping both member lists in ascending
     * id order; the population is conserved. The migrant frees their co-op place at home and joins the
     * smallest co-op of the new town, so nobody else changes workplace.
     */
    public void migrate(int id, Municipality to) {
        Municipality from = municipalities.get(citizens.home[id]);
        if (from == to) {
            throw new IllegalArgumentException("citizen " + id + " already lives in " + to.name());
        }
        from.removeMember(id);
        from.leaveCoop(citizens.coop[id]);
        to.insertMember(id);
        citizens.coop[id] = to.joinCoop();
        citizens.home[id] = to.index();
    }

    private static List<MunicipalitySpec> generate(ScenarioConfig scenario, MersenneTwisterFast random) {
        int count = scenario.values().get(ScenarioConfig.TOWN_COUNT);
        List<MunicipalitySpec> specs = new ArrayList<>(count);
        EconomyConfig economy = scenario.economy();
        for (int k = 0; k < count; k++) {
            int size = (int) Math.max(1, Math.round(Sampler.draw(scenario.values().get(ScenarioConfig.TOWN_SIZE),
                    random)));
            // A constant endowment (the default) draws nothing, so the generator's sequence is unchanged.
            double endowment = Sampler.draw(scenario.values().get(ScenarioConfig.TOWN_ENDOWMENT), random);
            specs.add(new MunicipalitySpec(MunicipalitySpec.generatedName(k, count), size,
                    scenario.bylaws(), economy, null, endowment, true, 0, 0, scenario.values()));
        }
        return specs;
    }
}
