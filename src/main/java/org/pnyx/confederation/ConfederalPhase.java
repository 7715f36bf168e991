package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.config.Distribution;
import org.pnyx.model.Citizens;
import org.pnyx.model.ConfederalCounters;
import org.pnyx.model.Municipality;
import org.pnyx.model.Regions;
import org.pnyx.model.Sampler;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;
import org.pnyx.rules.RuleOutcomes;

/**
 * The confederation phase of a week, after the assemblies. In order:
 * <ol>
 *   <li>transition (if on): the movement educates, moral power follows attendance, councils cede power;</li>
 *   <li>each town's income, need and wealth are summed (one pass over citizens);</li>
 *   <li>each confederation pools its share of members' surplus and redistributes it by need;</li>
 *   <li>on vote weeks, each confederation puts one question (a sanction of the worst hoarder, else a new
 *       share) to all its citizens, delegates carry mandates, and assemblies recall deviating delegates;</li>
 *   <li>dissatisfied citizens migrate (if on);</li>
 *   <li>interdependence sets next week's productivity factor of each town.</li>
 * </ol>
 * Only democratized (self-governing) towns take part in confederations. Towns and citizens are
 * visited in index and id order; all randomness comes from the run's generator. With every feature
 * off the phase draws nothing and changes nothing.
 */
public final class ConfederalPhase implements ConfederalCounters {

    private final ConfederalRules rules;
    private final Society society;
    private final Citizens c;
    /** Harvest cap imposed on a sanctioned over-harvester: the maximum sustainable yield (cap 0.5 of rK/2). */
    static final double SUSTAINABLE_CAP = 0.5;

    private final List<Municipality> towns;
    private final List<Confederation> confederations = new ArrayList<>();
    private final double efficacyMemory;
    private final HarmSource commons;
    private final Consumer<VoteRecord> votes;
    private final Transition transition;
    private final Migration migration;

    // Per town, by index: this week's sums.
    final double[] income;
    final double[] need;
    final double[] wealth;
    // Per town, by index: counters.
    private final int[] deviations;
    private final int[] recalls;
    private final int[] townVotes;
    private final int[] townDisagreements;
    private final double[] netReceived;
    private final int[] sanctionsAdopted;
    final int[] sanctionWeeksLeft;
    private final long[] mandated;
    private final long[] followed;
    // Overall counters of the week.
    private int votesThisWeek;
    private int disagreementsThisWeek;
    private int sanctionsThisWeek;
    private double transfersThisWeek;

    // Scratch, indexed by position in a confederation, or by attendee.
    private double[] contribution = new double[0];
    private double[] deficit = new double[0];
    private double[] posWealth = new double[0];
    private double[] posNeed = new double[0];
    private double[] posNet = new double[0];
    private boolean[] eligible = new boolean[0];
    private int[] yes = new int[0];
    private int[] no = new int[0];
    private int[] cast = new int[0];
    private int[] own = new int[0];
    private double[] interest = new double[0];
    private int[] candidates = new int[0];
    private double[] standing = new double[0];
    private double[] opinions = new double[0];
    private double[] reasons = new double[0];

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
    public ConfederalPhase(ConfederationConfig config, Society society, Distribution opinion, double efficacyMemory,
                           HarmSource commons, Consumer<VoteRecord> votes, MersenneTwisterFast random) {
        this(new ConfederalRules(config), society, opinion, efficacyMemory, commons, votes, random);
    }

    /**
     * As above, with the confederal rules in force kept in {@code rules} (changed during the run only
     * through {@link ConfederalRules#change}).
     */
    public ConfederalPhase(ConfederalRules rules, Society society, Distribution opinion, double efficacyMemory,
                           HarmSource commons, Consumer<VoteRecord> votes, MersenneTwisterFast random) {
        this.rules = rules;
        this.society = society;
        this.c = society.citizens();
        this.towns = society.municipalities();
        this.efficacyMemory = efficacyMemory;
        this.commons = commons;
        this.votes = votes;
        int t = towns.size();
        income = new double[t];
        need = new double[t];
        wealth = new double[t];
        deviations = new int[t];
        recalls = new int[t];
        townVotes = new int[t];
        townDisagreements = new int[t];
        netReceived = new double[t];
        sanctionsAdopted = new int[t];
        sanctionWeeksLeft = new int[t];
        mandated = new long[t];
        followed = new long[t];
        if (rules.config().enabled()) {
            buildConfederations();
            for (int id = 0; id < c.size(); id++) {
                c.setConfederalOpinion(id, Sampler.draw(opinion, random));
            }
        }
        transition = rules.config().transition() ? new Transition(rules, towns, c) : null;
        migration = rules.config().migration() ? new Migration(rules, society) : null;
        updateProductivity();
    }

    private void buildConfederations() {
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

    /** Runs the phase for a week. */
    public void week(long week, MersenneTwisterFast random) {
        Arrays.fill(deviations, 0);
        Arrays.fill(recalls, 0);
        Arrays.fill(townVotes, 0);
        Arrays.fill(townDisagreements, 0);
        Arrays.fill(netReceived, 0);
        Arrays.fill(sanctionsAdopted, 0);
        votesThisWeek = 0;
        disagreementsThisWeek = 0;
        sanctionsThisWeek = 0;
        transfersThisWeek = 0;
        boolean changed = transition != null && transition.week();
        if (confederations.isEmpty() && migration == null) {
            if (changed) {
                updateProductivity();
            }
            return;
        }
        // Sanctions run out before the week's vote, so a town still doing harm can be sanctioned again at
        // once: a sanction adopted at one vote lasts until the next (voteInterval countdowns, the last at
        // the start of the next vote's week), and the economy never runs a week unchecked in between.
        for (int t = 0; t < sanctionWeeksLeft.length; t++) {
            if (sanctionWeeksLeft[t] > 0 && --sanctionWeeksLeft[t] == 0) {
                towns.get(t).setImposedHarvestCap(Double.NaN);
            }
        }
        sumTowns();
        boolean voteWeek = week % rules.config().voteInterval() == rules.config().voteInterval() - 1;
        for (Confederation f : confederations) {
            redistribute(f);
            if (voteWeek) {
                vote(f, week, random);
            }
        }
        if (migration != null) {
            changed |= migration.week(this, random);
        }
        if (changed) {
            updateProductivity();
        }
    }

    private void sumTowns() {
        for (Municipality m : towns) {
            double y = 0;
            double needs = 0;
            double w = 0;
            int n = m.population();
            for (int k = 0; k < n; k++) {
                int id = m.member(k);
                y += c.income(id);
                needs += c.need(id);
                w += c.wealth(id);
            }
            income[m.index()] = y;
            need[m.index()] = needs;
            wealth[m.index()] = w;
        }
    }

    private static boolean active(Municipality m) {
        return m.selfGoverning() && m.population() > 0;
    }

    /** Pools {@code share * max(0, income - need)} of each active member, capped at its wealth. */
    private void redistribute(Confederation f) {
        List<Municipality> members = f.members();
        int n = members.size();
        ensure(n);
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            int t = m.index();
            boolean on = active(m);
            eligible[p] = on;
            posWealth[p] = wealth[t];
            posNeed[p] = need[t];
            deficit[p] = Math.max(0, need[t] - income[t]);
            contribution[p] = on ? Math.min(f.share * Math.max(0, income[t] - need[t]), wealth[t]) : 0;
        }
        transfersThisWeek += Redistribution.apply(members, c, contribution, deficit, posWealth, posNeed, eligible,
                posNet);
        for (int p = 0; p < n; p++) {
            int t = members.get(p).index();
            wealth[t] = posWealth[p];
            netReceived[t] += posNet[p];
        }
    }

    private void vote(Confederation f, long week, MersenneTwisterFast random) {
        List<Municipality> members = f.members();
        int n = members.size();
        ensure(n);
        long population = 0;
        double totalWealth = 0;
        int activeTowns = 0;
        for (Municipality m : members) {
            if (active(m)) {
                population += m.population();
                totalWealth += wealth[m.index()];
                activeTowns++;
            }
        }
        // A confederation needs at least two self-governing members to hold a vote.
        if (activeTowns < 2) {
            return;
        }
        double mean = totalWealth / population;
        int target = worstHarm(f, mean);
        VoteRecord.Question question = target >= 0 ? VoteRecord.Question.SANCTION : VoteRecord.Question.SHARE;
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            if (active(m)) {
                seatDelegate(f, p, random);
                deliberate(m, random);
            }
        }
        double statusQuo;
        double proposal;
        if (question == VoteRecord.Question.SANCTION) {
            statusQuo = 0;
            proposal = 1;
            for (int p = 0; p < n; p++) {
                interest[p] = p == target ? 0 : 1;
            }
        } else {
            statusQuo = f.share;
            for (int p = 0; p < n; p++) {
                Municipality m = members.get(p);
                interest[p] = active(m) && wealth[m.index()] / m.population() < mean ? 1 : 0;
            }
            int mover = mover(f, population, random);
            int home = 0;
            while (members.get(home).index() != c.home(mover)) {
                home++;
            }
            proposal = position(mover, interest[home]);
        }
        int deviated = count(f, statusQuo, proposal, random);
        RuleOutcomes outcomes = RuleOutcomes.count(yes, no, cast, own, n);
        Rule rule = rules.config().rule();
        boolean adopted = outcomes.under(rule);
        if (adopted && question == VoteRecord.Question.SHARE) {
            f.share = proposal;
        } else if (adopted) {
            sanction(f, target, mean);
        }
        recordOutcomes(f, statusQuo, proposal, adopted);
        recallDeviators(f);
        votesThisWeek++;
        if (outcomes.disagree()) {
            disagreementsThisWeek++;
        }
        for (Municipality m : members) {
            if (active(m)) {
                townVotes[m.index()]++;
                townDisagreements[m.index()] += outcomes.disagree() ? 1 : 0;
            }
        }
        String subject = question == VoteRecord.Question.SANCTION ? members.get(target).name() : "";
        votes.accept(new VoteRecord(week, f.name(), question, subject, statusQuo, proposal, outcomes, deviated, rule));
    }

    /**
     * The member with the largest harm score, or -1 if none harms or the worst is already sanctioned.
     * Harm is hoarding, {@code max(0, meanWealth_t / meanWealth - hoardingThreshold)}, plus the commons seam.
     */
    private int worstHarm(Confederation f, double mean) {
        int worst = -1;
        double most = 0;
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (!active(m) || sanctionWeeksLeft[m.index()] > 0) {
                continue;
            }
            double h = harm(m, mean);
            if (h > most) {
                most = h;
                worst = p;
            }
        }
        return worst;
    }

    /** The harm score of a town against the confederation's mean wealth per citizen, at least 0. */
    double harm(Municipality m, double mean) {
        double hoarding = mean > 0 ? Math.max(0, wealth[m.index()] / m.population() / mean
                - rules.config().hoardingThreshold()) : 0;
        return hoarding + Math.max(0, commons.harm(m));
    }

    /** A random citizen of the active members, whose position becomes the proposal. */
    private int mover(Confederation f, long population, MersenneTwisterFast random) {
        long u = (long) (random.nextDouble() * population);
        for (Municipality m : f.members()) {
            if (active(m)) {
                if (u < m.population()) {
                    return m.member((int) u);
                }
                u -= m.population();
            }
        }
        throw new IllegalStateException("no citizen drawn");
    }

    /**
     * A citizen's position on a confederal question, in [0, 1]: principle weighted by solidarity,
     * interest by the rest, {@code p_i = s_i x_i + (1 - s_i) interest_t}.
     */
    private double position(int id, double townInterest) {
        double s = c.solidarity(id);
        return s * c.confederalOpinion(id) + (1 - s) * townInterest;
    }

    /**
     * Counts every active citizen's vote, fixes each town's mandate and its delegate's own and cast
     * votes; returns the number of deviations. A delegate who disagrees with the mandate carries it
     * with probability {@code delegateFidelity}; under the delegate-council rule there is no mandate.
     */
    private int count(Confederation f, double statusQuo, double proposal, MersenneTwisterFast random) {
        List<Municipality> members = f.members();
        Rule rule = rules.config().rule();
        double fidelity = rules.config().delegateFidelity();
        int deviated = 0;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            yes[p] = 0;
            no[p] = 0;
            cast[p] = 0;
            own[p] = 0;
            if (!active(m)) {
                continue;
            }
            double in = interest[p];
            int y = 0;
            int nays = 0;
            int size = m.population();
            for (int k = 0; k < size; k++) {
                int vote = vote(position(m.member(k), in), statusQuo, proposal);
                if (vote > 0) {
                    y++;
                } else if (vote < 0) {
                    nays++;
                }
            }
            yes[p] = y;
            no[p] = nays;
            int mandate = Integer.signum(y - nays);
            int d = f.delegate[p];
            own[p] = d < 0 ? 0 : vote(position(d, in), statusQuo, proposal);
            cast[p] = mandate;
            if (rule != Rule.DELEGATE_COUNCIL && d >= 0 && mandate != 0) {
                int t = m.index();
                mandated[t]++;
                boolean deviates = own[p] != 0 && own[p] != mandate
                        && (fidelity <= 0 || fidelity < 1 && random.nextDouble() >= fidelity);
                if (deviates) {
                    cast[p] = own[p];
                    deviated++;
                    deviations[t]++;
                    f.deviationsInTerm[p]++;
                } else {
                    followed[t]++;
                }
            }
        }
        return deviated;
    }

    /** +1 when the proposal is nearer the position than the status quo, -1 when farther, 0 when equal. */
    static int vote(double position, double statusQuo, double proposal) {
        double pref = Math.abs(position - statusQuo) - Math.abs(position - proposal);
        return pref > 0 ? 1 : pref < 0 ? -1 : 0;
    }

    /**
     * Folds the decision into each citizen's smoothed efficacy and imposition (the liberty measure):
     * won when the outcome matched their vote, imposed when adopted against it.
     */
    private void recordOutcomes(Confederation f, double statusQuo, double proposal, boolean adopted) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (!active(m)) {
                continue;
            }
            double in = interest[p];
            int size = m.population();
            for (int k = 0; k < size; k++) {
                int id = m.member(k);
                int vote = vote(position(id, in), statusQuo, proposal);
                if (vote != 0) {
                    c.recordOutcome(id, (vote > 0) == adopted, adopted && vote < 0, efficacyMemory);
                }
            }
        }
    }

    /** The sanctioned town pays {@code sanctionRate} of its wealth above the threshold to the others. */
    private void sanction(Confederation f, int target, double mean) {
        List<Municipality> members = f.members();
        int n = members.size();
        Municipality h = members.get(target);
        double excess = wealth[h.index()] - rules.config().hoardingThreshold() * mean * h.population();
        for (int p = 0; p < n; p++) {
            Municipality m = members.get(p);
            eligible[p] = p != target && active(m);
            posWealth[p] = wealth[m.index()];
            posNeed[p] = need[m.index()];
            deficit[p] = Math.max(0, need[m.index()] - income[m.index()]);
            contribution[p] = p == target ? Math.min(wealth[h.index()], rules.config().sanctionRate() * Math.max(0, excess))
                    : 0;
        }
        transfersThisWeek += Redistribution.apply(members, c, contribution, deficit, posWealth, posNeed, eligible,
                posNet);
        for (int p = 0; p < n; p++) {
            int t = members.get(p).index();
            wealth[t] = posWealth[p];
            netReceived[t] += posNet[p];
        }
        if (commons.harm(h) > 0) {
            // Ostrom (1990) principle 4-5: an over-harvester is held to the maximum sustainable yield.
            h.setImposedHarvestCap(SUSTAINABLE_CAP);
        }
        sanctionWeeksLeft[h.index()] = rules.config().voteInterval();
        sanctionsThisWeek++;
        sanctionsAdopted[h.index()]++;
    }

    /**
     * Fills a vacant or expired seat with the town's office selector (election, sortition or rotation)
     * among the latest meeting's attendees, or all members before any meeting; a recalled delegate
     * may not be chosen again at once. Standing for election is influence times reason.
     */
    private void seatDelegate(Confederation f, int p, MersenneTwisterFast random) {
        Municipality m = f.members().get(p);
        int d = f.delegate[p];
        if (d >= 0 && c.home(d) == m.index() && f.termLeft[p] > 0) {
            return;
        }
        int fromMeeting = m.lastAttendeeCount();
        int pool = fromMeeting > 0 ? fromMeeting : m.population();
        if (candidates.length < pool) {
            candidates = new int[pool];
            standing = new double[pool];
        }
        int count = 0;
        for (int k = 0; k < pool; k++) {
            int id = fromMeeting > 0 ? m.lastAttendee(k) : m.member(k);
            if (id != f.barred[p]) {
                candidates[count] = id;
                standing[count] = c.influence(id) * c.reason(id);
                count++;
            }
        }
        int previous = d >= 0 && c.home(d) == m.index() ? d : -1;
        f.delegate[p] = m.selector().choose(candidates, standing, count, previous, random);
        f.termLeft[p] = m.bylaws().termLength();
        f.deviationsInTerm[p] = 0;
        f.barred[p] = -1;
    }

    /** The latest meeting's attendees deliberate on their confederal opinions under the town's bylaws. */
    private void deliberate(Municipality m, MersenneTwisterFast random) {
        int k = m.lastAttendeeCount();
        int rounds = m.bylaws().deliberationRounds();
        if (k < 2 || rounds == 0) {
            return;
        }
        if (opinions.length < k) {
            opinions = new double[k];
            reasons = new double[k];
        }
        for (int j = 0; j < k; j++) {
            int id = m.lastAttendee(j);
            opinions[j] = c.confederalOpinion(id);
            reasons[j] = c.reason(id);
        }
        for (int r = 0; r < rounds; r++) {
            m.deliberation().round(opinions, reasons, k, random);
        }
        for (int j = 0; j < k; j++) {
            c.setConfederalOpinion(m.lastAttendee(j), opinions[j]);
        }
    }

    /**
     * After the vote each seat's term shortens; a delegate whose deviations in the term reach the
     * bylaw's {@code delegateRecall} is recalled by the home assembly (seed 001: "immediately recallable").
     */
    private void recallDeviators(Confederation f) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            if (f.delegate[p] < 0) {
                continue;
            }
            Municipality m = members.get(p);
            BylawConfig b = m.bylaws();
            f.termLeft[p]--;
            if (b.delegateRecall() > 0 && f.deviationsInTerm[p] >= b.delegateRecall()) {
                f.barred[p] = f.delegate[p];
                f.delegate[p] = -1;
                f.termLeft[p] = 0;
                recalls[m.index()]++;
            }
        }
    }

    /**
     * Interdependence: town k produces kinds {@code k, k+1, ..., k+g-1 (mod K)} of the K kinds every
     * citizen needs; it obtains the kinds its active confederates produce, and makes the rest itself at
     * {@code autarkyEfficiency}. Its productivity factor is {@code endowment * (a + (1 - a) e)}, with
     * {@code a} the share of kinds available. With K = 1 every town is self-sufficient and the factor
     * is the endowment.
     */
    void updateProductivity() {
        int goods = rules.config().goods();
        for (Municipality m : towns) {
            long available = produced(m.index());
            if (active(m)) {
                for (Confederation f : confederations) {
                    if (f.members().contains(m)) {
                        for (Municipality other : f.members()) {
                            if (active(other)) {
                                available |= produced(other.index());
                            }
                        }
                    }
                }
            }
            double a = (double) Long.bitCount(available) / goods;
            double e = rules.config().autarkyEfficiency();
            m.setProductivityFactor(goods == 1 ? m.endowment() : m.endowment() * (a + (1 - a) * e));
        }
    }

    private long produced(int index) {
        int goods = rules.config().goods();
        long mask = 0;
        for (int j = 0; j < rules.config().goodsPerTown(); j++) {
            mask |= 1L << ((index + j) % goods);
        }
        return mask;
    }

    private void ensure(int n) {
        if (yes.length < n) {
            contribution = new double[n];
            deficit = new double[n];
            posWealth = new double[n];
            posNeed = new double[n];
            posNet = new double[n];
            eligible = new boolean[n];
            yes = new int[n];
            no = new int[n];
            cast = new int[n];
            own = new int[n];
            interest = new double[n];
        }
    }

    // Read by the metrics collector (as ConfederalCounters) and by migration.

    /** The society. */
    Society society() {
        return society;
    }

    @Override
    public int deviations(int town) {
        return deviations[town];
    }

    @Override
    public int delegateRecalls(int town) {
        return recalls[town];
    }

    @Override
    public int confederalVotes(int town) {
        return townVotes[town];
    }

    @Override
    public int ruleDisagreements(int town) {
        return townDisagreements[town];
    }

    @Override
    public double netReceived(int town) {
        return netReceived[town];
    }

    @Override
    public double fidelity(int town) {
        return mandated[town] == 0 ? Double.NaN : (double) followed[town] / mandated[town];
    }

    @Override
    public double fidelity() {
        long m = 0;
        long f = 0;
        for (int t = 0; t < mandated.length; t++) {
            m += mandated[t];
            f += followed[t];
        }
        return m == 0 ? Double.NaN : (double) f / m;
    }

    @Override
    public int votesThisWeek() {
        return votesThisWeek;
    }

    @Override
    public int disagreementsThisWeek() {
        return disagreementsThisWeek;
    }

    @Override
    public int sanctionsThisWeek() {
        return sanctionsThisWeek;
    }

    @Override
    public double transfersThisWeek() {
        return transfersThisWeek;
    }

    @Override
    public int sanctionsAdopted(int town) {
        return sanctionsAdopted[town];
    }

    /** Whether a town is under a sanction. */
    public boolean sanctioned(int town) {
        return sanctionWeeksLeft[town] > 0;
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
