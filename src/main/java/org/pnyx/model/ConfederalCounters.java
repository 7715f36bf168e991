package org.pnyx.model;

/**
 * What the confederal layer did this week, by town index and overall, as the metrics read it. The
 * confederation implements it, so the metrics depend on the model only, as they read the economy
 * through each municipality's {@link Ledger}. Counts are of the current week; fidelity is cumulative.
 */
public interface ConfederalCounters {

    /** Delegates' deviations from their mandate this week, in a town. */
    int deviations(int town);

    /** Delegates recalled by a town's assembly this week. */
    int delegateRecalls(int town);

    /** Confederal votes this week in confederations the town takes part in. */
    int confederalVotes(int town);

    /** Votes this week, in the town's confederations, on which the three rules disagreed. */
    int ruleDisagreements(int town);

    /** Goods the town received from the confederal pools this week minus what it paid in. */
    double netReceived(int town);

    /** Share of the town's delegates' mandated votes so far carried as mandated; NaN before any. */
    double fidelity(int town);

    /** Share of all mandated delegate votes so far carried as mandated; NaN before any. */
    double fidelity();

    /** Confederal votes held this week, over all confederations. */
    int votesThisWeek();

    /** Votes this week on which the three rules did not all agree. */
    int disagreementsThisWeek();

    /** Votes counted this week, in the town's confederations, that showed the referendum paradox. */
    int paradoxes(int town);

    /** Votes the town's assembly cast on the confederal questions counted this week over its residents; NaN if none. */
    double confederalTurnout(int town);

    /** Votes counted this week on which the aggregate of citizens and the majority of towns disagreed (referendum paradox). */
    int paradoxesThisWeek();

    /** Votes cast in the assemblies on the questions counted this week over the residents of the towns taking part; NaN if none. */
    double confederalTurnout();

    /** Sanctions adopted this week. */
    int sanctionsThisWeek();

    /** Goods moved between towns this week by pooling and sanctions. */
    double transfersThisWeek();

    /** Sanctions adopted against a town this week. */
    int sanctionsAdopted(int town);

    /** Citizens who left a town this week (0 without migration). */
    int departures(int town);

    /** Migrations this week. */
    int migrationsThisWeek();
}
