package org.pnyx.confederation;

import java.util.Arrays;
import java.util.List;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;
import org.pnyx.model.Regions;

/**
 * Harm judged by what a town does (seed 001: the confederation may "prevent a particular municipality from
 * inflicting moral or physical damage ... on other towns"; a town that "tried to engross itself at the expense of
 * others"). A member town that draws on the same shared commons as another and sees it take more than its part
 * brings a complaint; the council adjudicates it against the record (Ostrom 1990, principle 6: a
 * conflict-resolution arena; principle 4: monitoring): the complaint is upheld when the accused's harvest exceeds
 * its share of the stock's maximum sustainable yield, dismissed otherwise (a town that takes more than the others
 * but within what the stock bears harms no one). An upheld complaint is put to the assemblies as a sanction whose
 * size the complaining town's assembly proposes; adopted, the accused is held to the sustainable harvest until its
 * own assembly adopts a cap within it and pays the towns it harmed a fine of size × over-harvest share × its wealth (graduated to the
 * offence, Ostrom 1990 principle 5). Being rich is no harm: there is no wealth threshold.
 */
final class Enforcement {

    /** Harvest cap imposed on a sanctioned over-harvester: the maximum sustainable yield (cap 0.5 of rK/2). */
    static final double SUSTAINABLE_CAP = 0.5;

    /**
     * A complaint and the council's ruling.
     *
     * @param complainant the complaining member, by position
     * @param accused     the accused member, by position
     * @param overHarvest the accused's harvest beyond its share of the sustainable yield, as a share of it (the record)
     * @param upheld      whether the council upheld it
     * @param kind        the harm complained of
     * @param unpaid      for a refused transfer, the goods the accused owed the pool and did not pay (else 0)
     */
    record Complaint(int complainant, int accused, double overHarvest, boolean upheld, Kind kind, double unpaid) {

        Complaint(int complainant, int accused, double overHarvest, boolean upheld) {
            this(complainant, accused, overHarvest, upheld, Kind.OVER_HARVEST, 0);
        }

        /**
         * Whether it was brought on behalf of the accused town's own members (harmed by its over-harvest of their own
         * commons; the complainant is then the accused's position).
         */
        boolean members() {
            return kind == Kind.OWN_MEMBERS;
        }

        /** The harm complained of, as written to {@code complaints.csv}. */
        String harm() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Kinds of harm a complaint is brought for. */
    enum Kind { OVER_HARVEST, OWN_MEMBERS, REFUSED_TRANSFER }

    private final ConfederalRules rules;
    private final List<Municipality> towns;
    private final ConfederalLedger ledger;
    private final HarmSource commons;

    // Per town, by index: weeks left of a sanction in force, and sanctions adopted this week.
    private final int[] sanctionWeeksLeft;
    private final int[] sanctionsAdopted;
    private int sanctionsThisWeek;

    // Scratch, indexed by position in a confederation.
    private double[] contribution = new double[0];
    private boolean[] eligible = new boolean[0];

    Enforcement(ConfederalRules rules, List<Municipality> towns, ConfederalLedger ledger, HarmSource commons) {
        this.rules = rules;
        this.towns = towns;
        this.ledger = ledger;
        this.commons = commons;
        sanctionWeeksLeft = new int[towns.size()];
        sanctionsAdopted = new int[towns.size()];
    }

    /**
     * Clears the week's counts; sanctions whose time is up run out. A sanction adopted at one vote lasts until the
     * next (voteInterval countdowns, the last at the start of the next vote's week, before that vote). The harvest
     * restraint lasts at least as long and is lifted only once the town's own assembly has brought its cap within the
     * sustainable yield (Pnyx design after Ostrom 1990, principle 5: the remedy ends when the rule is mended), so a
     * town that never revises its cap stays held.
     */
    void expire() {
        Arrays.fill(sanctionsAdopted, 0);
        sanctionsThisWeek = 0;
        for (int t = 0; t < sanctionWeeksLeft.length; t++) {
            if (sanctionWeeksLeft[t] > 0) {
                sanctionWeeksLeft[t]--;
            }
            Municipality m = towns.get(t);
            if (sanctionWeeksLeft[t] == 0 && !Double.isNaN(m.imposedHarvestCap())
                    && m.policy(Issue.HARVEST_CAP) <= SUSTAINABLE_CAP) {
                m.setImposedHarvestCap(Double.NaN);
            }
        }
    }

    /** The town's region, the one definition the economy's shared commons also uses. */
    private String region(Municipality m) {
        return Regions.of(m, towns.size(), rules.config().regions());
    }

    /** Harvest per unit of the town's part of the stock this week (0 without a part). */
    private static double rate(Municipality m) {
        double k = m.ledger().capacity();
        return k > 0 ? m.ledger().harvest() / k : 0;
    }

    /**
     * The complaint a member town brings this vote week, or null (complaints off, no shared commons, or no member
     * takes more than another). The accused is the member taking part and not under sanction that harvests the most
     * per unit of its part of the stock; the complainant is the member sharing its stock (same region) that
     * harvests the least, if it harvests strictly less (ties: lowest position). The council rules on the record.
     */
    Complaint complaint(Confederation f) {
        if (commons == HarmSource.NONE) {
            return rules.config().memberComplaints() ? membersComplaint(f) : null;
        }
        if (!rules.config().complaints()) {
            return null;
        }
        List<Municipality> members = f.members();
        int accused = heaviestHarvester(members);
        if (accused < 0) {
            return null;
        }
        String shared = region(members.get(accused));
        int complainant = -1;
        double least = rate(members.get(accused));
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (p != accused && Confederation.takesPart(m) && region(m).equals(shared) && rate(m) < least) {
                least = rate(m);
                complainant = p;
            }
        }
        if (complainant < 0) {
            return null;
        }
        double harm = Math.max(0, commons.harm(members.get(accused)));
        return new Complaint(complainant, accused, harm, harm > 0);
    }

    /**
     * The position of the member taking the most per unit of its stock (taking part, not under sanction; ties: the
     * lowest position), or -1 when none harvests anything.
     */
    private int heaviestHarvester(List<Municipality> members) {
        int accused = -1;
        double most = 0;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (Confederation.takesPart(m) && sanctionWeeksLeft[m.index()] == 0 && rate(m) > most) {
                most = rate(m);
                accused = p;
            }
        }
        return accused;
    }

    /**
     * Harm a town does to its own members (seed 001: the confederation has "the power to prevent a particular
     * municipality from inflicting moral or physical damage on its own members"; Pnyx design after Ostrom 1990,
     * principles 4-6). Where each town harvests a commons of its own, the members of the town taking the most per unit
     * of its stock (taking part, not under sanction; ties: lowest position) bring a complaint on their own behalf: the
     * stock is theirs and their livelihood depends on it. The council rules on the record: upheld when the town's
     * harvest exceeds its own stock's maximum sustainable yield (the over-harvest share {@code Ledger.overHarvest}
     * above 0), dismissed otherwise. Null when no member harvests anything.
     */
    private Complaint membersComplaint(Confederation f) {
        List<Municipality> members = f.members();
        int accused = heaviestHarvester(members);
        if (accused < 0) {
            return null;
        }
        Municipality m = members.get(accused);
        double harm = Math.max(0, m.ledger().overHarvest(m.economy().commonsGrowth()));
        return new Complaint(accused, accused, harm, harm > 0, Kind.OWN_MEMBERS, 0);
    }

    /**
     * A complaint for refusing an agreed transfer (Pnyx design after Biehl 1998: a town that "tried to engross itself at
     * the expense of others"): brought, when the levy is voted on and complaints are on, against the member whose
     * assembly refused the levy since the latest vote week and that left the most unpaid, by the poorest other member
     * taking part (lowest mean wealth; it loses most by the missing transfer). The council rules on the record: upheld
     * when the accused owed the pool something it did not pay (owed above paid), dismissed when it owed nothing (its
     * refusal took nothing from anyone). The evidence is the unpaid share of what it owed. Null when no member refused.
     */
    Complaint refusal(Confederation f) {
        if (!rules.config().complaints() || !rules.config().levyVote()) {
            return null;
        }
        List<Municipality> members = f.members();
        int accused = -1;
        double most = -1;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            double unpaid = f.owed[p] - f.paid[p];
            if (f.refusing[p] && Confederation.takesPart(m) && sanctionWeeksLeft[m.index()] == 0 && unpaid > most) {
                most = unpaid;
                accused = p;
            }
        }
        if (accused < 0) {
            return null;
        }
        int complainant = -1;
        double poorest = Double.POSITIVE_INFINITY;
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (p != accused && Confederation.takesPart(m) && ledger.wealth(m.index()) / m.population() < poorest) {
                poorest = ledger.wealth(m.index()) / m.population();
                complainant = p;
            }
        }
        if (complainant < 0) {
            return null;
        }
        double unpaid = Math.max(0, f.owed[accused] - f.paid[accused]);
        double share = f.owed[accused] > 0 ? unpaid / f.owed[accused] : 0;
        return new Complaint(complainant, accused, share, unpaid > 0, Kind.REFUSED_TRANSFER, unpaid);
    }

    /** Whether the member at a position was harmed by the accused's over-harvest: it shares the accused's stock. */
    boolean harmedBy(Confederation f, int position, int accused) {
        List<Municipality> members = f.members();
        return position != accused && region(members.get(position)).equals(region(members.get(accused)));
    }

    /**
     * Carries out an adopted sanction of the given size on the member at {@code target}: it pays the members that
     * share its stock a fine of {@code size × min(1, overHarvest) × its wealth}, shared by the pooling rule, and is
     * held to the sustainable harvest until its own assembly's cap is within it ({@link #expire}).
     *
     * @param size        the sanction's size adopted by the vote, in [0, 1]
     * @param overHarvest the over-harvest share the complaint was upheld on
     */
    void sanction(Confederation f, int target, double size, double overHarvest) {
        sanction(f, target, size, overHarvest, false);
    }

    /**
     * Carries out an adopted sanction for a refused transfer: the accused pays {@code size × unpaid} (at most what it
     * holds) to the other members taking part, shared by the pooling rule, and stays under sanction until the next
     * vote (no new complaint against it meanwhile). No harvest is restrained: the harm was the transfer.
     */
    void sanctionRefusal(Confederation f, int target, double size, double unpaid) {
        List<Municipality> members = f.members();
        int n = members.size();
        if (contribution.length < n) {
            contribution = new double[n];
            eligible = new boolean[n];
        }
        Municipality h = members.get(target);
        double held = ledger.wealth(h.index())
                + (rules.config().levyFromStock() ? Math.max(0, h.ledger().commonStock()) : 0);
        for (int p = 0; p < n; p++) {
            eligible[p] = p != target && Confederation.takesPart(members.get(p));
            contribution[p] = p == target ? Math.max(0, Math.min(held, size * unpaid)) : 0;
        }
        ledger.move(members, contribution, eligible, rules.config().levyFromStock());
        sanctionWeeksLeft[h.index()] = rules.config().voteInterval();
        sanctionsThisWeek++;
        sanctionsAdopted[h.index()]++;
    }

    /**
     * As {@link #sanction(Confederation, int, double, double)}; for a complaint brought on behalf of the town's own
     * members ({@code members}), the fine goes to the town's own members, shared by need by the pooling rule (paid from
     * its common stock first), and no other town receives anything (Pnyx design: the remedy goes to those harmed).
     */
    void sanction(Confederation f, int target, double size, double overHarvest, boolean ownMembers) {
        List<Municipality> members = f.members();
        int n = members.size();
        if (contribution.length < n) {
            contribution = new double[n];
            eligible = new boolean[n];
        }
        Municipality h = members.get(target);
        double held = ledger.wealth(h.index());
        for (int p = 0; p < n; p++) {
            eligible[p] = ownMembers ? p == target : harmedBy(f, p, target) && Confederation.takesPart(members.get(p));
            contribution[p] = p == target ? Math.max(0, Math.min(held, size * Math.min(1, overHarvest) * held)) : 0;
        }
        ledger.move(members, contribution, eligible, rules.config().levyFromStock());
        // Ostrom (1990) principles 4-5: an over-harvester is held to the maximum sustainable yield.
        h.setImposedHarvestCap(SUSTAINABLE_CAP);
        sanctionWeeksLeft[h.index()] = rules.config().voteInterval();
        sanctionsThisWeek++;
        sanctionsAdopted[h.index()]++;
    }

    /** Whether a town is under a sanction. */
    boolean sanctioned(int town) {
        return sanctionWeeksLeft[town] > 0;
    }

    /** Sanctions adopted against a town this week. */
    int sanctionsAdopted(int town) {
        return sanctionsAdopted[town];
    }

    /** Sanctions adopted this week. */
    int sanctionsThisWeek() {
        return sanctionsThisWeek;
    }
}
