package org.pnyx.confederation;

import java.util.Arrays;
import java.util.List;
import org.pnyx.model.Municipality;

/**
 * Confederates may stop a town that "tried to engross itself at the expense of others" (seed 001):
 * the member with the largest harm score (hoarding above {@code hoardingThreshold} times the mean
 * wealth per citizen, plus over-harvest of a shared commons) may be put to a sanction vote; if
 * adopted it pays {@code sanctionRate} of its wealth above the threshold to the others, an
 * over-harvester is held to the maximum sustainable yield (Ostrom 1990, principles 4-5), and the
 * sanction lasts until the next vote.
 */
final class Enforcement {

    /** Harvest cap imposed on a sanctioned over-harvester: the maximum sustainable yield (cap 0.5 of rK/2). */
    static final double SUSTAINABLE_CAP = 0.5;

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
     * Clears the week's counts; sanctions whose time is up are lifted with their harvest cap. Sanctions
     * run out before the week's vote, so a town still doing harm can be sanctioned again at once: a
     * sanction adopted at one vote lasts until the next (voteInterval countdowns, the last at the start
     * of the next vote's week), and the economy never runs a week unchecked in between.
     */
    void expire() {
        Arrays.fill(sanctionsAdopted, 0);
        sanctionsThisWeek = 0;
        for (int t = 0; t < sanctionWeeksLeft.length; t++) {
            if (sanctionWeeksLeft[t] > 0 && --sanctionWeeksLeft[t] == 0) {
                towns.get(t).setImposedHarvestCap(Double.NaN);
            }
        }
    }

    /**
     * The position of the member with the largest harm score, or -1 if none harms or the worst is
     * already sanctioned.
     *
     * @param mean the confederation's mean wealth per citizen of its self-governing members
     */
    int worstHarm(Confederation f, double mean) {
        int worst = -1;
        double most = 0;
        List<Municipality> members = f.members();
        for (int p = 0; p < members.size(); p++) {
            Municipality m = members.get(p);
            if (!Confederation.takesPart(m) || sanctionWeeksLeft[m.index()] > 0) {
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

    /**
     * The harm score of a town, at least 0: hoarding {@code max(0, meanWealth_t / mean - hoardingThreshold)}
     * (0 when {@code mean <= 0}) plus the harm from the commons seam.
     */
    /** Whether the town's commons harm (its over-harvest) is positive now. */
    boolean overHarvests(Municipality m) {
        return commons.harm(m) > 0;
    }

    double harm(Municipality m, double mean) {
        double hoarding = mean > 0 ? Math.max(0, ledger.wealth(m.index()) / m.population() / mean
                - rules.config().hoardingThreshold()) : 0;
        return hoarding + Math.max(0, commons.harm(m));
    }

    /** The sanctioned member (by position) pays {@code sanctionRate} of its wealth above the threshold to the others. */
    void sanction(Confederation f, int target, double mean) {
        sanction(f, target, mean, commons.harm(f.members().get(target)) > 0);
    }

    /**
     * As above; {@code overHarvested} says whether the harm the question was put for included over-harvesting
     * the commons (measured when it was put), in which case the town is held to the sustainable harvest.
     */
    void sanction(Confederation f, int target, double mean, boolean overHarvested) {
        List<Municipality> members = f.members();
        int n = members.size();
        if (contribution.length < n) {
            contribution = new double[n];
            eligible = new boolean[n];
        }
        Municipality h = members.get(target);
        double held = ledger.wealth(h.index());
        double excess = held - rules.config().hoardingThreshold() * mean * h.population();
        for (int p = 0; p < n; p++) {
            eligible[p] = p != target && Confederation.takesPart(members.get(p));
            contribution[p] = p == target ? Math.min(held, rules.config().sanctionRate() * Math.max(0, excess)) : 0;
        }
        ledger.move(members, contribution, eligible);
        if (overHarvested) {
            // Ostrom (1990) principle 4-5: an over-harvester is held to the maximum sustainable yield.
            h.setImposedHarvestCap(SUSTAINABLE_CAP);
        }
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
