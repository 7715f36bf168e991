package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.pnyx.config.KnowledgeConfig;

/** Technical questions: the jury theorem's tally, and independent voters reproducing it. */
class KnowledgeTest {

    @Test
    void theIndependentMajorityIsThePoissonBinomialTail() {
        double[] scratch = new double[8];
        assertEquals(0.648, Knowledge.majorityRight(new double[] {0.6, 0.6, 0.6}, 3, scratch), 1e-12,
                "3 p^2 (1-p) + p^3 at p = 0.6");
        assertEquals(0.83692, Knowledge.majorityRight(new double[] {0.7, 0.7, 0.7, 0.7, 0.7}, 5, scratch), 1e-12,
                "the binomial tail of 5 voters at 0.7");
        assertEquals(0.7, Knowledge.majorityRight(new double[] {0.9, 0.5, 0.5}, 3, scratch), 1e-12,
                "0.9 (1 - 0.25) + 0.1 * 0.25");
        assertEquals(0.24, Knowledge.majorityRight(new double[] {0.6, 0.4}, 2, scratch), 1e-12,
                "two voters: right only if both are, 0.6 * 0.4; a tie is wrong");
    }

    @Test
    void independentVotersAreRightAsOftenAsTheJuryTheoremSays() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5, 0.5, 0.5});
        // reason 0.5: competence 0.55 + 0.1 * 0.5 = 0.6; five independent voters: 0.68256.
        Knowledge k = new Knowledge(new KnowledgeConfig(1, 0.55, 0.1, 0, 0.15, 0));
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int questions = 20_000;
        for (int q = 0; q < questions; q++) {
            k.maybeDecide(f.meeting, random);
        }
        Minutes m = f.town.minutes();
        assertEquals(questions, m.technicalQuestions());
        assertEquals(0.68256, m.technicalIndependent() / questions, 1e-9);
        assertEquals(0.68256, (double) m.technicalRight() / questions, 0.015, "within 4.5 standard errors");
    }

    @Test
    void anExpertsPresentationRaisesCompetenceWithReason() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.5, 0.5, 0.5});
        // reason 0.5: 0.55 + 0.05 + 0.2 * 0.5 = 0.7 for each of three: 0.784.
        Knowledge k = new Knowledge(new KnowledgeConfig(1, 0.55, 0.1, 1, 0.2, 0));
        k.maybeDecide(f.meeting, new MersenneTwisterFast(1));
        assertEquals(0.784, f.town.minutes().technicalIndependent(), 1e-12);
    }

    @Test
    void followingOneLeaderLowersTheMajoritysAccuracy() throws Exception {
        double[] opinions = new double[21];
        MeetingFixture f = new MeetingFixture(opinions);
        for (int id = 0; id < 21; id++) {
            f.citizens.set(id, 0, 0.5, 0.0, 12, 1, 1, 10, 0.5); // reason 0: competence 0.55, deference in full
        }
        Knowledge k = new Knowledge(new KnowledgeConfig(1, 0.55, 0.1, 0, 0.15, 0.8));
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int q = 0; q < 5_000; q++) {
            k.maybeDecide(f.meeting, random);
        }
        Minutes m = f.town.minutes();
        double independent = m.technicalIndependent() / m.technicalQuestions();
        double observed = (double) m.technicalRight() / m.technicalQuestions();
        // 21 independent voters at 0.55: 0.679; when 80% follow one leader the majority is mostly the leader: ~0.56.
        assertEquals(0.679, independent, 0.001);
        assertEquals(0.56, observed, 0.03);
    }
}
