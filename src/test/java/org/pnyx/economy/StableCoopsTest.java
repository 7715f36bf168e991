package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pnyx.config.EconomyConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Issue;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;

/**
 * Regression for the review finding "co-op membership shifts under migration": co-ops were the member's
 * position {@code k / coopSize}, so one arrival or departure moved every later member to another co-op.
 * Now each citizen keeps their co-op; a migrant frees theirs and joins the smallest co-op of the new town.
 */
class StableCoopsTest {

    private Citizens citizens;
    private Society society;
    private Economy economy;
    private MersenneTwisterFast random;

    /** Two towns of 10 (ids 0-9) and 7 (ids 10-16), co-ops of 4: co-ops of 4, 4, 2 and of 4, 3. */
    private void build() {
        EconomyConfig e = Fixtures.economy(Map.of("economy.coopSize", 4, "economy.regime", "syndicalist",
                "economy.conditionalShare", 1.0));
        citizens = new Citizens(17);
        double[] policy = new double[Issue.COUNT];
        policy[Issue.HARVEST_CAP.ordinal()] = 1.0;
        Municipality a = new Municipality(0, "a", Fixtures.bylaws(), e, 0, policy);
        Municipality b = new Municipality(1, "b", Fixtures.bylaws(), e, 0, policy);
        for (int id = 0; id < 17; id++) {
            citizens.set(id, id < 10 ? 0 : 1, 0.5, 0.5, 10, 1.0, 1.0, 0, 0.3);
            (id < 10 ? a : b).addMember(id);
        }
        society = new Society(citizens, List.of(a, b));
        random = new MersenneTwisterFast(5);
        economy = new Economy(society, random);
    }

    private Municipality town(int index) {
        return society.municipalities().get(index);
    }

    @Test
    void setUpPutsMemberKIntoCoopKOverSizeAsBefore() {
        build();
        for (Municipality m : society.municipalities()) {
            for (int k = 0; k < m.population(); k++) {
                assertEquals(k / 4, citizens.coop(m.member(k)), "member " + k + " of " + m.name());
            }
        }
        assertEquals(3, town(0).coopCount(), "10 members, co-ops of 4");
        assertEquals(2, town(0).coopMembers(2), "the last co-op holds the remainder");
    }

    @Test
    void withoutMigrationTheStableCoopIsAlwaysThePositionalOne() {
        build();
        for (int week = 0; week < 30; week++) {
            for (Municipality m : society.municipalities()) {
                economy.week(m, citizens, random, week);
                for (int k = 0; k < m.population(); k++) {
                    assertEquals(k / 4, citizens.coop(m.member(k)), "week " + week + ", member " + k);
                }
            }
        }
    }

    /** Checks every co-op's count against its members, and that none exceeds the size of 4. */
    private void assertCountsMatch(Municipality m) {
        int[] counted = new int[m.coopCount()];
        for (int k = 0; k < m.population(); k++) {
            counted[citizens.coop(m.member(k))]++;
        }
        for (int j = 0; j < m.coopCount(); j++) {
            assertEquals(counted[j], m.coopMembers(j), m.name() + " co-op " + j + " count");
            assertTrue(counted[j] <= 4, m.name() + " co-op " + j + " within the size: " + counted[j]);
        }
    }

    @Test
    void migrantsJoinTheSmallestCoopStayersKeepTheirsAndSizesStayWithinTheLimit() {
        build();
        int[] before = new int[17];
        for (int id = 0; id < 17; id++) {
            before[id] = citizens.coop(id);
        }
        // a: co-ops 4, 4, 2; b: 4, 3.
        society.migrate(1, town(1));
        assertEquals(1, citizens.coop(1), "b holds 4, 3: the arrival joins co-op 1");
        society.migrate(11, town(0));
        assertEquals(2, citizens.coop(11), "a holds 3, 4, 2: the smallest is co-op 2");
        society.migrate(12, town(0));
        assertEquals(0, citizens.coop(12), "a holds 3, 4, 3: a tie goes to the lowest index");
        society.migrate(13, town(0));
        assertEquals(2, citizens.coop(13), "a holds 4, 4, 3");
        society.migrate(10, town(0));
        assertEquals(3, citizens.coop(10), "a's co-ops are all full: a fourth opens");
        assertEquals(4, town(0).coopCount(), "a has four co-ops");
        society.migrate(2, town(1));
        assertEquals(0, citizens.coop(2), "b's emptied co-op 0 is the smallest and takes the arrival");
        for (int id = 0; id < 17; id++) {
            if (id != 1 && id != 2 && id != 10 && id != 11 && id != 12 && id != 13) {
                assertEquals(before[id], citizens.coop(id), "stayer " + id + " keeps their co-op");
            }
        }
        assertCountsMatch(town(0));
        assertCountsMatch(town(1));
        for (int week = 0; week < 5; week++) {
            economy.week(town(0), citizens, random, week);
            economy.week(town(1), citizens, random, week);
        }
        assertTrue(citizens.effort(10) > 0, "the new co-op's conditional cooperator sees the mean effort of the others");
    }

    @Test
    void manyRandomMovesKeepEveryStayerInPlaceAndEveryCoopWithinTheSize() {
        build();
        MersenneTwisterFast moves = new MersenneTwisterFast(9);
        for (int step = 0; step < 300; step++) {
            int[] before = new int[17];
            for (int id = 0; id < 17; id++) {
                before[id] = citizens.coop(id);
            }
            int mover = moves.nextInt(17);
            society.migrate(mover, town(1 - citizens.home(mover)));
            for (int id = 0; id < 17; id++) {
                if (id != mover) {
                    assertEquals(before[id], citizens.coop(id), "step " + step + ": stayer " + id);
                }
            }
            assertCountsMatch(town(0));
            assertCountsMatch(town(1));
            economy.week(town(0), citizens, random, step);
            economy.week(town(1), citizens, random, step);
        }
        assertTrue(town(0).coopCount() <= 5 && town(1).coopCount() <= 5,
                "a new co-op opens only when all are full: at most ceil(17 / 4) co-ops");
    }
}
