package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.Distribution;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalCounters;
import org.pnyx.model.Municipality;
import org.pnyx.model.Regions;
import org.pnyx.model.Sampler;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/**
 * The confederal layer (seed 001, "Confederation" and "Dual Power"): it builds the confederations and
 * their mechanisms, offers each mechanism's step of the week (listed in order in {@code sim.PnyxSim.steps()}),
 * and reports their counters to the metrics. Only democratized (self-governing) towns take part in confederations. Towns and citizens are visited
 * in index and id order; all randomness comes from the run's generator. With every feature off the
 * layer draws nothing and changes nothing.
 */
public final class ConfederalLayer implements ConfederalCounters {

    private final ConfederalRules rules;
    private final List<Confederation> confederations = new ArrayList<>();
    private final Transition transition;
    private final Migration migration;
    private final ConfederalLedger ledger;
    private final Pooling pooling;
    private final Enforcement enforcement;
    private final Delegates delegates;
    private final ConfederalVote vote;
    private final Interdependence interdependence;
    /** Whether towns were democratized or citizens moved this week, so interdependence must be recomputed. */
    private boolean townsChanged;

    /**
     * Sets up the confederations and draws each citizen's confederal opinion (only when the
     * confederation is enabled, after the society is built, so the same towns and citizens result).
     *
     * @param config         the confederal settings
     * @param society        the society
     * @param opinion        distribution of citizens' confederal opinions
     * @param efficacyMemory weight of past efficacy when a decision is folded in
     * @param commons        harm from over-harvesting a shared commons (the economy's seam)
     * @param votes          receives every confederal vote
     * @param random         the run's generator
     */
    public ConfederalLayer(ConfederationConfig config, Society society, Distribution opinion, double efficacyMemory,
                           HarmSource commons, Consumer<VoteRecord> votes, MersenneTwisterFast random) {
        this(new ConfederalRules(config), society, opinion, efficacyMemory, commons, votes, random);
    }

    /**
     * As above, with the confederal rules in force kept in {@code rules} (changed during the run only
     * through {@link ConfederalRules#change}).
     */
    public ConfederalLayer(ConfederalRules rules, Society society, Distribution opinion, double efficacyMemory,
                           HarmSource commons, Consumer<VoteRecord> votes, MersenneTwisterFast random) {
        this.rules = rules;
        Citizens c = society.citizens();
        List<Municipality> towns = society.municipalities();
        if (rules.config().enabled()) {
            buildConfederations(towns);
            for (int id = 0; id < c.size(); id++) {
                c.setConfederalOpinion(id, Sampler.draw(opinion, random));
            }
        }
        ledger = new ConfederalLedger(towns, c, !confederations.isEmpty() || rules.config().migration());
        pooling = new Pooling(rules, ledger);
        enforcement = new Enforcement(rules, towns, ledger, commons);
        delegates = new Delegates(rules, c, towns.size());
        vote = new ConfederalVote(rules, c, towns.size(), ledger, delegates, enforcement, efficacyMemory, votes);
        interdependence = new Interdependence(rules, towns, confederations);
        transition = rules.config().transition() ? new Transition(rules, towns, c) : null;
        migration = rules.config().migration() ? new Migration(rules, society, ledger, enforcement) : null;
        interdependence.update();
    }

    private void buildConfederations(List<Municipality> towns) {
        Map<String, List<Municipality>> regions = Regions.group(towns, rules.config().regions());
        regions.forEach((name, members) -> confederations.add(new Confederation(name, members, rules.config().share())));
        if (rules.config().communeOfCommunes() && confederations.size() > 1) {
            confederations.add(new Confederation("commune", towns, rules.config().share()));
        }
    }

    /** Sets every confederation's pooled share (an intervention; confederal votes change it too). */
    public void setShare(double share) {
        for (Confederation f : confederations) {
            f.share = share;
        }
    }

    /** The confederal rules in force. */
    public ConfederalRules rules() {
        return rules;
    }

    /** The confederations, regions first and the Commune of communes last; empty when disabled. */
    public List<Confederation> confederations() {
        return confederations;
    }

    /** Step: transition (if on): the movement educates, moral power follows attendance, councils cede power. */
    public void transition() {
        townsChanged = transition != null && transition.week();
    }

    /** Step: sanctions whose time is up are lifted with their harvest caps. */
    public void expireSanctions() {
        enforcement.expire();
    }

    /** Step: each town's income, need and wealth are summed, when a confederation or migration reads them. */
    public void sumTowns() {
        ledger.sum();
    }

    /**
     * Step: each confederation in turn (regions in order, the commune last) pools and redistributes its
     * members' surplus and, on vote weeks, holds its confederal vote. Pooling and the vote alternate by
     * confederation because a town of a region is also in the commune: the commune pools what the
     * region's vote left.
     */
    public void poolAndVote(long week, MersenneTwisterFast random) {
        delegates.startWeek();
        vote.startWeek();
        boolean voteWeek = vote.voteWeek(week);
        for (Confederation f : confederations) {
            pooling.pool(f);
            if (voteWeek) {
                vote.hold(f, week, random);
            }
        }
    }

    /** Step: dissatisfied citizens migrate (if on). */
    public void migrate(MersenneTwisterFast random) {
        if (migration != null) {
            townsChanged |= migration.week(random);
        }
    }

    /** Step: if towns were democratized or citizens moved, each town's productivity factor is recomputed. */
    public void interdependence() {
        if (townsChanged) {
            interdependence.update();
        }
    }

    // Read by the metrics collector (as ConfederalCounters).

    @Override
    public int deviations(int town) {
        return delegates.deviations(town);
    }

    @Override
    public int delegateRecalls(int town) {
        return delegates.recalls(town);
    }

    @Override
    public int confederalVotes(int town) {
        return vote.townVotes(town);
    }

    @Override
    public int ruleDisagreements(int town) {
        return vote.townDisagreements(town);
    }

    @Override
    public double netReceived(int town) {
        return ledger.netReceived(town);
    }

    @Override
    public double fidelity(int town) {
        return delegates.fidelity(town);
    }

    @Override
    public double fidelity() {
        return delegates.fidelity();
    }

    @Override
    public int votesThisWeek() {
        return vote.votesThisWeek();
    }

    @Override
    public int disagreementsThisWeek() {
        return vote.disagreementsThisWeek();
    }

    @Override
    public int paradoxes(int town) {
        return vote.townParadoxes(town);
    }

    @Override
    public double confederalTurnout(int town) {
        return vote.townTurnout(town);
    }

    @Override
    public int paradoxesThisWeek() {
        return vote.paradoxesThisWeek();
    }

    @Override
    public double confederalTurnout() {
        return vote.turnoutThisWeek();
    }

    @Override
    public int sanctionsThisWeek() {
        return enforcement.sanctionsThisWeek();
    }

    @Override
    public double transfersThisWeek() {
        return ledger.transfersThisWeek();
    }

    @Override
    public int sanctionsAdopted(int town) {
        return enforcement.sanctionsAdopted(town);
    }

    /** Whether a town is under a sanction. */
    public boolean sanctioned(int town) {
        return enforcement.sanctioned(town);
    }

    @Override
    public int departures(int town) {
        return migration == null ? 0 : migration.departures(town);
    }

    @Override
    public int migrationsThisWeek() {
        return migration == null ? 0 : migration.movesThisWeek();
    }

    /** Whether transition mode is on. */
    public boolean transitionMode() {
        return transition != null;
    }
}
