package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Minutes;
import org.pnyx.model.Municipality;

/**
 * Each self-governing member town sends one delegate, mandated by its citizens and "immediately
 * recallable" (seed 001): the seat is filled by the town's office selector among its latest
 * meeting's attendees; a delegate who disagrees with the mandate casts their own vote with a propensity
 * that rises with their conviction and standing and falls with their solidarity and the recall they expect,
 * and once their deviations in a term reach the bylaw's {@code delegateRecall} the home assembly's voters on
 * the mandate vote to recall or forgive them; recalled, they may not be chosen again at once.
 */
final class Delegates {

    private final ConfederalRules rules;
    private final Citizens c;

    // Per town, by index: this week's deviations and recalls; mandated and followed votes so far.
    private final int[] deviations;
    private final int[] recalls;
    private final int[] forgiven;
    private final long[] mandated;
    private final long[] followed;

    // Scratch: candidates for a seat.
    private int[] candidates = new int[0];
    private double[] standing = new double[0];

    Delegates(ConfederalRules rules, Citizens c, int towns) {
        this.rules = rules;
        this.c = c;
        deviations = new int[towns];
        recalls = new int[towns];
        forgiven = new int[towns];
        mandated = new long[towns];
        followed = new long[towns];
    }

    /** Clears the week's deviations and recalls. */
    void startWeek() {
        Arrays.fill(deviations, 0);
        Arrays.fill(recalls, 0);
        Arrays.fill(forgiven, 0);
    }

    /**
     * Fills a vacant or expired seat with the town's office selector (election, sortition or rotation)
     * among the latest meeting's attendees, or all members before any meeting; a recalled delegate
     * may not be chosen again at once. Standing for election is influence times reason.
     */
    void seat(Confederation f, int p, MersenneTwisterFast random) {
        Municipality m = f.members().get(p);
        int d = f.delegate[p];
        if (d >= 0 && c.home(d) == m.index() && f.termLeft[p] > 0) {
            return;
        }
        Minutes latest = m.minutes();
        int fromMeeting = latest.lastAttendeeCount();
        int pool = fromMeeting > 0 ? fromMeeting : m.population();
        if (candidates.length < pool) {
            candidates = new int[pool];
            standing = new double[pool];
        }
        int count = 0;
        for (int k = 0; k < pool; k++) {
            int id = fromMeeting > 0 ? latest.lastAttendee(k) : m.member(k);
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

    /**
     * A delegate's propensity to cast their own vote against the mandate (Pnyx design after seed 001: delegates
     * are "imperatively mandated" and "immediately recallable at the assemblies' discretion"):
     * {@code (1 - solidarity) * conviction * min(1, standing) * (1 - expectedRecall)}. Loyalty to the assembly
     * (solidarity) holds them; the strength of their own view (conviction) and their standing (influence)
     * embolden them; the chance of being recalled for it restrains them.
     *
     * @param solidarity     the delegate's solidarity, in [0, 1]
     * @param conviction     how strongly they prefer their side, in [0, 1]
     * @param standing       their influence (1 is neutral)
     * @param expectedRecall the chance they expect of being recalled for the deviation, in [0, 1]
     */
    static double propensity(double solidarity, double conviction, double standing, double expectedRecall) {
        return (1 - solidarity) * conviction * Math.min(1, Math.max(0, standing)) * (1 - expectedRecall);
    }

    /**
     * Whether the delegate of the member at position {@code p} casts their own vote against the town's
     * mandate: only a seated delegate with a mandate (+1 or -1) under a rule other than the delegate council,
     * whose own vote opposes it, and then with their {@link #propensity} (drawn only when it is strictly between
     * 0 and 1). Counts the mandated vote as followed or deviated.
     *
     * @param mandate        the town's mandate, +1, -1 or 0
     * @param own            the delegate's own vote, +1, -1 or 0
     * @param conviction     how strongly the delegate prefers their side, in [0, 1]
     * @param expectedRecall the chance the delegate expects of being recalled for a deviation
     */
    boolean deviates(Confederation f, int p, int mandate, int own, double conviction, double expectedRecall,
                     MersenneTwisterFast random) {
        if (rules.config().rule() == Rule.DELEGATE_COUNCIL || f.delegate[p] < 0 || mandate == 0) {
            return false;
        }
        int t = f.members().get(p).index();
        mandated[t]++;
        boolean deviates = false;
        if (own != 0 && own != mandate) {
            int d = f.delegate[p];
            double q = propensity(c.solidarity(d), conviction, c.influence(d), expectedRecall);
            deviates = q >= 1 || q > 0 && random.nextDouble() < q;
        }
        if (deviates) {
            deviations[t]++;
            f.deviationsInTerm[p]++;
        } else {
            followed[t]++;
        }
        return deviates;
    }

    /**
     * Whether a deviation now would bring the delegate's recall to a vote: the home bylaws allow recall
     * ({@code delegateRecall} above 0) and this deviation would reach it in the term.
     */
    boolean recallCredible(Confederation f, int p) {
        int after = f.members().get(p).bylaws().delegateRecall();
        return after > 0 && f.deviationsInTerm[p] + 1 >= after;
    }

    /**
     * After the count each seat's term shortens; a delegate whose deviations in the term reach the bylaw's
     * {@code delegateRecall} is put to a recall vote of the home assembly's voters on the mandate
     * ({@code recall[p]} holds its result: true to recall); recalled, the seat falls vacant and the delegate
     * may not be chosen again at once; forgiven, the delegate keeps the seat and the deviations count on.
     */
    void recall(Confederation f, boolean[] recall) {
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            if (f.delegate[p] < 0) {
                continue;
            }
            Municipality m = members.get(p);
            f.termLeft[p]--;
            if (recall[p]) {
                f.barred[p] = f.delegate[p];
                f.delegate[p] = -1;
                f.termLeft[p] = 0;
                recalls[m.index()]++;
            }
        }
    }

    /** Whether the delegate at position {@code p} has deviated often enough in the term for a recall vote. */
    boolean dueForRecallVote(Confederation f, int p) {
        int after = f.members().get(p).bylaws().delegateRecall();
        return f.delegate[p] >= 0 && after > 0 && f.deviationsInTerm[p] >= after;
    }

    /** Records a recall vote that forgave the delegate. */
    void forgiven(int town) {
        forgiven[town]++;
    }

    /** Delegates' deviations from their mandate this week, in a town. */
    int deviations(int town) {
        return deviations[town];
    }

    /** Recall votes this week in which a town's assembly forgave its delegate. */
    int forgivenThisWeek(int town) {
        return forgiven[town];
    }

    /** Delegates recalled by a town's assembly this week. */
    int recalls(int town) {
        return recalls[town];
    }

    /** Share of the town's delegates' mandated votes so far carried as mandated; NaN before any. */
    double fidelity(int town) {
        return mandated[town] == 0 ? Double.NaN : (double) followed[town] / mandated[town];
    }

    /** Share of all mandated delegate votes so far carried as mandated; NaN before any. */
    double fidelity() {
        long m = 0;
        long f = 0;
        for (int t = 0; t < mandated.length; t++) {
            m += mandated[t];
            f += followed[t];
        }
        return m == 0 ? Double.NaN : (double) f / m;
    }
}
