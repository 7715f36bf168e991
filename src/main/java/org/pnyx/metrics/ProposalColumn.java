package org.pnyx.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.pnyx.model.VoteRecord;

/**
 * The columns of {@code proposals.csv}, each declared once: one row per proposal a town's assembly made on a
 * confederal question counted, and one for the council's reconciled text when there was one, so that the measures
 * the towns framed can be followed to what was put and decided (issue 18: the agenda comes from the towns). The
 * writer and {@code describe} read this list and name no column. Rows are written at the count, with the outcome.
 *
 * @param column  the snake_case column name
 * @param unit    the unit or kind of value in words
 * @param meaning one sentence
 * @param value   the value for a vote and one of its rows: a Number or text
 */
public record ProposalColumn(String column, String unit, String meaning,
                             BiFunction<VoteRecord, ProposalColumn.Row, Object> value) {

    /**
     * One row: a town's proposal, or the council's text that reconciled several.
     *
     * @param origin   the proposing town, or {@code council}
     * @param value    the value proposed
     * @param citizens the citizens behind it (for the council's text, behind all the proposals it reconciled)
     * @param put      whether this text was the one put to the assemblies
     */
    public record Row(String origin, double value, int citizens, boolean put) {
    }

    private static final List<ProposalColumn> ALL = List.of(
            new ProposalColumn("step", "week", "Week of the count (0-based).", (v, r) -> v.week()),
            new ProposalColumn("put_week", "week", "Week the proposals were formed and the text put to the assemblies.",
                    (v, r) -> v.putWeek()),
            new ProposalColumn("confederation", "name", "The confederation.", (v, r) -> v.confederation()),
            new ProposalColumn("origin", "town name or council", "The town whose assembly proposed it, or the council"
                    + " that reconciled the towns' proposals into one text.", (v, r) -> r.origin()),
            new ProposalColumn("measure", "share or sanction", "What is proposed: a pooled share, or a sanction of a"
                    + " town doing harm.", (v, r) -> v.question().name().toLowerCase(Locale.ROOT)),
            new ProposalColumn("subject", "town name", "For a sanction, the accused town; for a share, empty.",
                    (v, r) -> v.subject()),
            new ProposalColumn("value", "share", "The value proposed: a pooled share, or a sanction's size.",
                    (v, r) -> r.value()),
            new ProposalColumn("citizens", "citizens", "Citizens behind it: those present at the meeting whose"
                    + " positions formed it (every member before any meeting); for the council's text, all of the"
                    + " proposals' together.", (v, r) -> r.citizens()),
            new ProposalColumn("reconciled", "yes or no", "Whether it was reconciled with other towns' proposals (a"
                    + " town's proposal the council merged, or the council's merged text).",
                    (v, r) -> v.reconciled() ? "yes" : "no"),
            new ProposalColumn("put", "yes or no", "Whether this text was the one put to the assemblies (a town's"
                    + " proposal that was reconciled was not put as it stood).", (v, r) -> r.put() ? "yes" : "no"),
            new ProposalColumn("outcome", "adopted or rejected", "The outcome, under the rule in force, of the text put"
                    + " that this proposal is or went into.", (v, r) -> v.adopted() ? "adopted" : "rejected"));

    /** The rows of a vote: the towns' proposals, then the council's text if it reconciled them. */
    public static List<Row> rows(VoteRecord v) {
        List<Row> rows = new ArrayList<>(v.made().size() + 1);
        int citizens = 0;
        for (VoteRecord.Proposal p : v.made()) {
            rows.add(new Row(p.town(), p.value(), p.citizens(), !v.reconciled()));
            citizens += p.citizens();
        }
        if (v.reconciled()) {
            rows.add(new Row(v.origin(), v.proposal(), citizens, true));
        }
        return rows;
    }

    /** Every column, in file order. */
    public static List<ProposalColumn> all() {
        return ALL;
    }

    /** Column names in file order. */
    public static List<String> columns() {
        return ALL.stream().map(ProposalColumn::column).toList();
    }
}
