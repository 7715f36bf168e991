package org.pnyx.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One amendment moves a bylaw one step, within its declared range. */
class BylawTest {

    @Test
    void numbersMoveByTheirStepWithinTheirRange() {
        assertEquals(0.0625, Bylaw.QUORUM.next(0.05, 1), "the quorum rises by a quarter of its value");
        assertEquals(0.04, Bylaw.QUORUM.next(0.05, -1), "and falls back to where it came from");
        assertEquals(0.2, Bylaw.MONITORING.next(0.0, 1));
        assertNull(Bylaw.MONITORING.next(0.0, -1), "monitoring cannot fall below 0");
        assertEquals(1.0, Bylaw.MONITORING.next(0.9, 1), "capped at the declared maximum");
        assertNull(Bylaw.MONITORING.next(1.0, 1));
        assertEquals(5, Bylaw.TERM_LENGTH.next(6, -1));
        assertNull(Bylaw.TERM_LENGTH.next(1, -1), "a term lasts at least one meeting");
        assertEquals(2.5, Bylaw.MEETING_HOURS.next(3.0, -1));
        assertEquals(0.6167, Bylaw.AMENDMENT_MAJORITY.next(0.6667, -1));
    }

    @Test
    void choicesMoveToTheNeighbouringChoice() {
        assertEquals("supermajority", Bylaw.DECISION_RULE.next("majority", 1));
        assertEquals("consensus", Bylaw.DECISION_RULE.next("supermajority", 1));
        assertNull(Bylaw.DECISION_RULE.next("consensus", 1));
        assertNull(Bylaw.DECISION_RULE.next("majority", -1));
        assertEquals("sortition", Bylaw.OFFICE_SELECTION.next("election", 1));
    }

    @Test
    void columnsAndValuesAreWrittenAsInAScenarioFile() {
        assertEquals("bylaw_quorum", Bylaw.QUORUM.column());
        assertEquals("bylaw_amendment_majority", Bylaw.AMENDMENT_MAJORITY.column());
        assertEquals("meetingHours", Bylaw.MEETING_HOURS.key());
        assertEquals("3", Bylaw.format(3.0));
        assertEquals("0.0625", Bylaw.format(0.0625));
        assertEquals("majority", Bylaw.format("majority"));
        for (Bylaw b : Bylaw.values()) {
            assertEquals("bylaws", b.param().spec().section(), b + " is a bylaw");
            assertEquals(true, b.param().spec().changeable(), b + " may change during a run");
        }
    }
}
