package org.pnyx.config;

import java.util.Locale;

/**
 * The procedural bylaws of one assembly (seed 001, "Assemblies at Work"): when it meets,
 * what makes a decision, how it deliberates, and how offices are filled and held to account.
 * Ranges are those of {@link Parameters}; see there for units and meaning.
 */
public record BylawConfig(int meetingInterval, double meetingHours, double quorum, DecisionRule decisionRule,
                          double supermajority, int consensusRounds, double blockMargin, DecisionRule fallbackRule,
                          DeliberationModel deliberation, double confidence, int deliberationRounds,
                          double convergence, int proposalsPerMeeting, int reconsiderationDelay,
                          OfficeSelection officeSelection, int termLength, int termLimit, double recallThreshold,
                          double approvalRadius, double facilitatorBonus, int delegateRecall) {

    /** Rules by which a proposal is adopted. {@code NONE} only as a consensus fallback. */
    public enum DecisionRule { MAJORITY, SUPERMAJORITY, CONSENSUS, NONE }

    /** Opinion-exchange models for deliberation. */
    public enum DeliberationModel { HEGSELMANN_KRAUSE, DEFFUANT, NONE }

    /** Ways of filling an office. */
    public enum OfficeSelection { ELECTION, SORTITION, ROTATION }

    public BylawConfig {
        check(meetingInterval >= 1, "meetingInterval", "at least 1", meetingInterval);
        check(meetingHours > 0, "meetingHours", "above 0", meetingHours);
        check(quorum >= 0 && quorum <= 1, "quorum", "in [0, 1]", quorum);
        check(supermajority > 0.5 && supermajority <= 1, "supermajority", "in (0.5, 1]", supermajority);
        check(consensusRounds >= 1, "consensusRounds", "at least 1", consensusRounds);
        check(blockMargin >= 0 && blockMargin <= 1, "blockMargin", "in [0, 1]", blockMargin);
        check(fallbackRule != DecisionRule.CONSENSUS, "fallbackRule", "none, majority or supermajority", fallbackRule);
        check(decisionRule != DecisionRule.NONE, "decisionRule", "majority, supermajority or consensus", decisionRule);
        check(confidence > 0 && confidence <= 1, "confidence", "in (0, 1]", confidence);
        check(deliberationRounds >= 0, "deliberationRounds", "at least 0", deliberationRounds);
        check(convergence > 0 && convergence <= 0.5, "convergence", "in (0, 0.5]", convergence);
        check(proposalsPerMeeting >= 0, "proposalsPerMeeting", "at least 0", proposalsPerMeeting);
        check(reconsiderationDelay >= 0, "reconsiderationDelay", "at least 0", reconsiderationDelay);
        check(termLength >= 1, "termLength", "at least 1", termLength);
        check(termLimit >= 0, "termLimit", "at least 0", termLimit);
        check(recallThreshold >= 0 && recallThreshold <= 1, "recallThreshold", "in [0, 1]", recallThreshold);
        check(approvalRadius >= 0 && approvalRadius <= 1, "approvalRadius", "in [0, 1]", approvalRadius);
        check(facilitatorBonus >= 1, "facilitatorBonus", "at least 1", facilitatorBonus);
        check(delegateRecall >= 0, "delegateRecall", "at least 0", delegateRecall);
    }

    /** Reads the {@code bylaws.*} keys of resolved values. */
    public static BylawConfig from(ParameterValues v) {
        return new BylawConfig(v.i("bylaws.meetingInterval"), v.d("bylaws.meetingHours"), v.d("bylaws.quorum"),
                rule(v.s("bylaws.decisionRule")), v.d("bylaws.supermajority"), v.i("bylaws.consensusRounds"),
                v.d("bylaws.blockMargin"), rule(v.s("bylaws.fallbackRule")),
                DeliberationModel.valueOf(v.s("bylaws.deliberation").toUpperCase(Locale.ROOT)),
                v.d("bylaws.confidence"), v.i("bylaws.deliberationRounds"), v.d("bylaws.convergence"),
                v.i("bylaws.proposalsPerMeeting"), v.i("bylaws.reconsiderationDelay"),
                OfficeSelection.valueOf(v.s("bylaws.officeSelection").toUpperCase(Locale.ROOT)),
                v.i("bylaws.termLength"), v.i("bylaws.termLimit"), v.d("bylaws.recallThreshold"),
                v.d("bylaws.approvalRadius"), v.d("bylaws.facilitatorBonus"), v.i("bylaws.delegateRecall"));
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
