package org.pnyx.model;

import java.util.Arrays;
import org.pnyx.rules.Deliberation;

/**
 * An organized group of the many that counters the organized interest by persuasion (issue 16; seed 001, "Assemblies
 * at Work": proprietors "will all come to assembly meetings and try to advance their own interests", and an
 * organized group of citizens who coordinate attendance and arguments can counter them; Olson 1965 on why the many
 * rarely organize, so here they must be told to). The share {@code influence.counterShare} of a town's members
 * outside the interest group ({@link InterestGroup}), those of highest solidarity when the meeting opens (ties at the
 * floor included), form the counter-group: the civic-minded, not a class. Its <b>line</b> on each issue is the mean
 * of its members' interested views ({@link Interests}); no opinion is set. Where it coordinates
 * ({@code influence.counterOrganizing}, the knockout {@code counter-organization}) its members
 * <ul>
 *   <li>attend whenever they have the free time and an item is on the agenda on which the interest group's line
 *       differs from policy by more than the block margin (they turn out where the proprietors do;
 *       {@link Attendance});</li>
 *   <li>when one of them moves a new motion, move it on the open issue where their line is farthest from policy, at
 *       the line ({@link Agenda});</li>
 *   <li>argue their line on every motion whose value differs from it by more than the block margin: the attendee of
 *       highest standing among them presents it as a mover presents a motion ({@link Decision#present}), pulling
 *       those within the confidence radius ({@link #argue});</li>
 *   <li>hold to the line in deliberation, as the interest group does ({@link Decision#anchor}).</li>
 * </ul>
 * Pnyx design. Nothing happens without an interest group's line to turn out against (attendance) and without
 * interested views (the line).
 */
final class CounterGroup {

    private CounterGroup() {
    }

    /** Marks the meeting's counter-group and computes its line, after {@link InterestGroup#organize}. */
    static void organize(Meeting mt) {
        double share = mt.counterShare;
        int n = mt.n;
        if (share <= 0 || n == 0) {
            return;
        }
        double[] sorted = mt.sorted;
        int outside = 0;
        for (int k = 0; k < n; k++) {
            int id = mt.m.member(k);
            if (!mt.organized(id)) {
                sorted[outside++] = mt.c.solidarity[id];
            }
        }
        if (outside == 0) {
            return;
        }
        Arrays.sort(sorted, 0, outside);
        int size = Math.min(outside, Math.max(1, (int) Math.ceil(share * n - 1e-9)));
        mt.counterFloor = sorted[outside - size];
        InterestGroup.line(mt, mt::counter, mt.counterLine);
    }

    /** Whether a coordinating counter-group turns out: the interest group's line is at stake on the agenda. */
    static boolean turnsOut(Meeting mt, Iterable<Proposal> agenda) {
        return mt.counterOrganizing && mt.counterFloor != Double.POSITIVE_INFINITY
                && InterestGroup.lineAtStake(mt, agenda);
    }

    /**
     * The counter-group argues its line against a motion: if it coordinates, has a line on the issue that differs
     * from the motion's value by more than the block margin, and one of its members is present, the present member
     * of highest standing (influence times what wealth buys, {@link Meeting#clout}; the first in attendee order on
     * ties) presents the line: every attendee within the confidence radius of it moves
     * {@code persuasion * I / (I + 1) * w} of the way to it, I the speaker's standing and w the weight the
     * attendee's judgement gives the speaker ({@link Deliberation#weight}), as {@link Decision#present} for a mover.
     */
    static void argue(Meeting mt, Proposal p, double[] opinions, double[] reasons, int count) {
        if (!mt.counterOrganizing || mt.counterFloor == Double.POSITIVE_INFINITY) {
            return;
        }
        double line = mt.counterLine[p.issue().ordinal()];
        if (line != line || Math.abs(line - p.value()) <= mt.b.blockMargin()) {
            return;
        }
        int speaker = -1;
        double best = -1;
        for (int k = 0; k < count; k++) {
            int id = mt.attendees[k];
            if (mt.counter(id)) {
                double standing = mt.c.influence[id] * mt.clout(id);
                if (standing > best) {
                    best = standing;
                    speaker = id;
                }
            }
        }
        if (speaker < 0) {
            return;
        }
        double pull = mt.persuasion * best / (best + 1);
        if (pull <= 0) {
            return;
        }
        double radius = mt.b.confidence();
        double speakerReason = mt.judgement ? mt.c.reason[speaker] : 1;
        for (int k = 0; k < count; k++) {
            double gap = line - opinions[k];
            if (Math.abs(gap) <= radius) {
                opinions[k] += Deliberation.weight(reasons[k], speakerReason) * pull * gap;
            }
        }
    }
}
