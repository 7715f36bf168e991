package org.pnyx.confederation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.ScenarioException;
import org.pnyx.io.ScenarioLoader;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/** Tiny hand-built societies for confederation tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A scenario of catalogue defaults with the given {@code key=value} overrides. */
    static ScenarioConfig scenario(String... overrides) {
        try {
            return ScenarioLoader.parse("test", "name: test\n", List.of(overrides));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A society of towns with the given sizes; every citizen has solidarity 1 (votes by principle),
     * reason 0.5, need 1, ability 1, wealth 10, and confederal opinion from {@code opinions} in id order.
     */
    static Society society(ScenarioConfig s, int[] sizes, double[] opinions) {
        int total = 0;
        for (int n : sizes) {
            total += n;
        }
        Citizens c = new Citizens(total);
        List<Municipality> towns = new ArrayList<>();
        int id = 0;
        for (int t = 0; t < sizes.length; t++) {
            Municipality m = new Municipality(t, "t" + t, s.bylaws(), s.economy(), 0, new double[] {0.2, 0.5, 1, 1});
            for (int k = 0; k < sizes[t]; k++, id++) {
                c.set(id, t, 1, 0.5, 12, 1, 1, 10, 0.3);
                c.setConfederalOpinion(id, opinions[id]);
                m.addMember(id);
            }
            towns.add(m);
        }
        return new Society(c, towns);
    }

    /** A confederal layer that keeps the citizens' opinions as set (enabled is switched on after building). */
    static ConfederalLayer layer(ScenarioConfig s, Society society, List<VoteRecord> votes) {
        return layer(s, society, votes, HarmSource.NONE);
    }

    /** As above, with the shared commons' harm seam given. */
    static ConfederalLayer layer(ScenarioConfig s, Society society, List<VoteRecord> votes, HarmSource commons) {
        double[] kept = new double[society.citizens().size()];
        for (int id = 0; id < kept.length; id++) {
            kept[id] = society.citizens().confederalOpinion(id);
        }
        ConfederalLayer layer = new ConfederalLayer(s.confederation(), society, s.citizens().opinion(),
                s.attendance().efficacyMemory(), commons, votes::add, new MersenneTwisterFast(7));
        for (int id = 0; id < kept.length; id++) {
            society.citizens().setConfederalOpinion(id, kept[id]);
        }
        return layer;
    }

    /**
     * Holds a meeting of every town's assembly under the scenario's attendance (a fixture sets a high intercept
     * so that everyone attends), so that the confederal questions put to them are decided.
     */
    static void meetAll(ScenarioConfig s, Society society, MersenneTwisterFast random) {
        org.pnyx.model.Assembly assembly = new org.pnyx.model.Assembly(s);
        for (Municipality m : society.municipalities()) {
            assembly.meet(m, society.citizens(), random);
        }
    }

    /** Runs the confederal steps of a week in the order of {@code sim.PnyxSim.steps()}. */
    static void week(ConfederalLayer layer, long week, MersenneTwisterFast random) {
        layer.transition();
        layer.expireSanctions();
        layer.sumTowns();
        layer.poolAndVote(week, random);
        layer.migrate(random);
        layer.interdependence();
    }
}
