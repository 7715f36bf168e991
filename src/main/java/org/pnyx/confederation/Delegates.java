package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.pnyx.config.BylawConfig;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.model.Citizens;
import org.pnyx.model.Minutes;
import org.pnyx.model.Municipality;

/**
 * Each self-governing member town sends one delegate, mandated by its citizens and "immediately
 * recallable" (seed 001): the seat is filled by the town's office selector among its latest
 * meeting's attendees; a delegate who disagrees
 * with the mandate carries it with probability {@code delegateFidelity}, and one whose deviations in
 * a term reach the bylaw's {@code delegateRecall} is recalled and may not be chosen again at once.
 */
final class Delegates {

    private final ConfederalRules rules;
    private final Citizens c;

    // Per town, by index: this week's deviations and recalls; mandated and followed votes so far.
    private final int[] deviations;
    private final int[] recalls;
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
        mandated = new long[towns];
        followed = new long[towns];
    }

    /** Clears the week's deviations and recalls. */
    void startWeek() {
        Arrays.fill(deviations, 0);
        Arrays.fill(recalls, 0);
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
     * Whether the delegate of the member at position {@code p} casts their own vote against the town's
     * mandate: only a seated delegate with a mandate (+1 or -1) under a rule other than the delegate
     * council, whose own vote opposes it, and then unless fidelity holds (probability
     * {@code delegateFidelity}, drawn only when it is strictly between 0 and 1). Counts the mandated
     * vote as followed or deviated.
     *
     * @param mandate the town's majority, +1, -1 or 0
     * @param own     the delegate's own vote, +1, -1 or 0
     */
    boolean deviates(Confederation f, int p, int mandate, int own, MersenneTwisterFast random) {
        if (rules.config().rule() == Rule.DELEGATE_COUNCIL || f.delegate[p] < 0 || mandate == 0) {
            return false;
        }
        double fidelity = rules.config().delegateFidelity();
        int t = f.members().get(p).index();
        mandated[t]++;
        boolean deviates = own != 0 && own != mandate
                && (fidelity <= 0 || fidelity < 1 && random.nextDouble() >= fidelity);
        if (deviates) {
            deviations[t]++;
            f.deviationsInTerm[p]++;
        } else {
            followed[t]++;
        }
        return deviates;
    }

    /**
     * After the vote each seat's term shortens; a delegate whose deviations in the term reach the
     * bylaw's {@code delegateRecall} is recalled by the home assembly.
     */
    void recall(Confederation f) {
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

    /** Delegates' deviations from their mandate this week, in a town. */
    int deviations(int town) {
        return deviations[town];
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
