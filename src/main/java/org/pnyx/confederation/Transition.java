package org.pnyx.confederation;

import java.util.List;
import org.pnyx.config.ConfederationConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.MeetingRecord;
import org.pnyx.model.Municipality;

/**
 * Transition mode, from state to dual power (seed 001, "Dual Power" and the movement's study groups).
 * Every town starts governed by a state council: its assembly meets extralegally and its resolutions
 * do not change policy. Where the movement is active (the first {@code seedTowns} towns, then the
 * neighbours of each democratized town, k-1 and k+1), education moves each citizen's solidarity
 * {@code educationRate} of the way to 1 each week, which raises attendance. The assembly's moral power
 * follows its attendance, {@code P' = memory * P + (1 - memory) * attendanceRate} at each meeting; when
 * {@code P >= threshold + statePressure * democratizedShare} the council cedes power and the town is
 * democratized (it governs itself and joins its confederation). The state presses harder the stronger
 * the confederation grows.
 */
final class Transition {

    private final ConfederalRules rules;
    private final List<Municipality> towns;
    private final Citizens c;
    private final boolean[] movement;
    private final double[] moralPower;
    private final int[] meetingsSeen;
    private int democratized;
    private final boolean[] spread;

    Transition(ConfederalRules rules, List<Municipality> towns, Citizens c) {
        this.rules = rules;
        this.towns = towns;
        this.c = c;
        int n = towns.size();
        movement = new boolean[n];
        moralPower = new double[n];
        meetingsSeen = new int[n];
        spread = new boolean[n];
        for (Municipality m : towns) {
            m.setSelfGoverning(false);
            movement[m.index()] = m.index() < rules.config().seedTowns();
        }
    }

    /** Runs a week; returns whether any town was democratized. */
    boolean week() {
        boolean changed = false;
        java.util.Arrays.fill(spread, false);
        for (Municipality m : towns) {
            int t = m.index();
            if (m.selfGoverning()) {
                continue;
            }
            if (movement[t] && rules.config().educationRate() > 0) {
                int n = m.population();
                for (int k = 0; k < n; k++) {
                    c.educate(m.member(k), rules.config().educationRate());
                }
            }
            MeetingRecord last = m.minutes().lastMeeting();
            if (last != null && m.minutes().meetingsHeld() > meetingsSeen[t]) {
                meetingsSeen[t] = m.minutes().meetingsHeld();
                moralPower[t] = rules.config().powerMemory() * moralPower[t]
                        + (1 - rules.config().powerMemory()) * last.attendanceRate();
            }
            double needed = rules.config().powerThreshold() + rules.config().statePressure() * democratized / towns.size();
            if (movement[t] && moralPower[t] >= needed) {
                m.setSelfGoverning(true);
                democratized++;
                changed = true;
                spread[t] = true;
            }
        }
        // The movement reaches the neighbours after the week, so democratization spreads a step at a time.
        for (int t = 0; t < spread.length; t++) {
            if (spread[t]) {
                movement[Math.max(0, t - 1)] = true;
                movement[Math.min(spread.length - 1, t + 1)] = true;
            }
        }
        return changed;
    }
}
