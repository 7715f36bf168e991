package org.pnyx.model;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.AttendanceConfig;
import org.pnyx.rules.Tally;

/**
 * A popular-assembly meeting (seed 001, "Assemblies at Work") runs its mechanisms in order: the
 * {@link Agenda}, {@link Attendance} and the quorum, then, if quorate, the {@link Offices} and a
 * {@link Decision} on each item, with {@link Influence} won or lost by its mover; then recall, the
 * attendance habit and efficacy, and the relaxation of influence. An inquorate meeting decides nothing
 * and postpones its agenda. The rules in force are read from the town when each meeting opens. One
 * instance per run holds the scratch of a meeting ({@link Meeting}); the per-town state is the town's
 * ({@link Municipality#agenda()}, {@link Municipality#offices()}), the per-citizen state the citizens'.
 */
public final class Assembly {

    private final Meeting mt = new Meeting();
    private final Attendance attendance;
    private final Influence influence;

    /**
     * @param attendance          attendance coefficients
     * @param influenceGain       influence won per carried proposal (lost per failed one)
     * @param influenceRelaxation share of the distance to neutral influence lost per meeting
     */
    public Assembly(AttendanceConfig attendance, double influenceGain, double influenceRelaxation) {
        this.attendance = new Attendance(attendance);
        this.influence = new Influence(influenceGain, influenceRelaxation);
    }

    /** Holds a meeting of the municipality's assembly and returns what happened. */
    public MeetingRecord meet(Municipality m, Citizens c, MersenneTwisterFast random) {
        mt.open(m, c);
        Agenda agenda = m.agenda();
        agenda.build(mt, random);
        attendance.attend(mt, agenda.items(), random);
        boolean quorate = mt.quorate();
        mt.clearOutcomes();
        if (quorate) {
            m.offices().fill(mt, random);
            decideAgenda(agenda, random);
            ConfederalDecision.takeUp(mt, random);
        } else {
            agenda.postpone(mt.number);
            ConfederalDecision.postpone(mt);
        }
        boolean recalled = quorate && m.offices().recall(mt);
        attendance.learn(mt);
        influence.relax(mt);
        MeetingRecord record = new MeetingRecord(mt.number, mt.present, mt.n, quorate,
                quorate ? agenda.items().size() : 0, mt.adopted, recalled);
        m.minutes().record(record, mt.attendees, mt.n, mt.adoptingYes, mt.adoptingNo);
        return record;
    }

    /** Decides each item in order, counting the adopted ones and their votes; a defeated one may return. */
    private void decideAgenda(Agenda agenda, MersenneTwisterFast random) {
        for (Proposal p : agenda.items()) {
            Tally t = Decision.take(mt, p, random);
            if (t != null) {
                mt.adopted++;
                mt.adoptingYes += t.yes();
                mt.adoptingNo += t.no();
                influence.carried(mt.c, p.proposer());
            } else {
                influence.failed(mt.c, p.proposer());
                agenda.reconsider(p, mt.number, mt.b.reconsiderationDelay());
            }
        }
    }
}
