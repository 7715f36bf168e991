package org.pnyx.rules;

/**
 * The count of a vote on one proposal against the status quo.
 *
 * <p>An attendee votes yes when the proposal is nearer their opinion than the status quo, no when
 * it is farther, and abstains when both are equally near. A no is a block when the attendee
 * prefers the status quo by more than the block margin (used by consensus).
 *
 * @param yes     attendees preferring the proposal
 * @param no      attendees preferring the status quo
 * @param abstain attendees indifferent between them
 * @param blocks  no votes whose preference exceeds the block margin
 */
public record Tally(int yes, int no, int abstain, int blocks) {

    /** Votes cast, abstentions excluded. */
    public int cast() {
        return yes + no;
    }

    /** Share of votes cast that were no; 0 when none were cast. */
    public double dissent() {
        return cast() == 0 ? 0 : (double) no / cast();
    }

    /**
     * Counts the votes of {@code count} voters with the given opinions.
     *
     * @param opinions    voters' opinions on the issue, in [0, 1]
     * @param count       how many entries of {@code opinions} vote
     * @param proposal    proposed policy value
     * @param statusQuo   current policy value
     * @param blockMargin preference for the status quo, in opinion distance, beyond which a no blocks
     */
    public static Tally count(double[] opinions, int count, double proposal, double statusQuo, double blockMargin) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        int blocks = 0;
        for (int k = 0; k < count; k++) {
            double x = opinions[k];
            double preferenceForStatusQuo = Math.abs(x - proposal) - Math.abs(x - statusQuo);
            if (preferenceForStatusQuo < 0) {
                yes++;
            } else if (preferenceForStatusQuo > 0) {
                no++;
                if (preferenceForStatusQuo > blockMargin) {
                    blocks++;
                }
            } else {
                abstain++;
            }
        }
        return new Tally(yes, no, abstain, blocks);
    }
}
