package org.pnyx.metrics;

import java.util.List;
import java.util.function.BiFunction;
import org.pnyx.model.VoteRecord;
import org.pnyx.model.VoteRecord.TownVote;

/**
 * The columns of {@code confederal_votes.csv}, each declared once: one row per confederal vote and member
 * town, with the town's meeting attendance, its votes cast, its mandate, its residents polled and its
 * delegate's votes, so that each town's weight in the aggregate and the referendum paradox can be studied.
 *
 * @param column  the snake_case column name
 * @param unit    the unit or kind of value in words
 * @param meaning one sentence
 * @param value   the value for a vote and a town: a Number or text
 */
public record TownVoteColumn(String column, String unit, String meaning, BiFunction<VoteRecord, TownVote, Object> value) {

    private static final List<TownVoteColumn> ALL = List.of(
            new TownVoteColumn("step", "week", "Week of the count (0-based).", (v, t) -> v.week()),
            new TownVoteColumn("confederation", "name", "The confederation that voted.", (v, t) -> v.confederation()),
            new TownVoteColumn("municipality", "name", "The member town.", (v, t) -> t.town()),
            new TownVoteColumn("takes_part", "yes or no", "Whether the town took part (self-governing, with citizens,"
                    + " and the question was put to it).", (v, t) -> t.takesPart() ? "yes" : "no"),
            new TownVoteColumn("residents", "citizens", "Residents at the count.", (v, t) -> t.residents()),
            new TownVoteColumn("meetings", "meetings", "The town's meetings that took the question up, quorate or not.",
                    (v, t) -> t.meetingsTried()),
            new TownVoteColumn("attendance", "citizens", "Attendees of the latest meeting that took it up.",
                    (v, t) -> t.attendance()),
            new TownVoteColumn("yes", "citizens", "Votes cast yes in the meeting that decided it.", (v, t) -> t.yes()),
            new TownVoteColumn("no", "citizens", "Votes cast no in the meeting that decided it.", (v, t) -> t.no()),
            new TownVoteColumn("mandate", "yes, no or none", "The town's mandate under its own decision rule; none"
                    + " when no quorate meeting decided it before the count.", (v, t) -> vote(t.mandate())),
            new TownVoteColumn("residents_yes", "citizens", "Residents polled yes outside any meeting (the plebiscite).",
                    (v, t) -> t.residentsYes()),
            new TownVoteColumn("residents_no", "citizens", "Residents polled no outside any meeting (the plebiscite).",
                    (v, t) -> t.residentsNo()),
            new TownVoteColumn("delegate_own", "yes, no or none", "The delegate's own judgement.",
                    (v, t) -> vote(t.delegateOwn())),
            new TownVoteColumn("delegate_cast", "yes, no or none", "The vote the delegate cast in the council.",
                    (v, t) -> vote(t.delegateCast())),
            new TownVoteColumn("recall_vote", "recalled, forgiven or none", "After the delegate's deviations in the"
                    + " term reached the bylaw's delegateRecall, the vote of the citizens who voted on the mandate.",
                    (v, t) -> t.recallVote() > 0 ? "recalled" : t.recallVote() < 0 ? "forgiven" : "none"),
            new TownVoteColumn("adopted", "adopted or rejected", "The outcome under the rule in force.",
                    (v, t) -> v.adopted() ? "adopted" : "rejected"),
            new TownVoteColumn("imposed", "yes or no", "Whether the outcome was adopted against the town's mandate.",
                    (v, t) -> v.adopted() && t.mandate() < 0 ? "yes" : "no"));

    private static String vote(int v) {
        return v > 0 ? "yes" : v < 0 ? "no" : "none";
    }

    /** Every column, in file order. */
    public static List<TownVoteColumn> all() {
        return ALL;
    }

    /** Column names in file order. */
    public static List<String> columns() {
        return ALL.stream().map(TownVoteColumn::column).toList();
    }
}
