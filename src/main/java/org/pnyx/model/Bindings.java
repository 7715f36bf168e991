package org.pnyx.model;

import org.pnyx.config.Regime;

/**
 * Who a town's policy decisions bind and who makes them, recorded into each member's liberty history
 * (docs/model/liberty.md) where a decision is taken. A policy binds where the economy reads it: the common share
 * and need level where the town pools its output (and the common share where the assembly sets the wage), the
 * harvest cap everywhere, the sanctions policy where the assembly or the plan sets it. Where the assembly
 * governs, each item it decides binds every member, and those who attended and were heard ({@link Floor}) took
 * part in its making (Dahl &amp; Tufte 1973: an attendee of a large meeting who never gets the floor votes but is
 * not heard). Where a plan or a state
 * council holds the town's policies (the assembly does not govern, or a central plan overrides it), each
 * meeting of the assembly is one at which every binding policy is decided above it: binding every member,
 * imposed without their assembly's consent, and made without them.
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
     * Records a decision on {@code issue} taken by the assembly at a quorate meeting into every member's history:
     * bound by it, and took part if they attended and were heard. Nothing is recorded where the policy is not in force (it binds
     * nobody) or where a plan or state council holds the town's policies ({@link #meetingHeldAbove} records those).
     */
    static void decided(Meeting mt, Issue issue) {
        Municipality m = mt.m;
        if (heldAbove(m) || !binds(m, issue)) {
            return;
        }
        Citizens c = mt.c;
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            c.recordBinding(id, c.attended[id] && c.heard[id], false);
        }
    }

    /**
     * Where a plan or state council holds the town's policies, each meeting of its assembly is one at which
     * every binding policy is decided above it: one decision per binding issue, binding every member, imposed
     * without their assembly's consent, made without them, whatever the agenda or the quorum.
     */
    static void meetingHeldAbove(Meeting mt) {
        Municipality m = mt.m;
        if (!heldAbove(m)) {
            return;
        }
        int decisions = 0;
        for (Issue issue : Issue.values()) {
            if (binds(m, issue)) {
                decisions++;
            }
        }
        Citizens c = mt.c;
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            for (int d = 0; d < decisions; d++) {
                c.recordBinding(id, false, true);
            }
        }
    }
}
