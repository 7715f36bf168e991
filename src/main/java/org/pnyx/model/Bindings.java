package org.pnyx.model;

import org.pnyx.config.Regime;

/**
 * Who a town's policy decisions bind and who makes them, recorded into each member's liberty history
 * (docs/model/liberty.md) where a decision is taken. A policy binds where the economy reads it: the common share
 * and need level where the town pools its output (and the common share where the assembly sets the wage), the
 * harvest cap everywhere, the sanctions policy where the assembly or the plan sets it. A decision is held by a
 * plan or a state council when the assembly does not govern or a central plan holds the town's policies: then
 * it binds every member without their assembly's consent and nobody took part in making it. Otherwise the
 * assembly made it: it binds every member, and those who attended took part.
 */
public final class Bindings {

    private Bindings() {
    }

    /** Whether a policy on {@code issue} is in force for the town's economy, whoever holds it. */
    public static boolean binds(Municipality m, Issue issue) {
        Regime regime = m.economy().regime();
        boolean planned = planHolds(m);
        return switch (issue) {
            case COMMON_SHARE -> regime.poolsTown()
                    || regime.has(Regime.Trait.PRIVATELY_OWNED) && !m.ownersDecide();
            case NEED_LEVEL -> regime.poolsTown();
            case HARVEST_CAP -> true;
            case SANCTIONS -> planned || m.economy().sanctions().byAssembly();
        };
    }

    /** Whether a central plan holds the town's policies (a planned regime whose plan overrides the assembly). */
    public static boolean planHolds(Municipality m) {
        return m.economy().regime().has(Regime.Trait.CENTRALLY_PLANNED) && m.planOverrides();
    }

    /** Whether the town's policies are held by someone other than its assembly: a plan or a state council. */
    public static boolean heldAbove(Municipality m) {
        return !m.selfGoverning() || planHolds(m);
    }

    /**
     * Records a decision on {@code issue} taken at a quorate meeting into every member's history: bound by it,
     * took part if they attended and the assembly holds the issue, imposed if a plan or state council holds it.
     * An issue whose policy is not in force binds nobody and is not recorded.
     */
    static void decided(Meeting mt, Issue issue) {
        Municipality m = mt.m;
        if (!binds(m, issue)) {
            return;
        }
        boolean above = heldAbove(m);
        Citizens c = mt.c;
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            c.recordBinding(id, !above && c.attended[id], above);
        }
    }
}
