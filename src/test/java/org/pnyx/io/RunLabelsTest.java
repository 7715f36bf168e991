package org.pnyx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 24: labels derived from a run's changes. */
class RunLabelsTest {

    @Test
    void aShortChangeReadsAsItself() {
        assertEquals("decisionRule-consensus", RunLabels.derive(List.of("bylaws.decisionRule=consensus"), List.of()));
        assertEquals("decisionRule-consensus_freeTime.mean-6", RunLabels.derive(
                List.of("bylaws.decisionRule=consensus", "citizens.freeTime.mean=6"), List.of()));
        assertEquals("steps-100", RunLabels.derive(List.of("steps=100", "seed=7"), List.of()), "the seed is left out");
    }

    @Test
    void noChangeMeansNoLabel() {
        assertNull(RunLabels.derive(List.of(), List.of()));
        assertNull(RunLabels.derive(List.of("seed=7"), List.of()));
    }

    @Test
    void aLongOrAlteredLabelEndsInAStableHash() {
        List<String> many = new ArrayList<>();
        for (String k : new String[] {"bylaws.quorum=0.2", "bylaws.decisionRule=consensus", "bylaws.meetingInterval=2",
            "bylaws.recallThreshold=0.5", "citizens.freeTime.mean=6"}) {
            many.add(k);
        }
        String a = RunLabels.derive(many, List.of());
        assertEquals(RunLabels.MAX_DERIVED, a.length(), a);
        assertTrue(a.startsWith("quorum-0.2_decisionRule-consensus_"), a);
        assertTrue(a.matches(".*-[0-9a-f]{8}"), a);
        assertEquals(a, RunLabels.derive(List.copyOf(many), List.of()), "the same changes, the same label");
        many.set(4, "citizens.freeTime.mean=7");
        assertNotEquals(a, RunLabels.derive(many, List.of()), "a change past the cut still changes the label");
        String odd = RunLabels.derive(List.of("bylaws.decisionRule=a b"), List.of());
        assertTrue(odd.matches("decisionRule-a-b-[0-9a-f]{8}"), odd);
        assertTrue(SafeNames.isSafe(odd));
    }

    @Test
    void labelsFollowThePathRuleAndKeepClearOfSeedFolders() {
        assertTrue(RunLabels.problem("high-quorum").isEmpty());
        assertTrue(RunLabels.problem("seed-42").isPresent());
        assertTrue(RunLabels.problem("..").isPresent());
        assertTrue(RunLabels.problem("a/b").get().contains("a path separator '/'"), RunLabels.problem("a/b").get());
    }

    @Test
    void plainWordsUseTheDeclaredLabels() {
        assertEquals("Decision rule = consensus, Quorum = 0.2",
                RunLabels.plainWords(List.of("bylaws.decisionRule=consensus", "seed=3", "bylaws.quorum=0.2")));
    }
}
