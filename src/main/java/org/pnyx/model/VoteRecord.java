package org.pnyx.model;

import java.util.List;
import org.pnyx.config.ConfederationConfig.Rule;
import org.pnyx.rules.RuleOutcomes;

/**
 * One confederal vote, as written to {@code votes.csv}, with each member town's part in it
 * ({@code confederal_votes.csv}).
 *
 * @param week          0-based week of the count
 * @param confederation the confederation's name
 * @param question      what was put: {@code share} (a new pooled share) or {@code sanction} (of a town doing harm)
 * @param subject       for a sanction, the town; for a share, empty
 * @param statusQuo     current value (share), or 0 for a sanction
 * @param proposal      proposed value (share), or 1 for a sanction
 * @param outcomes      the count and the outcome under each rule
 * @param deviations    delegates who cast a vote against their town's mandate
 * @param rule          the rule in force
 * @param putWeek       the week the question was put to the assemblies
 * @param towns         each member town's part, in member order
 * @param origin        who framed the text put: the proposing town, the complaining town, or {@code council}
 * @param reconciled    whether the council reconciled several towns' proposals into the text
 * @param proposals     the towns' proposals the text came from
 * @param complainant   the town that brought a complaint when the question was put, or empty
 * @param accused       the town it accused, or empty
 * @param ruling        the council's ruling on it: {@code upheld}, {@code dismissed}, or empty
 * @param harm          the harm complained of ({@code over_harvest} of a shared commons, or {@code own_members}:
 *                      over-harvest of the town's own commons, complained of by its members, or
 *                      {@code refused_transfer}), or empty
 * @param evidence      the record the council ruled on: the accused's over-harvest beyond its share of the
 *                      sustainable yield, as a share of it; for a refused transfer, the unpaid share of
 *                      what it owed (0 without a complaint)
 * @param made          the towns' proposals the text put came from, in member order; for a sanction, the complaining
 *                      town's; with reconciliation off, the one town's in turn ({@code proposals.csv})
 * @param carriedOut    for a sanction, whether the council carried it out (adopted, and the accused still took part
 *                      and was not already under sanction); false otherwise
 */
public record VoteRecord(long week, String confederation, Question question, String subject, double statusQuo,
                         double proposal, RuleOutcomes outcomes, int deviations, Rule rule, long putWeek,
                         List<TownVote> towns, String origin, boolean reconciled, int proposals,
                         String complainant, String accused, String ruling, String harm, double evidence,
                         List<Proposal> made, boolean carriedOut) {

    /**
     * One town's proposal on a confederal question, as its assembly formed it when the question was put.
     *
     * @param town     the proposing town
     * @param value    what it proposed: a pooled share, or a sanction's size
     * @param citizens the citizens behind it: those present at the meeting whose positions formed it (every member
     *                 before any meeting)
     */
    public record Proposal(String town, double value, int citizens) {
    }

    /** Kinds of confederal question. */
    public enum Question { SHARE, SANCTION }

    /**
     * One member town's part in a confederal vote.
     *
     * @param town          the town's name
     * @param residents     its residents at the count
     * @param takesPart     whether it took part (self-governing, with citizens)
     * @param meetingsTried meetings that took the question up, quorate or not
     * @param attendance    attendees of the latest of them
     * @param meeting       the town's meeting number that decided it, 0 if none did
     * @param yes           yes votes cast in that meeting
     * @param no            no votes cast in that meeting
     * @param mandate       the town's mandate: +1, -1, 0 (none)
     * @param residentsYes  residents polled yes (the plebiscite)
     * @param residentsNo   residents polled no
     * @param delegateOwn   the delegate's own judgement: +1, -1, 0 (none, or no seat)
     * @param delegateCast  the vote the delegate cast in the council
     * @param recallVote    after a deviation that reached the bylaw's count: +1 recalled, -1 forgiven; else 0
     */
    public record TownVote(String town, int residents, boolean takesPart, int meetingsTried, int attendance,
                           int meeting, int yes, int no, int mandate, int residentsYes, int residentsNo,
                           int delegateOwn, int delegateCast, int recallVote) {

        /** Whether the delegate cast a vote against the town's mandate. */
        public boolean deviated() {
            return mandate != 0 && delegateCast != mandate;
        }
    }

    /** Whether the question was adopted under the rule in force. */
    public boolean adopted() {
        return outcomes.under(rule);
    }

    /** Towns that gave a mandate (a quorate meeting decided the question). */
    public int townsMandated() {
        int k = 0;
        for (TownVote t : towns) {
            k += t.mandate() != 0 ? 1 : 0;
        }
        return k;
    }
}
