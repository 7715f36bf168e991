package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Opinions pulled toward interests and values, worked by hand on a town of two: equal shares, common share 0.5,
 * need level 0.5 (entitlement 1 x need), gain 4. Member 0 needs 1, member 1 needs 3; each produced 3.
 */
class InterestsTest {

    private static MeetingFixture town(String pull) throws Exception {
        return town(pull, "0");
    }

    /** The town of two, with the horizon of security (weeks; 0: the town's insecurity for all). */
    private static MeetingFixture town(String pull, String horizon) throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.2, 0.2}, "economy.regime=municipalized",
                "economy.distribution=equal", "interests.pull=" + pull, "interests.horizon=" + horizon);
        // Member 0: solidarity 0, need 1, consumed half of it, would pay 0.5 under full sanctions.
        f.citizens.set(0, 0, 0, 0.5, 12, 1, 1, 10, 0.5);
        f.citizens.setConsumption(0, 0.5);
        f.citizens.setSanctionStake(0, 0.5);
        // Member 1: solidarity 0.5, need 3, met, pays nothing.
        f.citizens.set(1, 0, 0.5, 0.5, 12, 3, 1, 10, 0.5);
        f.citizens.setConsumption(1, 3);
        for (int id = 0; id < 2; id++) {
            f.citizens.setOutput(id, 3);
        }
        f.town.ledger().setShirkable(2);
        f.meeting.open(f.town, f.citizens);
        new Interests(f.scenario.interests()).pull(f.meeting);
        return f;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void aNeedierMemberWantsAHigherNeedLevelAndTheTownWhatItsOutputCovers() throws Exception {
        MeetingFixture f = town("1");
        // Own stake per unit of level: need - (1 - s) N / n = 1 - 0.5(4)(0.5) = 0 for member 0, 3 - 1 = 2 for member 1.
        assertEquals(0.5, f.citizens.opinion(0, Issue.NEED_LEVEL), 1e-6, "no stake: the middle");
        // The town's view: output / need - 0.5 = 6/4 - 0.5 = 1; member 1 weighs it by solidarity 0.5.
        assertEquals(0.5 * 1 + 0.5 * logistic(4 * 2.0 / 3), f.citizens.opinion(1, Issue.NEED_LEVEL), 1e-6);
    }

    @Test
    void savingInsuresTheNeedyAndCostsTheOthers() throws Exception {
        MeetingFixture f = town("1");
        // Surplus 6 - 4 = 2; no stock, so insecurity 1. Stake: 2 (need/4 - 1/2) / need.
        assertEquals(logistic(4 * 2 * (0.25 - 0.5)), f.citizens.opinion(0, Issue.COMMON_SHARE), 1e-6);
        assertEquals(0.5 * 1 + 0.5 * logistic(4 * 2 * (0.75 - 0.5) / 3), f.citizens.opinion(1, Issue.COMMON_SHARE),
                1e-6);
    }

    @Test
    void ownReservesLowerTheWishToSave() throws Exception {
        // Horizon 52 weeks: member 0 (wealth 10, need 1, level 1, no stock) is insecure by 1 - 10/52 = 0.8077, not 1.
        MeetingFixture f = town("1", "52");
        double own = 1 - 10.0 / 52;
        assertEquals(logistic(4 * 2 * (own * 0.25 - 0.5)), f.citizens.opinion(0, Issue.COMMON_SHARE), 1e-6);
        assertEquals(0.0843534, f.citizens.opinion(0, Issue.COMMON_SHARE), 1e-6, "by hand");
        // A richer member 0 (wealth 52 covers the horizon) is not insecure at all and wants less saved.
        MeetingFixture rich = new MeetingFixture(new double[] {0.2, 0.2}, "economy.regime=municipalized",
                "economy.distribution=equal", "interests.pull=1", "interests.horizon=52");
        rich.citizens.set(0, 0, 0, 0.5, 12, 1, 1, 52, 0.5);
        rich.citizens.set(1, 0, 0.5, 0.5, 12, 3, 1, 10, 0.5);
        rich.citizens.setConsumption(1, 3);
        for (int id = 0; id < 2; id++) {
            rich.citizens.setOutput(id, 3);
        }
        rich.meeting.open(rich.town, rich.citizens);
        new Interests(rich.scenario.interests()).pull(rich.meeting);
        assertEquals(logistic(4 * 2 * (0 - 0.5)), rich.citizens.opinion(0, Issue.COMMON_SHARE), 1e-6);
        // The view is kept for the meeting, by member position, for the anchor in deliberation.
        assertEquals(rich.citizens.opinion(0, Issue.COMMON_SHARE), rich.meeting.view(0, Issue.COMMON_SHARE.ordinal()),
                1e-6);
    }

    @Test
    void shortfallWantsMoreHarvestNow() throws Exception {
        MeetingFixture f = town("1");
        assertEquals(logistic(4 * 0.5), f.citizens.opinion(0, Issue.HARVEST_CAP), 1e-6, "half their need unmet");
        assertEquals(0.5, f.citizens.opinion(1, Issue.HARVEST_CAP), 1e-6, "met, and no commons: the sustainable cap");
    }

    @Test
    void whoWouldPayOpposesSanctionsAndWhoLosesToFreeRidingFavoursThem() throws Exception {
        MeetingFixture f = town("1");
        // Recovered (1 - s) 2 = 1, half each: member 0 gains 0.5 and pays 0.5, member 1 gains 0.5 and pays nothing.
        assertEquals(0.5, f.citizens.opinion(0, Issue.SANCTIONS), 1e-6);
        // The town: recovery 2 less payments 0.5, over need 4.
        assertEquals(0.5 * logistic(4 * 1.5 / 4) + 0.5 * logistic(4 * 0.5 / 3), f.citizens.opinion(1, Issue.SANCTIONS),
                1e-6);
    }

    @Test
    void theOpinionMovesThePullOfTheWay() throws Exception {
        MeetingFixture f = town("0.5");
        assertEquals(0.2 + 0.5 * (0.5 - 0.2), f.citizens.opinion(0, Issue.NEED_LEVEL), 1e-6);
        MeetingFixture off = town("0");
        assertEquals(0.2, off.citizens.opinion(1, Issue.SANCTIONS), 1e-6, "knocked out: the initial opinion stays");
    }
}
