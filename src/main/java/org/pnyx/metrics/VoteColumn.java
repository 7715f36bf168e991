package org.pnyx.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.model.VoteRecord;

/**
 * The columns of {@code votes.csv}, each declared once: name, unit, meaning and how its value is read
 * from a confederal vote. One outcome column is declared for each confederal tally rule, so adding a
 * rule adds its column; the writer and {@code describe} read this list and name no column.
 *
 * @param column  the snake_case column name
 * @param unit    the unit or kind of value in words
 * @param meaning one sentence
 * @param value   the value for a vote: a Number (written as a number) or text
 */
public record VoteColumn(String column, String unit, String meaning, Function<VoteRecord, Object> value) {

    private static final List<VoteColumn> ALL = build();

    private static List<VoteColumn> build() {
        List<VoteColumn> c = new ArrayList<>();
        c.add(new VoteColumn("step", "week", "Week of the count (0-based).", VoteRecord::week));
        c.add(new VoteColumn("put_week", "week", "Week the question was put to the member towns' assemblies.",
                VoteRecord::putWeek));
        c.add(new VoteColumn("confederation", "name", "The confederation that voted.", VoteRecord::confederation));
        c.add(new VoteColumn("question", "share or sanction",
                "What was put: a new pooled share, or a sanction of a town doing harm.",
                v -> v.question().name().toLowerCase(Locale.ROOT)));
        c.add(new VoteColumn("subject", "town name", "For a sanction, the town; for a share, empty.",
                VoteRecord::subject));
        c.add(new VoteColumn("origin", "town name or council", "Who framed the text put: the town whose assembly"
                + " proposed it (a share in turn, or the complaining town's sanction), or the council that reconciled"
                + " the towns' proposals.", VoteRecord::origin));
        c.add(new VoteColumn("reconciled", "yes or no", "Whether the council reconciled the towns' proposals into the"
                + " text put.", v -> v.reconciled() ? "yes" : "no"));
        c.add(new VoteColumn("proposals", "towns", "Towns' proposals the text came from.", VoteRecord::proposals));
        c.add(new VoteColumn("complainant", "town name", "The town that brought a complaint when the question was"
                + " put (empty if none).", VoteRecord::complainant));
        c.add(new VoteColumn("accused", "town name", "The town it accused: of over-harvesting the shared commons (or its own,"
                + " for a complaint its members brought), or of refusing the levy.",
                VoteRecord::accused));
        c.add(new VoteColumn("ruling", "upheld, dismissed or empty", "The council's ruling on the record: upheld when"
                + " the record shows harm (over-harvest beyond the sustainable yield, or a levy owed and unpaid;"
                + " then the question is its sanction), else dismissed.", VoteRecord::ruling));
        c.add(new VoteColumn("status_quo", "share", "Current value (pooled share), or 0 for a sanction.",
                VoteRecord::statusQuo));
        c.add(new VoteColumn("proposal", "share", "Proposed value: a pooled share, or a sanction's size (the share of the accused's wealth times its over-harvest share fined).",
                VoteRecord::proposal));
        c.add(new VoteColumn("citizens_yes", "citizens", "Votes cast yes in the member towns' assemblies, added.",
                v -> v.outcomes().citizens().yes()));
        c.add(new VoteColumn("citizens_no", "citizens", "Votes cast no in the member towns' assemblies, added.",
                v -> v.outcomes().citizens().no()));
        c.add(new VoteColumn("yes_share", "share of votes cast", "Yes share of the votes cast in the assemblies.",
                v -> v.outcomes().yesShare()));
        c.add(new VoteColumn("residents_yes", "citizens", "Residents of all member towns polled yes (the plebiscite).",
                v -> v.outcomes().residents().yes()));
        c.add(new VoteColumn("residents_no", "citizens", "Residents of all member towns polled no (the plebiscite).",
                v -> v.outcomes().residents().no()));
        c.add(new VoteColumn("towns_mandated", "towns", "Towns whose assembly gave a mandate (a quorate meeting"
                + " decided the question before the count).", VoteRecord::townsMandated));
        c.add(new VoteColumn("towns_yes", "towns", "Towns whose delegate cast yes.", v -> v.outcomes().towns().yes()));
        c.add(new VoteColumn("towns_no", "towns", "Towns whose delegate cast no.", v -> v.outcomes().towns().no()));
        c.add(new VoteColumn("delegates_yes", "delegates", "Delegates whose own judgement is yes.",
                v -> v.outcomes().council().yes()));
        c.add(new VoteColumn("delegates_no", "delegates", "Delegates whose own judgement is no.",
                v -> v.outcomes().council().no()));
        c.add(new VoteColumn("deviations", "delegates", "Delegates who cast a vote against their town's mandate.",
                VoteRecord::deviations));
        for (Rule rule : Rule.values()) {
            c.add(new VoteColumn(rule.key(), "adopted or rejected", "The outcome under the " + rule.key()
                    + " rule, from the same votes.", v -> outcome(v.outcomes().under(rule))));
        }
        c.add(new VoteColumn("referendum_paradox", "yes or no", "Whether aggregate_citizens and"
                + " one_municipality_one_vote disagree (Feix, Lepelley, Merlin & Rouet 2004).",
                v -> v.outcomes().paradox() ? "yes" : "no"));
        c.add(new VoteColumn("rule_in_force", "rule", "The confederal rule in force.", v -> v.rule().key()));
        c.add(new VoteColumn("adopted", "adopted or rejected", "The outcome under the rule in force.",
                v -> outcome(v.adopted())));
        return List.copyOf(c);
    }

    private static String outcome(boolean adopted) {
        return adopted ? "adopted" : "rejected";
    }

    /** Every column, in file order. */
    public static List<VoteColumn> all() {
        return ALL;
    }

    /** Column names in file order. */
    public static List<String> columns() {
        return ALL.stream().map(VoteColumn::column).toList();
    }
}
