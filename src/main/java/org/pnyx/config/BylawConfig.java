package org.pnyx.config;

import java.util.List;

import java.util.Locale;

/**
 * The procedural bylaws of one assembly (seed 001, "Assemblies at Work"): when it meets,
 * what makes a decision, how it deliberates, and how offices are filled and held to account.
 * Each bylaw is declared once below (key, label, default, range, unit, meaning, source); the compact
 * constructor checks the fields against those declarations.
 */
public record BylawConfig(int meetingInterval, double meetingHours, double quorum, DecisionRule decisionRule,
                          double supermajority, int consensusRounds, double blockMargin, DecisionRule fallbackRule,
                          DeliberationModel deliberation, double confidence, int deliberationRounds,
                          double convergence, int proposalsPerMeeting, int reconsiderationDelay,
                          OfficeSelection officeSelection, int termLength, int termLimit, double recallThreshold,
                          double approvalRadius, double facilitatorBonus, int delegateRecall, Floor floor) {

    /** The assembly's procedural bylaws: amendable by the assembly and by interventions. */
    static final Section BYLAWS = new Section("bylaws", true);

    public static final Param.Int MEETING_INTERVAL = BYLAWS.whole("meetingInterval", "Meeting interval", 4).in(1, 520)
            .unit("weeks").means("Weeks between assembly meetings.");
    public static final Param.Dbl MEETING_HOURS = BYLAWS.number("meetingHours", "Meeting length", 3).in(0.25, 40)
            .unit("hours").source("Bryan (2004)").means("Length of a meeting, the time it costs each attendee.");
    public static final Param.Dbl QUORUM = BYLAWS.number("quorum", "Quorum", 0.05).in(0, 1).unit("share of citizens")
            .means("Share of the municipality's citizens who must be present for any decision.");
    public static final Param.Choice DECISION_RULE = BYLAWS.choice("decisionRule", "Decision rule", "majority",
            List.of("majority", "supermajority", "consensus"))
            .means("How a proposal is adopted: more yes than no; yes share at or above the threshold; or no block.");
    public static final Param.Dbl SUPERMAJORITY = BYLAWS.number("supermajority", "Supermajority threshold", 0.6667)
            .above(0.5, 1).unit("share of votes cast")
            .means("Yes share of votes cast needed under the supermajority rule (and as a consensus fallback).");
    public static final Param.Int CONSENSUS_ROUNDS = BYLAWS.whole("consensusRounds", "Consensus rounds", 3).in(1, 50)
            .unit("rounds")
            .means("Rounds of deliberation and testing for consensus before the proposal fails or falls back.");
    public static final Param.Dbl BLOCK_MARGIN = BYLAWS.number("blockMargin", "Block margin", 0.05).in(0, 1)
            .unit("opinion distance")
            .means("How much more an attendee must prefer the status quo than the proposal to block consensus.");
    public static final Param.Choice FALLBACK_RULE = BYLAWS.choice("fallbackRule", "Fallback rule", "none",
            List.of("none", "majority", "supermajority"))
            .means("Rule applied when consensus fails after all rounds (none: the proposal fails).");
    public static final Param.Choice DELIBERATION = BYLAWS.choice("deliberation", "Deliberation model",
            "hegselmann_krause", List.of("hegselmann_krause", "deffuant", "none"))
            .means("Bounded-confidence opinion exchange used in deliberation.");
    public static final Param.Dbl CONFIDENCE = BYLAWS.number("confidence", "Confidence radius", 0.2).above(0, 1)
            .unit("opinion distance")
            .means("Bounded-confidence radius: attendees listen only to opinions at most this far from their own.");
    public static final Param.Int DELIBERATION_ROUNDS = BYLAWS.whole("deliberationRounds", "Deliberation rounds", 3)
            .in(0, 200).unit("rounds").means("Rounds of opinion exchange per proposal.");
    public static final Param.Dbl CONVERGENCE = BYLAWS.number("convergence", "Convergence (Deffuant mu)", 0.3).above(0,
            0.5).unit("share of gap")
            .means("Deffuant convergence parameter mu: share of the gap each partner moves in an encounter.");
    public static final Param.Int PROPOSALS_PER_MEETING = BYLAWS.whole("proposalsPerMeeting", "Proposals per meeting",
            2).in(0, 50).unit("proposals").means("Proposals put to each meeting.");
    public static final Param.Int RECONSIDERATION_DELAY = BYLAWS.whole("reconsiderationDelay", "Reconsideration delay",
            3).in(0, 520).unit("meetings")
            .means("Meetings after which a defeated proposal returns to the agenda (0: it never returns).");
    public static final Param.Choice OFFICE_SELECTION = BYLAWS.choice("officeSelection", "Office selection", "election",
            List.of("election", "sortition", "rotation")).means("How the facilitator is chosen among attendees.");
    public static final Param.Int TERM_LENGTH = BYLAWS.whole("termLength", "Term length", 6).in(1, 520).unit("meetings")
            .means("Meetings a facilitator serves per term.");
    public static final Param.Int TERM_LIMIT = BYLAWS.whole("termLimit", "Term limit", 0).in(0, 100).unit("terms")
            .means("Consecutive terms a facilitator may serve (0: no limit).");
    public static final Param.Dbl RECALL_THRESHOLD = BYLAWS.number("recallThreshold", "Recall threshold", 0.3).in(0, 1)
            .unit("share of attendees")
            .means("The facilitator is recalled when the approving share of attendees falls below this (0: never).");
    public static final Param.Dbl APPROVAL_RADIUS = BYLAWS.number("approvalRadius", "Approval radius", 0.25).in(0, 1)
            .unit("opinion distance")
            .means("An attendee approves the facilitator when their mean opinion distance is at most this.");
    public static final Param.Dbl FACILITATOR_BONUS = BYLAWS.number("facilitatorBonus", "Facilitator agenda bonus", 3)
            .in(1, 100).unit("times")
            .means("Weight multiplier of the facilitator's chance to put a proposal on the agenda.");
    public static final Param.Int DELEGATE_RECALL = BYLAWS.whole("delegateRecall", "Delegate recall after", 1).in(0,
            100).unit("deviations").source("Bookchin (Biehl 1998): delegates are immediately recallable")
            .means("Deviations from its mandate within a term after which the citizens who voted on the mandate vote to"
                    + " recall or forgive their confederal delegate (0: never; a delegate then expects no recall).");

    public static final Param.Choice FLOOR = BYLAWS.choice("floor", "Who gets the floor", "standing",
            List.of("standing", "queue")).source("Dahl & Tufte (1973); Pnyx design")
            .means("When a meeting has fewer speaking turns (attendance.speakingTurns times its length) than attendees,"
                    + " who is heard: standing gives the turns to the attendees of highest standing (influence times"
                    + " what wealth buys, influence.wealthWeight), the chair always; queue follows a speakers' list"
                    + " that carries over from meeting to meeting.");

    /** Rules by which a proposal is adopted. {@code NONE} only as a consensus fallback. */
    public enum DecisionRule { MAJORITY, SUPERMAJORITY, CONSENSUS, NONE }

    /** Opinion-exchange models for deliberation. */
    public enum DeliberationModel { HEGSELMANN_KRAUSE, DEFFUANT, NONE }

    /** Who is given the floor when there are fewer speaking turns than attendees. */
    public enum Floor { STANDING, QUEUE }

    /** Ways of filling an office. */
    public enum OfficeSelection { ELECTION, SORTITION, ROTATION }

    public BylawConfig {
        MEETING_INTERVAL.check(meetingInterval);
        MEETING_HOURS.check(meetingHours);
        QUORUM.check(quorum);
        SUPERMAJORITY.check(supermajority);
        CONSENSUS_ROUNDS.check(consensusRounds);
        BLOCK_MARGIN.check(blockMargin);
        check(fallbackRule != DecisionRule.CONSENSUS, "fallbackRule", "none, majority or supermajority", fallbackRule);
        check(decisionRule != DecisionRule.NONE, "decisionRule", "majority, supermajority or consensus", decisionRule);
        CONFIDENCE.check(confidence);
        DELIBERATION_ROUNDS.check(deliberationRounds);
        CONVERGENCE.check(convergence);
        PROPOSALS_PER_MEETING.check(proposalsPerMeeting);
        RECONSIDERATION_DELAY.check(reconsiderationDelay);
        TERM_LENGTH.check(termLength);
        TERM_LIMIT.check(termLimit);
        RECALL_THRESHOLD.check(recallThreshold);
        APPROVAL_RADIUS.check(approvalRadius);
        FACILITATOR_BONUS.check(facilitatorBonus);
        DELEGATE_RECALL.check(delegateRecall);
    }

    /** Reads the {@code bylaws.*} keys of resolved values. */
    public static BylawConfig from(ParameterValues v) {
        return new BylawConfig(v.get(MEETING_INTERVAL), v.get(MEETING_HOURS), v.get(QUORUM),
                rule(v.get(DECISION_RULE)), v.get(SUPERMAJORITY), v.get(CONSENSUS_ROUNDS),
                v.get(BLOCK_MARGIN), rule(v.get(FALLBACK_RULE)),
                DeliberationModel.valueOf(v.get(DELIBERATION).toUpperCase(Locale.ROOT)),
                v.get(CONFIDENCE), v.get(DELIBERATION_ROUNDS), v.get(CONVERGENCE),
                v.get(PROPOSALS_PER_MEETING), v.get(RECONSIDERATION_DELAY),
                OfficeSelection.valueOf(v.get(OFFICE_SELECTION).toUpperCase(Locale.ROOT)),
                v.get(TERM_LENGTH), v.get(TERM_LIMIT), v.get(RECALL_THRESHOLD),
                v.get(APPROVAL_RADIUS), v.get(FACILITATOR_BONUS), v.get(DELEGATE_RECALL),
                Floor.valueOf(v.get(FLOOR).toUpperCase(Locale.ROOT)));
    }
    private static DecisionRule rule(String s) {
        return DecisionRule.valueOf(s.toUpperCase(Locale.ROOT));
    }

    static void check(boolean ok, String field, String allowed, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(field + " must be " + allowed + ", but was " + value);
        }
    }
}
