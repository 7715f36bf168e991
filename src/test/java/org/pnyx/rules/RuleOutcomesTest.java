package org.pnyx.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked vote tables on which the three confederal rules give different outcomes. */
class RuleOutcomesTest {

    private static int[] ints(String s) {
        return java.util.Arrays.stream(s.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    /**
     * Each row: yes and no citizens per town, the vote each delegate cast, each delegate's own judgement,
     * then the expected outcome under aggregate_citizens, one_municipality_one_vote and delegate_council.
     */
    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            90 20 20 | 10 30 30 | 1 -1 -1 | 1 -1 -1 | true  | false | referendum paradox: big town's yes outweighs two small no towns
            40 20 20 | 60 10 10 | -1 1 1  | -1 1 1  | false | true  | referendum paradox the other way: two small yes towns, big no town
            90 20 20 | 10 30 30 | 1 -1 -1 | 1 1 -1  | true  | false | council follows its own judgement, not the towns
            50 5 5   | 50 5 5   | 0 0 0   | 0 0 0   | false | false | exact ties fail under every rule
            60 60 10 | 40 40 90 | 1 1 -1  | -1 -1 -1 | false | true | a council of dissenting delegates rejects what two towns want
            """)
    void rulesDisagreeOnHandWorkedTables(String yes, String no, String cast, String own, boolean aggregate,
                                         boolean perTown, String label) {
        int[] y = ints(yes);
        int[] n = ints(no);
        int[] c = ints(cast);
        int[] o = ints(own);
        RuleOutcomes r = RuleOutcomes.count(y, n, c, o, y.length);
        assertEquals(aggregate, r.aggregate(), label + ": aggregate_citizens");
        assertEquals(perTown, r.perTown(), label + ": one_municipality_one_vote");
        int councilYes = 0;
        int councilNo = 0;
        for (int v : o) {
            councilYes += v > 0 ? 1 : 0;
            councilNo += v < 0 ? 1 : 0;
        }
        assertEquals(councilYes > councilNo, r.delegates(), label + ": delegate_council");
    }

    @org.junit.jupiter.api.Test
    void referendumParadoxCountsAndSharesAreExact() {
        // Town A: 90 yes, 10 no; towns B and C: 20 yes, 30 no each. Citizens 130 to 70 yes (65%),
        // towns 1 to 2 no, delegates voting their own minds 2 to 1 yes.
        RuleOutcomes r = RuleOutcomes.count(new int[] {90, 20, 20}, new int[] {10, 30, 30}, new int[] {1, -1, -1},
                new int[] {-1, 1, 1}, 3);
        assertEquals(130, r.citizens().yes(), "citizens yes");
        assertEquals(70, r.citizens().no(), "citizens no");
        assertEquals(0.65, r.yesShare(), 1e-12, "yes share among citizens");
        assertEquals(true, r.aggregate(), "aggregate adopts");
        assertEquals(false, r.perTown(), "one town one vote rejects");
        assertEquals(true, r.delegates(), "council adopts");
        assertEquals(true, r.disagree(), "the rules disagree");
    }

    @org.junit.jupiter.api.Test
    void aDeviatingDelegateFlipsTheTownVoteButNotTheCitizenCount() {
        // Town B's mandate is no but its delegate casts yes: towns now 2 to 1 yes; citizens unchanged.
        RuleOutcomes faithful = RuleOutcomes.count(new int[] {90, 20, 20}, new int[] {10, 30, 30},
                new int[] {1, -1, -1}, new int[] {1, 1, -1}, 3);
        RuleOutcomes deviated = RuleOutcomes.count(new int[] {90, 20, 20}, new int[] {10, 30, 30},
                new int[] {1, 1, -1}, new int[] {1, 1, -1}, 3);
        assertEquals(false, faithful.perTown(), "faithful delegates: towns reject");
        assertEquals(true, deviated.perTown(), "a deviation carries the towns' vote");
        assertEquals(faithful.aggregate(), deviated.aggregate(), "the aggregate count is immune to the deviation");
    }
}
