package org.pnyx.economy;

import org.pnyx.config.Regime;
import org.pnyx.model.Bindings;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Who set this week's terms of work, and whose means of life were not secure, recorded into each member's
 * liberty history (docs/model/liberty.md) after consumption. The terms (pay or share, and what is produced from
 * which commons under which sanctions) are set by the town's assembly where it pools output or sets the wage
 * and governs; by a plan or state council where they hold its policies; by the owners where they own the
 * workplaces and set the wage. An owner sets their own. In a co-op regime each co-op divides its own output,
 * but co-ops do not yet vote on their own matters, so no one is recorded as setting the terms there: the
 * component has no event. A week under an assembly counts as say unless the worker was fined or excluded.
 * Any week in shortfall or in exclusion counts against security (exclusion has no due process in the model).
 * Where the owners set the wage, each week's wage is also a decision binding every member: made by the owners,
 * imposed on the workers without their assembly's consent (an employer's unilateral decision).
 */
final class WorkTerms {

    private WorkTerms() {
    }

    /** Records the week for every member of the town of {@code t}. */
    static void record(TownWeek t) {
        Municipality m = t.m;
        Citizens c = t.c;
        double[] fine = t.fine;
        Regime regime = t.regime;
        boolean owned = regime.has(Regime.Trait.PRIVATELY_OWNED);
        boolean assemblySets = regime.poolsTown() || owned && !m.ownersDecide();
        // 0: no event (co-ops); 1: the assembly; 2: someone else (a plan, a state council, the owners).
        int setter = !assemblySets && !owned ? 0 : Bindings.heldAbove(m) || !assemblySets ? 2 : 1;
        boolean ownersSetWage = owned && m.ownersDecide();
        for (int k = 0; k < t.n; k++) {
            int id = m.member(k);
            boolean excluded = fine[k] == TownWeek.EXCLUDED;
            if (excluded || c.inShortfall(id)) {
                c.recordInsecure(id);
            }
            if (c.owner(id)) {
                c.recordWork(id, true);
            } else if (setter != 0) {
                c.recordWork(id, setter == 1 && fine[k] == 0);
            }
            if (ownersSetWage) {
                c.recordBinding(id, c.owner(id), !c.owner(id));
            }
        }
    }
}
