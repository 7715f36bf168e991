package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/**
 * Town t0 has citizens 0 and 1 at opinion 0.9 and citizen 2 at 0.1; citizen 2 has the highest
 * standing and is elected delegate. Town t1's citizens all sit at 0.9. Against a share of 0.5 any
 * proposal (0.9 or 0.1) splits t0's majority from its delegate, so with fidelity 0 the delegate deviates.
 * The question is put in week 0, every assembly meets (everyone attends) and gives its mandate, and the
 * count is in week 1.
 */
class DelegateRecallTest {

    private static final double[] OPINIONS = {0.9, 0.9, 0.1, 0.9, 0.9, 0.9};

    private static Society society(ScenarioConfig s) {
        Society society = Fixtures.society(s, new int[] {3, 3}, OPINIONS);
        society.citizens().set(2, 0, 1, 0.9, 12, 1, 1, 10, 0.3);
        return society;
    }

    private static ScenarioConfig scenario(int recallAfter, String rule) {
        return Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.share=0.5", "confederation.delegateFidelity=0", "confederation.rule=" + rule,
                "bylaws.delegateRecall=" + recallAfter, "bylaws.officeSelection=election", "attendance.base=20",
                "bylaws.proposalsPerMeeting=1");
    }

    @Test
    void delegateWhoDeviatesIsRecalledAtTheBylawThreshold() {
        ScenarioConfig s = scenario(1, "aggregate_citizens");
        Society society = society(s);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        assertEquals(0, votes.size(), "the question is put in week 0 and waits for the assemblies");
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 1, random);
        assertEquals(1, votes.size(), "one vote counted");
        assertEquals(0.9, votes.get(0).proposal(), 1e-6, "the mover drawn sits at 0.9");
        assertEquals(2, votes.get(0).towns().get(0).yes(), "t0's meeting: citizens 0 and 1 vote for 0.9 against 0.5");
        assertEquals(1, votes.get(0).towns().get(0).no(), "t0's meeting: citizen 2 votes against");
        assertEquals(1, votes.get(0).towns().get(0).mandate(), "t0's mandate is yes");
        assertEquals(1, votes.get(0).deviations(), "the delegate of t0 deviated");
        assertEquals(1, layer.deviations(0), "deviation recorded for t0");
        assertEquals(0, layer.deviations(1), "t1's delegate agrees with its town");
        assertEquals(1, layer.delegateRecalls(0), "t0 recalled its delegate after one deviation");
        assertEquals(-1, layer.confederations().get(0).delegate(0), "the seat is vacant after the recall");
        assertEquals(0.5, layer.fidelity(), 1e-12, "one of two mandated votes was carried as mandated");
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 2, random);
        assertNotEquals(2, layer.confederations().get(0).delegate(0), "the recalled delegate is not chosen again at once");
    }

    @Test
    void delegateIsKeptBelowTheBylawThreshold() {
        ScenarioConfig s = scenario(2, "aggregate_citizens");
        Society society = society(s);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 1, random);
        assertEquals(1, layer.deviations(0), "the delegate deviated once");
        assertEquals(0, layer.delegateRecalls(0), "one deviation is below a threshold of two");
        assertEquals(2, layer.confederations().get(0).delegate(0), "the delegate keeps the seat");
    }

    @Test
    void delegateCouncilHasNoMandateSoNoDeviation() {
        ScenarioConfig s = scenario(1, "delegate_council");
        Society society = society(s);
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        Fixtures.meetAll(s, society, random);
        Fixtures.week(layer, 1, random);
        assertEquals(0, votes.get(0).deviations(), "delegates of a parliament are not mandated");
        assertEquals(0, layer.delegateRecalls(0), "nobody is recalled");
        assertEquals(Double.NaN, layer.fidelity(), "no mandated votes, fidelity undefined");
    }
}
