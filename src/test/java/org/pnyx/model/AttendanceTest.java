package org.pnyx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attendance choice and its learning, worked by hand with the default coefficients. */
class AttendanceTest {

    // Defaults: base -6, solidarity 2, habit 3, salience 2, efficacy 1.5, cost 2, reference size 100,
    // size elasticity 0 (assumed; 0.5 set where tested), learning rate 0.1, aspiration memory 0.8, efficacy
    // memory 0.8, duty 0.5, survival hours 20, experience 3, speaking turns 7 an hour, acquaintances 150.
    // The fixture's citizen: solidarity 0.5, habit 0.5, efficacy 0.5, 12 free hours, need 1 met; meetings last
    // 3 hours. Tests of the other terms set experience to 0.
    private static final String NO_EXPERIENCE = "attendance.experience=0";

    private static final List<Proposal> COMMON_SHARE_AT_075 = List.of(new Proposal(Issue.COMMON_SHARE, 0.75, 0,
            false, 1));

    @Test
    void logOddsAddTheTermsWithEfficacyDilutedBySize() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, "attendance.sizeElasticity=0.5");
        Attendance a = new Attendance(f.scenario.attendance());
        assertEquals(0.5, a.sizeFactor(400), 1e-12, "(100/400)^0.5");
        assertEquals(1.0, a.sizeFactor(50), 1e-12, "no dilution below the reference size");
        // u = -4.5 + 2(0.5) + 3(0.5) + 2(0.25) + 1.5(0.5)(0.5) - 2(3/12) = -1.625
        assertEquals(-1.625, a.utility(f.citizens, 0, -4.5, 0.25, 1.5 * a.sizeFactor(400), 3, 12f), 1e-6,
                "log-odds of a citizen in a town of 400");
    }

    @Test
    void aCitizenAttendsWithTheLogisticProbability() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, NO_EXPERIENCE);
        Attendance a = new Attendance(f.scenario.attendance());
        // Salience |0.75 - 0.5| = 0.25; u = -6 + 1 + 1.5 + 0.5 + 0.75 - 0.5 = -2.75, p = 1 / (1 + e^2.75).
        double p = 1 / (1 + Math.exp(2.75));
        assertEquals(0.0601, p, 1e-4);
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        int meetings = 20_000;
        int attended = 0;
        for (int i = 0; i < meetings; i++) {
            f.meeting.open(f.town, f.citizens);
            a.attend(f.meeting, COMMON_SHARE_AT_075, random);
            attended += f.meeting.present;
            assertEquals(f.meeting.present == 1, f.citizens.attended(0), "attended matches the attendee list");
        }
        assertEquals(p, (double) attended / meetings, 0.0085, "attendance frequency (5 standard errors)");
    }

    @Test
    void aCitizenWithLessFreeTimeThanTheMeetingCannotAttend() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, "attendance.base=20");
        f.citizens.set(0, 0, 0.5, 0.5, 2.9, 1, 1, 10, 0.5);
        f.meeting.open(f.town, f.citizens);
        new Attendance(f.scenario.attendance()).attend(f.meeting, COMMON_SHARE_AT_075, new MersenneTwisterFast(1));
        assertEquals(0, f.meeting.present, "2.9 free hours for a 3-hour meeting");
    }

    @Test
    void aSatisfiedAttendeeReinforcesTheHabit() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, NO_EXPERIENCE);
        f.meeting.cared[0] = 1;
        f.meeting.wins[0] = 1;
        new Attendance(f.scenario.attendance()).learn(f.meeting);
        // payoff = (1 - 0.5) + 0.5(0.5) - 3/12 = 0.5 >= aspiration 0: attending is reinforced.
        assertEquals(0.55, f.citizens.habit(0), 1e-6, "h + 0.1(1 - h)");
        assertEquals(0.1, f.citizens.aspiration[0], 1e-6, "0.8(0) + 0.2(0.5)");
        assertEquals(0.6, f.citizens.efficacy(0), 1e-6, "0.8(0.5) + 0.2(1)");
    }

    @Test
    void anUnconcernedAbsenteeBelowAspirationIsDrawnBack() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, NO_EXPERIENCE);
        f.citizens.attended[0] = false;
        f.citizens.aspiration[0] = 0.2f;
        new Attendance(f.scenario.attendance()).learn(f.meeting);
        // No outcome concerned them: payoff 0.5 - 0.5 = 0 < 0.2, so staying away is inhibited.
        assertEquals(0.55, f.citizens.habit(0), 1e-6, "h + 0.1(1 - h)");
        assertEquals(0.16, f.citizens.aspiration[0], 1e-6, "0.8(0.2) + 0.2(0)");
        assertEquals(0.5, f.citizens.efficacy(0), 1e-6, "efficacy unchanged when nothing concerned them");
    }

    @Test
    void theExperiencedMeetingSharesTurnsAcquaintancesAndTheDecidingVote() throws Exception {
        Attendance a = new Attendance(new MeetingFixture(new double[] {0.75}).scenario.attendance());
        // 20 attendees, 3 hours: every one gets a turn (21/20) and knows all (150/20 > 1); pivotal sqrt(2/(20 pi)).
        assertEquals((1 + 1 + 0.178412) / 3, a.experienced(20, 3), 1e-6);
        // 600 attendees: turns 21/600, known 150/600, pivotal sqrt(2/(600 pi)) = 0.032574.
        assertEquals((21.0 / 600 + 0.25 + 0.032574) / 3, a.experienced(600, 3), 1e-6);
        // A 6-hour meeting has twice the turns.
        assertEquals((42.0 / 600 + 0.25 + 0.032574) / 3, a.experienced(600, 6), 1e-6);
        assertEquals(a.experienced(1, 3), a.experienced(0, 3), 1e-12, "no attendees counts as one");
    }

    @Test
    void aSatisfiedAttendeeOfASmallMeetingLearnsItsExperience() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75});
        f.meeting.cared[0] = 1;
        f.meeting.wins[0] = 1;
        new Attendance(f.scenario.attendance()).learn(f.meeting);
        // Alone: experienced (1 + 1 + sqrt(2/pi)) / 3 = 0.932628; payoff 0.5 + 3(0.932628 - 0.5) = 1.797885.
        assertEquals(0.2 * 1.797885, f.citizens.aspiration[0], 1e-5, "0.8(0) + 0.2(payoff)");
    }

    @Test
    void survivalTakesFreeHoursByTheDepthOfShortfall() throws Exception {
        MeetingFixture f = new MeetingFixture(new double[] {0.75}, "attendance.base=20");
        Attendance a = new Attendance(f.scenario.attendance());
        f.citizens.setConsumption(0, 0.6);
        assertEquals(4, a.politicalTime(f.citizens, 0), 1e-5, "12 - 20(1 - 0.6/1)");
        f.meeting.open(f.town, f.citizens);
        a.attend(f.meeting, COMMON_SHARE_AT_075, new MersenneTwisterFast(1));
        assertEquals(1, f.meeting.present, "4 hours left for a 3-hour meeting");
        f.citizens.setConsumption(0, 0.5);
        assertEquals(2, a.politicalTime(f.citizens, 0), 1e-5, "12 - 20(1 - 0.5/1)");
        f.meeting.open(f.town, f.citizens);
        a.attend(f.meeting, COMMON_SHARE_AT_075, new MersenneTwisterFast(1));
        assertEquals(0, f.meeting.present, "2 hours left: survival comes first");
        Attendance off = new Attendance(new MeetingFixture(new double[] {0.75}, "attendance.base=20",
                "attendance.survivalHours=0").scenario.attendance());
        assertEquals(12, off.politicalTime(f.citizens, 0), 1e-6, "knocked out: all free time is free for politics");
    }
}
