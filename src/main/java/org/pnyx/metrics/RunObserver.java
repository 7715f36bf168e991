package org.pnyx.metrics;

import java.util.List;
import org.pnyx.model.AmendmentRecord;
import org.pnyx.model.Offices;
import org.pnyx.model.TownRules;
import org.pnyx.model.VoteRecord;

/** Receives the measurements of a run as they are made, one week at a time. */
public interface RunObserver {

    /**
     * Called once before the first week.
     *
     * @param municipalityNames names of the municipalities, by index
     */
    default void begin(List<String> municipalityNames) {
    }

    /**
     * Called after every week. The arrays are reused for the next week: copy what you keep.
     *
     * @param week            0-based week
     * @param overall         values by {@link Metric} ordinal, over all municipalities
     * @param perMunicipality values by municipality index, then metric ordinal
     */
    void week(long week, double[] overall, double[][] perMunicipality);

    /**
     * Called for every confederal vote, during the week it is held (before that week's {@link #week}).
     *
     * @param vote the vote, its count and outcome under each rule
     */
    default void confederalVote(VoteRecord vote) {
    }

    /**
     * Called for every filling and recall of a town's office, during the week it happens (before that
     * week's {@link #week}).
     *
     * @param week  0-based week
     * @param town  the municipality's index
     * @param event the filling or recall
     */
    default void office(long week, int town, Offices.OfficeRecord event) {
    }

    /**
     * Called for every amendment of a town's bylaws put to its assembly, during the week of the meeting (before
     * that week's {@link #week}).
     *
     * @param week the 0-based week
     * @param town the town's name
     * @param a    the amendment, its votes and whether it was adopted
     */
    default void amendment(long week, String town, AmendmentRecord a) {
    }

    /**
     * Called after every week, just before {@link #week}: each town's bylaws in force, by municipality index, as
     * {@link TownRules#cells()} (arrays never changed: an observer may keep them), for the bylaw columns of
     * {@code municipalities.csv}.
     */
    default void bylaws(long week, List<String[]> perMunicipality) {
    }

    /**
     * Called once after the last week.
     *
     * @param finalState measurements of the society's final state
     */
    default void end(FinalState finalState) {
    }
}
