package org.pnyx.model;

import java.util.Arrays;

/**
 * An organized interest (issue 16; Olson 1965, The Logic of Collective Action: a small group with a concentrated
 * interest organizes where the many do not; seed 001: "proprietors and reactionaries, will all come to assembly
 * meetings and try to advance their own interests"). The richest share {@code influence.organizedShare} of a
 * town's members, ranked by wealth when the meeting opens (ties at the floor included), form the group. Its
 * <b>line</b> on each issue is the mean of its members' interested views ({@link Interests}): nobody's opinion is
 * set, the line is where their own situations put them on average. Where it coordinates
 * ({@code influence.organizing}, the knockout {@code organized-interest}) its members
 * <ul>
 *   <li>attend whenever they have the free time and an item on the agenda is one where the line differs from the
 *       policy in force by more than the block margin (a real preference; {@link Attendance});</li>
 *   <li>when one of them moves a new motion, move it on the open issue where the line is farthest from policy,
 *       at the line ({@link Agenda});</li>
 *   <li>hold to the line in deliberation: after every round they return all the way to it ({@link Decision}).</li>
 * </ul>
 * The group is measured, not coordinated, when {@code organizing} is off. Pnyx design.
 */
final class InterestGroup {

    private InterestGroup() {
    }

    /** Marks the meeting's group and computes its line, after {@link Interests} has kept every member's views. */
    static void organize(Meeting mt) {
        double share = mt.organizedShare;
        int n = mt.n;
        if (share <= 0 || n == 0) {
            return;
        }
        double[] sorted = mt.sorted;
        for (int k = 0; k < n; k++) {
            sorted[k] = mt.c.wealth[mt.m.member(k)];
        }
        Arrays.sort(sorted, 0, n);
        int size = Math.max(1, (int) Math.ceil(share * n - 1e-9));
        mt.organizedFloor = sorted[n - size];
        line(mt, mt::organized, mt.line);
    }

    /**
     * A group's line on each issue: the mean of its members' interested views kept for this meeting (an issue on
     * which no member has a view gets NaN). The one place a group's line is made, for both organized groups.
     */
    static void line(Meeting mt, java.util.function.IntPredicate member, double[] line) {
        for (int i = 0; i < Issue.COUNT; i++) {
            double sum = 0;
            int count = 0;
            for (int k = 0; k < mt.n; k++) {
                if (member.test(mt.m.member(k))) {
                    float v = mt.views[k * Issue.COUNT + i];
                    if (v == v) {
                        sum += v;
                        count++;
                    }
                }
            }
            line[i] = count == 0 ? Double.NaN : sum / count;
        }
    }

    /** Whether an item where the line differs from the policy by more than the block margin is on the agenda. */
    static boolean atStake(Meeting mt, Iterable<Proposal> agenda) {
        return mt.organizing && lineAtStake(mt, agenda);
    }

    /** Whether the group's line differs from policy by more than the block margin on an item of the agenda. */
    static boolean lineAtStake(Meeting mt, Iterable<Proposal> agenda) {
        if (mt.organizedFloor == Double.POSITIVE_INFINITY) {
            return false;
        }
        for (Proposal p : agenda) {
            int i = p.issue().ordinal();
            double line = mt.line[i];
            if (mt.binding[i] && line == line && Math.abs(line - mt.m.policy(p.issue())) > mt.b.blockMargin()) {
                return true;
            }
        }
        return false;
    }

    /** The open issue (among the first {@code open} of {@code mt.issues}) where the line is farthest from policy, or null. */
    static Issue mostAtStake(Meeting mt, int open) {
        return mostAtStake(mt, open, mt.line);
    }

    /** The open issue where the given line (by issue ordinal) is farthest from policy, or null. */
    static Issue mostAtStake(Meeting mt, int open, double[] line) {
        Issue best = null;
        double gap = -1;
        for (int j = 0; j < open; j++) {
            Issue issue = mt.issues[j];
            double at = line[issue.ordinal()];
            if (at == at && Math.abs(at - mt.m.policy(issue)) > gap) {
                gap = Math.abs(at - mt.m.policy(issue));
                best = issue;
            }
        }
        return best;
    }
}
