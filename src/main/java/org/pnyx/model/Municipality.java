package org.pnyx.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.rules.Deliberation;
import org.pnyx.rules.OfficeSelector;

/**
 * A municipality: its members (citizen ids in ascending order), its policies, its rules in force
 * (bylaws and economy settings), its co-ops' sizes and its confederal attributes. The state each
 * mechanism keeps for the town is that mechanism's own, held here: the economy's {@link Ledger}, the
 * assembly's {@link Agenda}, {@link Offices} and {@link Minutes}. It is a little over 300 lines, mostly
 * one-line accessors of what the mechanisms and the metrics read; the co-op sizes stay beside the member
 * list, and the town holds its office and minutes, because a migrant's move updates them all at once.
 */
public final class Municipality {

    private final int index;
    private final String name;
    private final TownRules rules;
    private final Ledger ledger = new Ledger();
    private final int meetingOffset;
    private String region;
    private double endowment = 1.0;
    private double productivityFactor = 1.0;
    private boolean exitAllowed = true;
    private double imposedHarvestCap = Double.NaN;
    private boolean selfGoverning = true;
    private boolean planOverrides = true;
    private boolean ownersDecide = true;

    private int[] members = new int[16];
    private int memberCount;
    private int[] coopHeads = new int[0];
    private final double[] policy = new double[Issue.COUNT];
    private final Agenda agenda = new Agenda();
    private final Offices offices = new Offices();
    private final Minutes minutes = new Minutes();

    /**
     * @param index         position in the run's municipality list
     * @param name          unique name
     * @param bylaws        the assembly's bylaws
     * @param economy       the economy's settings (regime, rule, sanctions)
     * @param meetingOffset week within the meeting interval on which this assembly meets
     * @param initialPolicy starting value of each issue's policy, by {@link Issue} ordinal
     */
    public Municipality(int index, String name, BylawConfig bylaws, EconomyConfig economy, int meetingOffset,
                        double[] initialPolicy) {
        this(index, name, new TownRules(bylaws, economy), meetingOffset, initialPolicy);
    }

    /**
     * @param index         position in the run's municipality list
     * @param name          unique name
     * @param rules         the rules in force at the start (bylaws, economy), changed during the run only
     *                      through {@link TownRules#change}
     * @param meetingOffset week within the meeting interval on which this assembly meets
     * @param initialPolicy starting value of each issue's policy, by {@link Issue} ordinal
     */
    public Municipality(int index, String name, TownRules rules, int meetingOffset, double[] initialPolicy) {
        this.index = index;
        this.name = name;
        this.rules = rules;
        this.meetingOffset = meetingOffset;
        System.arraycopy(initialPolicy, 0, policy, 0, Issue.COUNT);
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    /** The rules in force in the town, and the one call that changes them. */
    public TownRules rules() {
        return rules;
    }

    /** The bylaws in force. */
    public BylawConfig bylaws() {
        return rules.bylaws();
    }

    /** The economy's settings in force: regime, distribution rule, monitoring and sanctions. */
    public EconomyConfig economy() {
        return rules.economy();
    }

    /** The economy's running accounts. */
    public Ledger ledger() {
        return ledger;
    }

    /** The office selector of the bylaws in force; it also picks the confederal delegate. */
    public OfficeSelector selector() {
        return rules.selector();
    }

    /** The deliberation model of the bylaws in force. */
    public Deliberation deliberation() {
        return rules.deliberation();
    }

    /** Whether the assembly meets in the given week (0-based). */
    public boolean meetsInWeek(long week) {
        return (week + meetingOffset) % rules.bylaws().meetingInterval() == 0;
    }

    /**
     * Counts one member into co-op {@code index} (set-up), opening co-ops up to it. Co-op sizes are kept
     * here, beside the member list, so that a migrant's move can update them.
     */
    public void countIntoCoop(int index) {
        if (index >= coopHeads.length) {
            coopHeads = Arrays.copyOf(coopHeads, index + 1);
        }
        coopHeads[index]++;
    }

    /**
     * An arriving member joins the smallest co-op (ties: the lowest index) if it has room below
     * {@code economy.coopSize}; when every co-op is full a new one opens. Returns the co-op's index.
     */
    public int joinCoop() {
        int best = -1;
        for (int j = 0; j < coopHeads.length; j++) {
            if (best < 0 || coopHeads[j] < coopHeads[best]) {
                best = j;
            }
        }
        if (best < 0 || coopHeads[best] >= rules.economy().coopSize()) {
            best = coopHeads.length;
        }
        countIntoCoop(best);
        return best;
    }

    /** A leaving member frees their place in co-op {@code index}; the co-op stays open, if empty, for arrivals. */
    public void leaveCoop(int index) {
        if (index < coopHeads.length && coopHeads[index] > 0) {
            coopHeads[index]--;
        }
    }

    /** Number of co-ops ever opened in the town (some may be empty). */
    public int coopCount() {
        return coopHeads.length;
    }

    /** Members in co-op {@code index}, owners and excluded workers included. */
    public int coopMembers(int index) {
        return coopHeads[index];
    }

    /** Adds a citizen; ids must be added in ascending order. */
    public void addMember(int id) {
        if (memberCount > 0 && members[memberCount - 1] >= id) {
            throw new IllegalArgumentException("members must be added in ascending id order");
        }
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, members.length * 2);
        }
        members[memberCount++] = id;
    }

    /**
     * Inserts a citizen at its place in ascending id order (an arriving migrant).
     *
     * @throws IllegalArgumentException if already a member
     */
    public void insertMember(int id) {
        int at = Arrays.binarySearch(members, 0, memberCount, id);
        if (at >= 0) {
            throw new IllegalArgumentException("citizen " + id + " is already a member of " + name);
        }
        at = -at - 1;
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, members.length * 2);
        }
        System.arraycopy(members, at, members, at + 1, memberCount - at);
        members[at] = id;
        memberCount++;
    }

    /**
     * Removes a citizen (a leaving migrant), keeping ascending order. An office they held falls
     * vacant and they leave the record of the latest meeting's attendees.
     *
     * @throws IllegalArgumentException if not a member
     */
    public void removeMember(int id) {
        int at = Arrays.binarySearch(members, 0, memberCount, id);
        if (at < 0) {
            throw new IllegalArgumentException("citizen " + id + " is not a member of " + name);
        }
        System.arraycopy(members, at + 1, members, at, memberCount - at - 1);
        memberCount--;
        offices.vacate(id);
        minutes.leave(id);
    }

    /** The regional confederation named in the scenario, or null when assigned by index. */
    public String region() {
        return region;
    }

    /** Productivity multiplier of the town's land and resources (1 by default). */
    public double endowment() {
        return endowment;
    }

    /**
     * Multiplier of every member's income this week: endowment times the interdependence factor.
     * The economy reads it; the confederation phase sets it.
     */
    public double productivityFactor() {
        return productivityFactor;
    }

    /** Whether citizens may leave (a state-socialist regime closes exit). */
    public boolean exitAllowed() {
        return exitAllowed;
    }

    /**
     * Whether the assembly governs (true) or a state council does (transition mode before democratization,
     * or a state-socialist regime): a non-governing assembly's resolutions do not change policy.
     */
    public boolean selfGoverning() {
        return selfGoverning;
    }

    /**
     * Whether this town's assembly decides an issue under its regime: the harvest cap wherever there is no
     * central plan, the common share and the need level only where the assembly plans the town's economy
     * ({@link org.pnyx.config.Regime#assemblyPlans()}), the sanctions multiplier only where the bylaws let the
     * assembly vote it ({@code bylaws.sanctionsByAssembly}). Pnyx design, after the regimes of Biehl 1998's
     * "Municipalized Economy".
     */
    public boolean regimeDecides(Issue issue) {
        EconomyConfig e = rules.economy();
        boolean planned = e.regime().has(org.pnyx.config.Regime.Trait.CENTRALLY_PLANNED);
        if (planned && planOverrides) {
            return false;
        }
        // With the plan's overrides knocked out the assembly takes the plan's place; with the owners' control
        // knocked out it sets the wage through the common share (powers.*, docs/model/liberty.md).
        boolean ownersOut = e.regime().has(org.pnyx.config.Regime.Trait.PRIVATELY_OWNED) && !ownersDecide;
        return switch (issue) {
            case COMMON_SHARE -> e.regime().assemblyPlans() || planned || ownersOut;
            case NEED_LEVEL -> e.regime().assemblyPlans() || planned;
            case HARVEST_CAP -> true;
            case SANCTIONS -> e.sanctions().byAssembly();
        };
    }

    /** Whether a decision of this town's assembly on the issue takes effect: the regime lets it decide and it governs. */
    public boolean decisionTakesEffect(Issue issue) {
        return selfGoverning && regimeDecides(issue);
    }

    /** Sets the confederal attributes given by the scenario. */
    public void setPlace(String regionName, double endowmentValue, boolean exit) {
        this.region = regionName;
        this.endowment = endowmentValue;
        this.productivityFactor = endowmentValue;
        this.exitAllowed = exit;
    }

    /** Sets this week's productivity multiplier, at least 0. */
    public void setProductivityFactor(double factor) {
        if (!(factor >= 0)) {
            throw new IllegalArgumentException("productivityFactor must be at least 0, but was " + factor);
        }
        this.productivityFactor = factor;
    }

    /**
     * A harvest cap imposed by the confederation (share of twice the maximum sustainable yield), or NaN
     * when none is imposed. The town's own cap applies when lower.
     */
    public double imposedHarvestCap() {
        return imposedHarvestCap;
    }

    /** Imposes (or, with NaN, lifts) a confederal harvest cap. */
    public void setImposedHarvestCap(double cap) {
        this.imposedHarvestCap = cap;
    }

    /** Opens or closes exit. */
    public void setExitAllowed(boolean allowed) {
        this.exitAllowed = allowed;
    }

    /** Hands power to the assembly (true) or to a state council (false). */
    public void setSelfGoverning(boolean governing) {
        this.selfGoverning = governing;
    }

    /**
     * Whether, where the town's regime is centrally planned, the plan holds its policies (common share, need
     * level, harvest cap, sanctions) and overrides its assembly ({@code powers.planOverrides}).
     */
    public boolean planOverrides() {
        return planOverrides;
    }

    /** Whether, where the town's workplaces are privately owned, the owners set the wage ({@code powers.ownersDecide}). */
    public boolean ownersDecide() {
        return ownersDecide;
    }

    /** Sets whether a plan (where the regime plans) and owners (where they own) hold these powers. */
    public void setPowers(boolean plan, boolean owners) {
        this.planOverrides = plan;
        this.ownersDecide = owners;
    }

    /** Number of citizens. */
    public int population() {
        return memberCount;
    }

    /** The id of the k-th member, in ascending id order. */
    public int member(int k) {
        return members[k];
    }

    /** Current policy value of an issue, in [0, 1]. */
    public double policy(Issue issue) {
        return policy[issue.ordinal()];
    }

    /** Sets a policy value; used by adopted decisions (and by fixtures). */
    public void setPolicy(Issue issue, double value) {
        policy[issue.ordinal()] = value;
    }

    /** The assembly's agenda: the motions waiting to return and the latest meeting's items. */
    public Agenda agenda() {
        return agenda;
    }

    /** The facilitator's office. */
    public Offices offices() {
        return offices;
    }

    /** The assembly's minutes: meetings held, the latest meeting and its attendees, this week's counts. */
    public Minutes minutes() {
        return minutes;
    }

    /** Clears the week's counters; called at the start of each week. */
    public void startWeek() {
        minutes.startWeek();
    }

    // The confederal items on this town's agenda (one per confederation it belongs to) and the votes set by hand.

    private final List<ConfederalItem> confederalItems = new ArrayList<>(1);
    private int handSetFor;
    private int handSetAgainst;

    /** The confederal questions this town's assembly takes up, one per confederation it belongs to. */
    public List<ConfederalItem> confederalItems() {
        return confederalItems;
    }

    /** Gives the town a confederation's item (when the confederation is built). */
    public void addConfederalItem(ConfederalItem item) {
        confederalItems.add(item);
    }

    /** Confederal questions waiting for this town's assembly. */
    int openConfederalItems() {
        int open = 0;
        for (ConfederalItem item : confederalItems) {
            open += item.open() ? 1 : 0;
        }
        return open;
    }

    /**
     * Sets confederal votes by hand (a teaching mode, flagged in the manifest): the town's first {@code yes}
     * members in id order vote yes and the next {@code no} vote no on every confederal question, wherever
     * they vote (in a meeting or polled); the rest vote their position.
     */
    public void setHandSetVotes(int yes, int no) {
        if (yes < 0 || no < 0) {
            throw new IllegalArgumentException("hand-set votes must be at least 0: " + yes + " for, " + no + " against");
        }
        handSetFor = yes;
        handSetAgainst = no;
    }

    /** Members whose confederal vote is set by hand to yes. */
    public int handSetFor() {
        return handSetFor;
    }

    /** Members whose confederal vote is set by hand to no. */
    public int handSetAgainst() {
        return handSetAgainst;
    }

    /** The hand-set vote of member {@code id} (+1 or -1), or 0 when it is not set by hand. */
    public int handSetVote(int id) {
        if (handSetFor + handSetAgainst == 0) {
            return 0;
        }
        int k = Arrays.binarySearch(members, 0, memberCount, id);
        return k < 0 ? 0 : k < handSetFor ? 1 : k < handSetFor + handSetAgainst ? -1 : 0;
    }
}
