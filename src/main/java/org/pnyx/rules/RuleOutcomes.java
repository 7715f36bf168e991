package org.pnyx.rules;

import org.pnyx.config.ConfederationConfig.Rule;

/**
 * The outcome of one confederal question under each of the three rules, from the same votes.
 *
 * <ul>
 *   <li>{@code aggregate_citizens}: more yes than no among all citizens of all member towns (seed 001);</li>
 *   <li>{@code one_municipality_one_vote}: more towns cast yes than no, each town's vote being the one its
 *       delegate cast (the town majority, unless the delegate deviated);</li>
 *   <li>{@code delegate_council}: more delegates vote yes than no by their own judgement (a parliament).</li>
 * </ul>
 * Each is a strict majority ({@link MajorityRule}): a tie fails. When the first two disagree
 * the vote shows the referendum paradox (Feix, Lepelley, Merlin &amp; Rouet 2004).
 *
 * @param citizens       yes and no votes of all citizens
 * @param towns          yes and no votes cast by the towns' delegates
 * @param council        yes and no votes of the delegates' own judgement
 * @param aggregate      adopted under aggregate_citizens
 * @param perTown        adopted under one_municipality_one_vote
 * @param delegates      adopted under delegate_council
 */
public record RuleOutcomes(Tally citizens, Tally towns, Tally council, boolean aggregate, boolean perTown,
                           boolean delegates) {

    private static final VotingRule MAJORITY = new MajorityRule();

    /**
     * Counts a confederal vote. Votes are coded +1 yes, -1 no, 0 none (abstention, tie or vacant seat).
     *
     * @param yes   citizens voting yes, by member town
     * @param no    citizens voting no, by member town
     * @param cast  the vote each town's delegate cast in the council
     * @param own   each delegate's own judgement
     * @param count member towns
     */
    public static RuleOutcomes count(int[] yes, int[] no, int[] cast, int[] own, int count) {
        int y = 0;
        int n = 0;
        int[] townVotes = new int[3];
        int[] councilVotes = new int[3];
        for (int t = 0; t < count; t++) {
            y += yes[t];
            n += no[t];
            townVotes[cast[t] + 1]++;
            councilVotes[own[t] + 1]++;
        }
        Tally citizens = new Tally(y, n, 0, 0);
        Tally towns = new Tally(townVotes[2], townVotes[0], townVotes[1], 0);
        Tally council = new Tally(councilVotes[2], councilVotes[0], councilVotes[1], 0);
        return new RuleOutcomes(citizens, towns, council, MAJORITY.adopts(citizens), MAJORITY.adopts(towns),
                MAJORITY.adopts(council));
    }

    /** The outcome under a rule. */
    public boolean under(Rule rule) {
        return switch (rule) {
            case AGGREGATE_CITIZENS -> aggregate;
            case ONE_MUNICIPALITY_ONE_VOTE -> perTown;
            case DELEGATE_COUNCIL -> delegates;
        };
    }

    /** Whether the three rules do not all give the same outcome. */
    public boolean disagree() {
        return aggregate != perTown || perTown != delegates;
    }

    /** Yes share of citizens' votes cast; NaN when none were cast. */
    public double yesShare() {
        return citizens.cast() == 0 ? Double.NaN : (double) citizens.yes() / citizens.cast();
    }
}
