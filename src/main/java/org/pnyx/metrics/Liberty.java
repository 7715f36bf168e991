package org.pnyx.metrics;

import org.pnyx.config.LibertyConfig;
import org.pnyx.model.Citizens;

/**
 * Liberty judged "not by promises of equality, but by what actually happens to the individual" (seed 002):
 * five components, each read from the events of a citizen's history that the mechanisms record where they
 * happen ({@link Citizens#recordBinding}, {@link Citizens#recordWork}, {@link Citizens#recordExitWish},
 * {@link Citizens#recordInsecure}), never from a regime or a town's flags (docs/model/liberty.md):
 * <ul>
 *   <li>voice: of the decisions that bound the citizen, the share in whose making they took part;</li>
 *   <li>non-domination: 1 minus the share of them imposed without the consent of their assembly;</li>
 *   <li>control over work: the share of weeks whose terms of work were set by a body they belong to, without a
 *       fine or exclusion;</li>
 *   <li>exit: 1 minus the share of the weeks they wished to leave in which leaving was barred;</li>
 *   <li>security: 1 minus the share of weeks lived in shortfall or exclusion.</li>
 * </ul>
 * A group's component is its members' events summed (a ratio of sums); a component with no event in the group
 * is NaN. The index is the weighted mean of the components that are defined ({@link LibertyConfig}).
 */
public final class Liberty {

    /** The components, in column order. */
    public enum Component { VOICE, NON_DOMINATION, WORK, EXIT, SECURITY }

    private static final int COUNT = Component.values().length;

    private Liberty() {
    }

    /** A share {@code part / whole}, NaN without events. */
    static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /**
     * The weighted mean of the defined components, {@code sum w_i x_i / sum w_i} over the components that are
     * not NaN; NaN when none is defined or their weights are all 0.
     */
    public static double index(double[] components, LibertyConfig w) {
        double sum = 0;
        double total = 0;
        for (int k = 0; k < COUNT; k++) {
            if (!Double.isNaN(components[k])) {
                double weight = weight(w, k);
                sum += weight * components[k];
                total += weight;
            }
        }
        return total > 0 ? sum / total : Double.NaN;
    }

    private static double weight(LibertyConfig w, int component) {
        return switch (component) {
            case 0 -> w.voice();
            case 1 -> w.nonDomination();
            case 2 -> w.work();
            case 3 -> w.exit();
            default -> w.security();
        };
    }

    /** One citizen's components, after {@code weeks} weeks lived, in {@link Component} order. */
    public static double[] of(Citizens c, int id, long weeks) {
        Sums s = new Sums();
        s.add(c, id);
        double[] out = new double[COUNT];
        s.components(weeks, out);
        return out;
    }

    /** The liberty events of a group of citizens, summed; reusable. */
    static final class Sums {
        long citizens;
        long bound;
        long voiced;
        long dominated;
        long workWeeks;
        long workSay;
        long exitWishes;
        long exitBlocked;
        long insecure;

        void clear() {
            citizens = 0;
            bound = 0;
            voiced = 0;
            dominated = 0;
            workWeeks = 0;
            workSay = 0;
            exitWishes = 0;
            exitBlocked = 0;
            insecure = 0;
        }

        void add(Citizens c, int id) {
            citizens++;
            bound += c.bound(id);
            voiced += c.voiced(id);
            dominated += c.dominated(id);
            workWeeks += c.workWeeks(id);
            workSay += c.workSay(id);
            exitWishes += c.exitWishes(id);
            exitBlocked += c.exitBlocked(id);
            insecure += c.insecureWeeks(id);
        }

        void add(Sums o) {
            citizens += o.citizens;
            bound += o.bound;
            voiced += o.voiced;
            dominated += o.dominated;
            workWeeks += o.workWeeks;
            workSay += o.workSay;
            exitWishes += o.exitWishes;
            exitBlocked += o.exitBlocked;
            insecure += o.insecure;
        }

        /** The components of the group after {@code weeks} weeks lived, into {@code out} in {@link Component} order. */
        void components(long weeks, double[] out) {
            out[0] = share(voiced, bound);
            out[1] = 1 - share(dominated, bound);
            out[2] = share(workSay, workWeeks);
            out[3] = 1 - share(exitBlocked, exitWishes);
            out[4] = 1 - share(insecure, citizens * weeks);
        }
    }
}
