package org.pnyx.confederation;

import java.util.List;
import org.pnyx.model.ConfederalItem;
import org.pnyx.model.Municipality;
import org.pnyx.model.VoteRecord;

/**
 * A confederation: its member towns (in index order), the share of surplus it pools, and its
 * council of delegates, one seat per member town (seed 001: delegates are mandated and recallable;
 * the council only administers and coordinates). A Commune of communes is a confederation whose
 * members are all towns of all regions.
 */
public final class Confederation {

    private final String name;
    private final List<Municipality> members;
    double share;
    final int[] delegate;
    final int[] termLeft;
    final int[] deviationsInTerm;
    final int[] barred;
    /** Each member's item: the question put to its assembly, by position. */
    final ConfederalItem[] items;
    /** Whether a question has been put and waits for the count, what it is, and when it was put. */
    boolean pending;
    VoteRecord.Question question;
    int target;
    /** The accused's over-harvest share the complaint was upheld on (0 for a share question). */
    double harm;
    /** The complaint heard when the question was put, or null; the question's origin (a town or the council). */
    Enforcement.Complaint complaint;
    String origin = "";
    /** Whether the council reconciled the towns' proposals into the text put, and how many it reconciled. */
    boolean reconciled;
    int proposals;
    /** The towns' proposals the text put came from (proposals.csv). */
    final java.util.List<VoteRecord.Proposal> made = new java.util.ArrayList<>();
    /**
     * With levy votes on: each member's levy question (whether to pay the share in force), created at the first vote
     * week; whether its assembly refused at the latest reading; goods it owed the pool and paid into it since the
     * latest vote week.
     */
    ConfederalItem[] levy;
    long levyPutWeek = -1;
    final boolean[] refusing;
    final double[] owed;
    final double[] paid;
    /** With reconciliation off: the position of the member whose proposal is put next. */
    int nextProposer;
    long putWeek;

    /**
     * @param name    unique name (the region's, or {@code commune})
     * @param members member towns in index order
     * @param share   initial pooled share of surplus, in [0, 1]
     */
    public Confederation(String name, List<Municipality> members, double share) {
        this.name = name;
        this.members = List.copyOf(members);
        this.share = share;
        int n = members.size();
        delegate = new int[n];
        termLeft = new int[n];
        deviationsInTerm = new int[n];
        barred = new int[n];
        java.util.Arrays.fill(delegate, -1);
        java.util.Arrays.fill(barred, -1);
        refusing = new boolean[n];
        owed = new double[n];
        paid = new double[n];
        items = new ConfederalItem[n];
        for (int p = 0; p < n; p++) {
            items[p] = new ConfederalItem(name);
            members.get(p).addConfederalItem(items[p]);
        }
    }

    /** The item through which the member at a position takes up this confederation's questions. */
    public ConfederalItem item(int position) {
        return items[position];
    }

    /**
     * Whether a town takes part in its confederations this week: only a democratized (self-governing)
     * town with citizens pools, votes, is sanctioned, or obtains its confederates' goods.
     */
    static boolean takesPart(Municipality m) {
        return m.selfGoverning() && m.population() > 0;
    }

    public String name() {
        return name;
    }

    /** Member towns in index order. */
    public List<Municipality> members() {
        return members;
    }

    /** The share of each member's weekly surplus pooled, in [0, 1]; set by confederal votes. */
    public double share() {
        return share;
    }

    /** The delegate (citizen id) of the member at a position, or -1 when the seat is vacant. */
    public int delegate(int position) {
        return delegate[position];
    }
}
