package org.pnyx.model;

import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioLoader;

/**
 * A town of citizens with the given opinion on every issue (solidarity 0.5, reason 0.5, 12 free hours,
 * habit 0.5, need 1 met last week), the default bylaws with the given overrides, and a meeting opened on it with every member
 * present; for hand-worked tests of one assembly mechanism.
 */
final class MeetingFixture {

    final ScenarioConfig scenario;
    final Citizens citizens;
    final Municipality town;
    final Meeting meeting = new Meeting();

    MeetingFixture(double[] opinions, String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("policy.commonShare=0.5", "policy.needLevel=0.5"));
        all.addAll(List.of(sets));
        scenario = ScenarioLoader.parse("fixture", "name: fixture\n", all);
        citizens = new Citizens(opinions.length);
        town = new Municipality(0, "t", scenario.bylaws(), scenario.economy(), 0, new double[] {0.5, 0.5, 1, 1});
        for (int id = 0; id < opinions.length; id++) {
            citizens.set(id, 0, 0.5, 0.5, 12, 1, 1, 10, 0.5);
            citizens.setConsumption(id, 1);
            for (Issue issue : Issue.values()) {
                citizens.setOpinion(id, issue, opinions[id]);
            }
            town.addMember(id);
        }
        meeting.open(town, citizens);
        for (int id = 0; id < opinions.length; id++) {
            meeting.attendees[id] = id;
            meeting.positions[id] = id;
            citizens.attended[id] = true;
        }
        meeting.present = opinions.length;
        meeting.clearOutcomes();
    }
}
