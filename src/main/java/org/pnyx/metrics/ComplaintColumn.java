package org.pnyx.metrics;

import java.util.List;
import java.util.function.Function;
import org.pnyx.model.VoteRecord;

/**
 * The columns of {@code complaints.csv}, each declared once: one row per complaint a town brought, with the
 * council's ruling on the record and, when upheld, the sanction the assemblies voted on and whether it was carried
 * out. A dismissed complaint has its row too (its vote is {@code none}: the question put with it was the share).
 * Written at the count of the question put when the complaint was heard.
 *
 * @param column  the snake_case column name
 * @param unit    the unit or kind of value in words
 * @param meaning one sentence
 * @param value   the value for the vote whose question was put with the complaint: a Number or text
 */
public record ComplaintColumn(String column, String unit, String meaning, Function<VoteRecord, Object> value) {

    private static final List<ComplaintColumn> ALL = List.of(
            new ComplaintColumn("step", "week", "Week of the count of the question put when the complaint was heard.",
                    VoteRecord::week),
            new ComplaintColumn("heard_week", "week", "Week the council heard the complaint and ruled.",
                    VoteRecord::putWeek),
            new ComplaintColumn("confederation", "name", "The confederation whose council heard it.",
                    VoteRecord::confederation),
            new ComplaintColumn("complainant", "town name", "The town that brought the complaint, or '<town> members'"
                    + " for a complaint its own members brought.",
                    VoteRecord::complainant),
            new ComplaintColumn("accused", "town name", "The town it accused.", VoteRecord::accused),
            new ComplaintColumn("harm", "kind", "The harm complained of: over_harvest (taking more than its part of a"
                    + " shared commons, harming the towns that share it), own_members (over-harvesting its own"
                    + " commons, harming its own members) or refused_transfer (its assembly refused the pooled share"
                    + " it owed).", VoteRecord::harm),
            new ComplaintColumn("evidence", "share", "The record the council ruled on: the accused's harvest beyond its"
                    + " share of the stock's maximum sustainable yield (its own stock's, for own_members), as a share"
                    + " of it (0: within it); for refused_transfer, the share of what it owed the pool since the"
                    + " latest vote week that it did not pay.",
                    VoteRecord::evidence),
            new ComplaintColumn("ruling", "upheld or dismissed", "Upheld when the record shows harm (evidence above 0),"
                    + " else dismissed.", VoteRecord::ruling),
            new ComplaintColumn("sanction_size", "share", "For an upheld complaint, the sanction's size the complaining"
                    + " town's assembly proposed and the assemblies voted on; empty when dismissed.",
                    v -> upheld(v) ? v.proposal() : ""),
            new ComplaintColumn("vote", "adopted, rejected or none", "The assemblies' outcome on the sanction, under"
                    + " the rule in force; none when the complaint was dismissed.",
                    v -> !upheld(v) ? "none" : v.adopted() ? "adopted" : "rejected"),
            new ComplaintColumn("carried_out", "yes or no", "Whether the council carried the sanction out (adopted,"
                    + " and the accused still took part and was not already under sanction).",
                    v -> v.carriedOut() ? "yes" : "no"));

    private static boolean upheld(VoteRecord v) {
        return "upheld".equals(v.ruling());
    }

    /** Whether a vote carries a complaint row: a complaint was heard when its question was put. */
    public static boolean has(VoteRecord v) {
        return !v.complainant().isEmpty();
    }

    /** Every column, in file order. */
    public static List<ComplaintColumn> all() {
        return ALL;
    }

    /** Column names in file order. */
    public static List<String> columns() {
        return ALL.stream().map(ComplaintColumn::column).toList();
    }
}
