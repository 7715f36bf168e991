package org.pnyx.sim;

import java.util.List;
import org.pnyx.model.Municipality;

/**
 * One step of the simulated week: a named action of one mechanism, either per town (it reads and
 * changes only its own town's citizens and state, and is run for each town in index order) or
 * coupling (it reads or changes several towns at once). Per-town steps could later run in parallel
 * over towns; coupling steps cannot. {@link PnyxSim#steps()} lists the steps of the week in order.
 *
 * @param name      short name, e.g. {@code economy} or {@code confederation}
 * @param scope     per town or coupling
 * @param mechanism what the step does, in a few words, with its section of docs/MODEL.md
 * @param perTown   the action for one town (per-town steps), else null
 * @param coupling  the action for the whole society (coupling steps), else null
 */
public record Step(String name, Scope scope, String mechanism, TownAction perTown, WeekAction coupling) {

    /** Whether a step touches one town at a time or several. */
    public enum Scope { PER_TOWN, COUPLING }

    /** A per-town action. */
    @FunctionalInterface
    public interface TownAction {
        /** Runs the step for one town in the given week (0-based). */
        void run(Municipality town, long week);
    }

    /** A coupling action. */
    @FunctionalInterface
    public interface WeekAction {
        /** Runs the step for the whole society in the given week (0-based). */
        void run(long week);
    }

    /** A step that touches only its own town. */
    public static Step perTown(String name, String mechanism, TownAction action) {
        return new Step(name, Scope.PER_TOWN, mechanism, action, null);
    }

    /** A step that reads or changes several towns. */
    public static Step coupling(String name, String mechanism, WeekAction action) {
        return new Step(name, Scope.COUPLING, mechanism, null, action);
    }

    /** Runs the step for the week: a per-town step for each town in index order. */
    public void run(List<Municipality> towns, long week) {
        if (scope == Scope.PER_TOWN) {
            for (Municipality m : towns) {
                perTown.run(m, week);
            }
        } else {
            coupling.run(week);
        }
    }
}
