package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.config.InterestsConfig;
import org.pnyx.config.CivicConfig;
import org.pnyx.config.KnowledgeConfig;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.rules.Tally;

/**
 * A popular-assembly meeting (seed 001, "Assemblies at Work") runs its mechanisms in order: the
 * {@link Agenda}, {@link Attendance} and the quorum, then, if quorate, the {@link Offices} and a
 * {@link Decision} on each item, with {@link Influence} won or lost by its mover and the minority's motion
 * to reconsider an adopted decision tabled, and a technical question ({@link Knowledge}), and the meeting's
 * {@link Amendments} of the bylaws (when the town amends them); then recall, the
 * attendance habit and efficacy, civic formation ({@link CivicFormation}), and the relaxation of influence.
 * Once the chair is seated, the {@link Floor} decides who is heard. An inquorate meeting decides nothing and postpones its agenda. The rules in force are read from the town when each meeting opens. One
 * instance per run holds the scratch of a meeting ({@link Meeting}); the per-town state is the town's
 * ({@link Municipality#agenda()}, {@link Municipality#offices()}), the per-citizen state the citizens'.
 */
public final class Assembly {

    private final Meeting mt = new Meeting();
    private final Attendance attendance;
    private final Influence influence;
    private final Interests interests;
    private final CivicFormation civic;
    private final Knowledge knowledge;
    private final Floor floor;

    /** The assembly of a scenario: its attendance coefficients, how standing works, technical questions. */
    public Assembly(ScenarioConfig s) {
        this(s.attendance(), s.interests(), s.influenceGain(), s.influenceRelaxation(), s.knowledge(), s.civic());
        mt.standingWeight = s.standingWeight();
        mt.persuasion = s.persuasion();
        mt.candidateCount = s.candidates();
        mt.wealthWeight = s.wealthWeight();
        mt.timeWeight = s.timeWeight();
        mt.organizedShare = s.organizedShare();
        mt.organizing = s.organizing();
        mt.counterShare = s.counterShare();
        mt.counterOrganizing = s.counterOrganizing();
    }
    private final Amendments amendments = new Amendments();

    /**
     * @param attendance          attendance coefficients
     * @param interests           how opinions follow interests and values
     * @param influenceGain       influence won per carried proposal (lost per failed one)
     * @param influenceRelaxation share of the distance to neutral influence lost per meeting
     * @param knowledge           technical questions
     * @param civic               civic formation and judgement
     */
    public Assembly(AttendanceConfig attendance, InterestsConfig interests, double influenceGain,
                    double influenceRelaxation, KnowledgeConfig knowledge, CivicConfig civic) {
        this.attendance = new Attendance(attendance);
        this.interests = new Interests(interests);
        this.influence = new Influence(influenceGain, influenceRelaxation);
        this.knowledge = new Knowledge(knowledge);
        this.civic = new CivicFormation(civic);
        this.floor = new Floor(attendance.speakingTurns());
        mt.gain = (float) influenceGain;
        mt.judgement = civic.judgement();
    }

    /** Holds a meeting of the municipality's assembly and returns what happened. */
    public MeetingRecord meet(Municipality m, Citizens c, MersenneTwisterFast random) {
        mt.open(m, c);
        interests.pull(mt);
        Agenda agenda = m.agenda();
        agenda.build(mt, random);
        attendance.attend(mt, agenda.items(), random);
        countByQuintile(m, c);
        boolean quorate = mt.quorate();
        mt.clearOutcomes();
        boolean amending = Amendments.live(mt);
        if (amending) {
            amendments.experience(mt, quorate);
        }
        if (quorate) {
            m.offices().fill(mt, random);
        }
        floor.give(mt, quorate);
        if (quorate) {
            decideAgenda(agenda, random);
            knowledge.maybeDecide(mt, random);
            if (amending) {
                amendments.take(mt);
            }
            ConfederalDecision.takeUp(mt, random);
        } else {
            agenda.postpone(mt.number);
            ConfederalDecision.postpone(mt);
        }
        Bindings.meetingHeldAbove(mt);
        boolean recalled = quorate && m.offices().recall(mt);
        attendance.learn(mt);
        civic.form(mt, quorate);
        influence.relax(mt);
        MeetingRecord record = new MeetingRecord(mt.number, mt.present, mt.n, quorate,
                quorate ? agenda.items().size() : 0, mt.adopted, recalled);
        m.minutes().record(record, mt.attendees, mt.n, mt.adoptingYes, mt.adoptingNo);
        return record;
    }

    /** Counts who attended by quintile of wealth and of free time in the town (linear time; no sort). */
    private void countByQuintile(Municipality m, Citizens c) {
        int n = mt.n;
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            mt.values[k] = c.wealth[id];
            mt.went[k] = c.attended[id];
        }
        m.minutes().byWealth().count(mt.values, mt.went, n, mt.sorted);
        for (int k = 0; k < n; k++) {
            mt.values[k] = c.freeTime[m.member(k)];
        }
        m.minutes().byFreeTime().count(mt.values, mt.went, n, mt.sorted);
    }

    /**
     * The citizen's wealth quintile among the town's members, 0 the poorest fifth to 4 the richest: {@code 4 -
     * floor(5 r / n)}, r the members richer than them (so the richest fifth are those fewer than a fifth outrank).
     */
    private int wealthQuintile(int id) {
        double w = mt.c.wealth[id];
        int richer = 0;
        for (int k = 0; k < mt.n; k++) {
            if (mt.c.wealth[mt.m.member(k)] > w) {
                richer++;
            }
        }
        return 4 - Math.min(4, (int) (5.0 * richer / mt.n));
    }

    /** Decides each item in order, counting the adopted ones and their votes; a defeated one may return. */
    private void decideAgenda(Agenda agenda, MersenneTwisterFast random) {
        int delay = mt.b.reconsiderationDelay();
        for (Proposal p : agenda.items()) {
            double statusQuo = mt.m.policy(p.issue());
            Tally t = Decision.take(mt, p, random);
            if (t != null) {
                mt.adopted++;
                mt.adoptingYes += t.yes();
                mt.adoptingNo += t.no();
                influence.carried(mt.c, p.proposer());
                mt.m.minutes().adoptedFrom(wealthQuintile(p.proposer()));
                if (p.reconsideration()) {
                    mt.m.minutes().reconsiderationCarried();
                }
                if (agenda.reconsiderAdopted(p, statusQuo, t, mt.minorityMover, mt.number, delay)) {
                    mt.m.minutes().reconsiderationMoved();
                }
            } else {
                influence.failed(mt.c, p.proposer());
                if (!p.reconsideration()) {
                    agenda.reconsider(p, mt.number, delay);
                } else if (agenda.reconsiderAgain(p, mt.lastTally, mt.number, delay)) {
                    mt.m.minutes().reconsiderationMoved();
                }
            }
        }
    }
}
