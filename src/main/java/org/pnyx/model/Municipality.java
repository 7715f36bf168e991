package org.pnyx.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.EconomyConfig;
import org.pnyx.rules.Bylaws;
import org.pnyx.rules.Deliberation;
import org.pnyx.rules.OfficeSelector;
import org.pnyx.rules.VotingRule;

/**
 * A municipality: its members (citizen ids in ascending order), its policies, its assembly's bylaws
 * and rules, its economy's settings and ledger, its facilitator, the defeated proposals waiting to
 * return, and the record of its latest meeting and of the current week.
 */
public final class Municipality {

    private final int index;
    private final String name;
    private final BylawConfig bylaws;
    private final EconomyConfig economy;
    private final Ledger ledger = new Ledger();
    private final VotingRule rule;
    private final VotingRule fallback;
    private final Deliberation deliberation;
    private final OfficeSelector selector;
    private final int meetingOffset;

    private int[] members = new int[16];
    private int memberCount;
    private final double[] policy = new double[Issue.COUNT];
    final List<Proposal> tabled = new ArrayList<>();
    int[] lastAttendees = new int[0];
    int lastAttendeeCount;

    int facilitator = -1;
    int termMeetingsLeft;
    int consecutiveTerms;
    int meetingsHeld;

    MeetingRecord lastMeeting;
    int lastAdoptingYes;
    int lastAdoptingNo;
    boolean everAdopted;

    int proposalsThisWeek;
    int decisionsThisWeek;
    int recallsThisWeek;

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
        this.index = index;
        this.name = name;
        this.bylaws = bylaws;
        this.economy = economy;
        this.rule = Bylaws.voting(bylaws.decisionRule(), bylaws.supermajority());
        this.fallback = Bylaws.voting(bylaws.fallbackRule(), bylaws.supermajority());
        this.deliberation = Bylaws.deliberation(bylaws);
        this.selector = Bylaws.offices(bylaws.officeSelection());
        this.meetingOffset = meetingOffset;
        System.arraycopy(initialPolicy, 0, policy, 0, Issue.COUNT);
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public BylawConfig bylaws() {
        return bylaws;
    }

    /** The economy's settings: regime, distribution rule, monitoring and sanctions. */
    public EconomyConfig economy() {
        return economy;
    }

    /** The economy's running accounts. */
    public Ledger ledger() {
        return ledger;
    }

    VotingRule rule() {
        return rule;
    }

    VotingRule fallback() {
        return fallback;
    }

    Deliberation deliberation() {
        return deliberation;
    }

    OfficeSelector selector() {
        return selector;
    }

    /** Whether the assembly meets in the given week (0-based). */
    public boolean meetsInWeek(long week) {
        return (week + meetingOffset) % bylaws.meetingInterval() == 0;
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

    /** The facilitator's citizen id, or -1 when the office is vacant. */
    public int facilitator() {
        return facilitator;
    }

    /** Meetings held so far. */
    public int meetingsHeld() {
        return meetingsHeld;
    }

    /** The latest meeting, or null before the first. */
    public MeetingRecord lastMeeting() {
        return lastMeeting;
    }

    /** Dissent share of the latest meeting that adopted something, or NaN if none has yet. */
    public double lastDissent() {
        int cast = lastAdoptingYes + lastAdoptingNo;
        return everAdopted && cast > 0 ? (double) lastAdoptingNo / cast : everAdopted ? 0 : Double.NaN;
    }

    /** Yes votes on adopted proposals at the latest meeting that adopted something. */
    public int lastAdoptingYes() {
        return lastAdoptingYes;
    }

    /** No votes on adopted proposals at the latest meeting that adopted something. */
    public int lastAdoptingNo() {
        return lastAdoptingNo;
    }

    /** Proposals put to the assembly this week. */
    public int proposalsThisWeek() {
        return proposalsThisWeek;
    }

    /** Proposals adopted this week. */
    public int decisionsThisWeek() {
        return decisionsThisWeek;
    }

    /** Facilitators recalled this week. */
    public int recallsThisWeek() {
        return recallsThisWeek;
    }

    /** Proposals defeated and waiting to return. */
    public int tabledCount() {
        return tabled.size();
    }

    /** Clears the week's counters; called at the start of each week. */
    public void startWeek() {
        proposalsThisWeek = 0;
        decisionsThisWeek = 0;
        recallsThisWeek = 0;
    }
}
