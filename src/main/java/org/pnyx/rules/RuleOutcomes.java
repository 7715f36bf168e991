package org.pnyx.rules;

import org.pnyx.config.ConfederationConfig.Rule;

/**
 * The outcome of one confederal question under each of the four rules, from the same question.
 *
 * <ul>
 *   <li>{@code aggregate_citizens}: more yes than no among the votes cast in the member towns' assemblies,
 *       added citizen by citizen across towns (seed 001: "the aggregate votes of all the citizens of all the
 *       municipalities", cast where "their separate assemblies engage in rational discourse");</li>
 *   <li>{@code one_municipality_one_vote}: more towns cast yes than no, each town's vote being the one its
 *       delegate cast (the mandate its meeting gave, unless the delegate deviated; none without a mandate);</li>
 *   <li>{@code delegate_council}: more delegates vote yes than no by their own judgement (a parliament);</li>
 *   <li>{@code plebiscite}: more yes than no among every resident of every member town, polled outside any
 *       meeting (the "mass plebiscites" seed 001 rejects, kept as a comparison).</li>
 * </ul>
 * Each is a strict majority ({@link MajorityRule}): a tie fails. When the first two disagree
 * the vote shows the referendum paradox (Feix, Lepelley, Merlin &amp; Rouet 2004).
 *
 * @param citizens       yes and no votes cast in the assemblies
 * @param towns          yes and no votes cast by the towns' delegates
 * @param council        yes and no votes of the delegates' own judgement
 * @param residents      yes and no of every resident polled
 * @param aggregate      adopted under aggregate_citizens
 * @param perTown        adopted under one_municipality_one_vote
 * @param delegates      adopted under delegate_council
 * @param plebiscite     adopted under plebiscite
 */
public record RuleOutcomes(Tally citizens, Tally towns, Tally council, Tally residents, boolean aggregate,
                           boolean perTown, boolean delegates, boolean plebiscite) {

    private static final VotingRule MAJORITY = new MajorityRule();

    /**
     * Counts a confederal vote. Votes are coded +1 yes, -1 no, 0 none (abstention, no mandate or vacant seat).
     *
     * @param yes     citizens voting yes in each member town's assembly
     * @param no      citizens voting no in each member town's assembly
     * @param cast    the vote each town's delegate cast in the council
     * @param own     each delegate's own judgement
     * @param pollYes residents of each member town polled yes
     * @param pollNo  residents of each member town polled no
     * @param count   member towns
     */
    public static RuleOutcomes count(int[] yes, int[] no, int[] cast, int[] own, int[] pollYes, int[] pollNo,
                                     int count) {
        int y = 0;
        int n = 0;
        int py = 0;
        int pn = 0;
        int[] townVotes = new int[3];
        int[] councilVotes = new int[3];
        for (int t = 0; t < count; t++) {
            y += yes[t];
            n += no[t];
            py += pollYes[t];
            pn += pollNo[t];
            townVotes[cast[t] + 1]++;
            councilVotes[own[t] + 1]++;
        }
        Tally citizens = new Tally(y, n, 0, 0);
        Tally towns = new Tally(townVotes[2], townVotes[0], townVotes[1], 0);
        Tally council = new Tally(councilVotes[2], councilVotes[0], councilVotes[1], 0);
        Tally residents = new Tally(py, pn, 0, 0);
        return new RuleOutcomes(citizens, towns, council, residents, MAJORITY.adopts(citizens),
                MAJORITY.adopts(towns), MAJORITY.adopts(council), MAJORITY.adopts(residents));
    }

    /** Counts a vote in which the assemblies' votes are also the residents' poll (every resident voted in a meeting). */
    public static RuleOutcomes count(int[] yes, int[] no, int[] cast, int[] own, int count) {
        return count(yes, no, cast, own, yes, no, count);
    }

    /** The outcome under a rule. */
    public boolean under(Rule rule) {
        return switch (rule) {
            case AGGREGATE_CITIZENS -> aggregate;
            case ONE_MUNICIPALITY_ONE_VOTE -> perTown;
            case DELEGATE_COUNCIL -> delegates;
            case PLEBISCITE -> plebiscite;
        };
    }

    /** Whether aggregate_citizens, one_municipality_one_vote and delegate_council do not all give the same outcome. */
    public boolean disagree() {
        return aggregate != perTown || perTown != delegates;
    }

    /** The referendum paradox: the aggregate of citizens' votes and the majority of towns disagree. */
    public boolean paradox() {
        return aggregate != perTown;
    }

    /** Yes share of the votes cast in the assemblies; NaN when none were cast. */
    public double yesShare() {
        return citizens.cast() == 0 ? Double.NaN : (double) citizens.yes() / citizens.cast();
    }
}
