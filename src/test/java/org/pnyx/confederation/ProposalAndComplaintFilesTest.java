package org.pnyx.confederation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pnyx.config.ScenarioConfig;
import org.pnyx.io.RunWriter;
import org.pnyx.metrics.FinalState;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Society;
import org.pnyx.model.VoteRecord;

/**
 * The contents of {@code proposals.csv} and {@code complaints.csv}, worked by hand on tiny societies whose citizens
 * all have solidarity 1 (a position is the citizen's own confederal opinion, stored as a float, hence 6 decimals).
 * No assembly meets, so every town's proposal is the mean position of all its members and no vote is cast before
 * the count: every question fails (a tie of 0 to 0 is not a majority).
 */
class ProposalAndComplaintFilesTest {

    @TempDir
    Path tmp;

    private List<String> write(ScenarioConfig s, Society society, List<VoteRecord> votes, String file)
            throws IOException {
        RunWriter w = new RunWriter(tmp, s, Map.of());
        w.begin(society.municipalities().stream().map(Municipality::name).toList());
        votes.forEach(w::confederalVote);
        w.end(new FinalState(new double[0][]));
        return Files.readAllLines(tmp.resolve(file));
    }

    /**
     * Three towns: t0 one citizen at 0.2, t1 two at 0.4 and 0.6, t2 one at 0.9. Their assemblies propose 0.2, 0.5
     * and 0.9, behind 1, 2 and 1 citizens; the council's text is (0.2 + 2 × 0.5 + 0.9) / 4 = 0.525, behind 4.
     */
    @Test
    void eachTownsProposalAndTheCouncilsReconciledTextHaveARow() throws IOException {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1");
        Society society = Fixtures.society(s, new int[] {1, 2, 1}, new double[] {0.2, 0.4, 0.6, 0.9});
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        Fixtures.week(layer, 1, random);
        assertEquals(1, votes.size(), "put at week 0, counted at week 1");
        List<String> lines = write(s, society, votes, "proposals.csv");
        assertEquals(List.of(
                "step,put_week,confederation,origin,measure,subject,value,citizens,reconciled,put,outcome",
                "1,0,r1,t0,share,,0.2,1,yes,no,rejected",
                "1,0,r1,t1,share,,0.5,2,yes,no,rejected",
                "1,0,r1,t2,share,,0.9,1,yes,no,rejected",
                "1,0,r1,council,share,,0.525,4,yes,yes,rejected"), lines);
        assertEquals(List.of("step,heard_week,confederation,complainant,accused,harm,evidence,ruling,sanction_size,"
                + "vote,carried_out"), Files.readAllLines(tmp.resolve("complaints.csv")), "no complaint: header only");
    }

    /** With reconciliation off only the town in turn proposes, and its text is the one put. */
    @Test
    void withoutReconciliationTheTownInTurnsProposalIsPut() throws IOException {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1",
                "confederation.reconcile=false");
        Society society = Fixtures.society(s, new int[] {1, 2, 1}, new double[] {0.2, 0.4, 0.6, 0.9});
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int week = 0; week < 3; week++) {
            Fixtures.week(layer, week, random);
        }
        List<String> lines = write(s, society, votes, "proposals.csv");
        assertEquals(List.of(
                "step,put_week,confederation,origin,measure,subject,value,citizens,reconciled,put,outcome",
                "1,0,r1,t0,share,,0.2,1,no,yes,rejected",
                "2,1,r1,t1,share,,0.5,2,no,yes,rejected"), lines);
    }

    /**
     * Three towns of two citizens in one region sharing a commons; each town's part of the stock is 100 and this week
     * t0 harvested 3, t1 1 and t2 2. t1, taking the least, complains of t0, taking the most. t1's citizens hold
     * 0.6 and 0.8: its assembly proposes a sanction of size 0.7.
     */
    private List<VoteRecord> complaint(ScenarioConfig s, Society society, HarmSource record) {
        Citizens c = society.citizens();
        double[] harvest = {3, 1, 2};
        for (Municipality m : society.municipalities()) {
            m.ledger().setCapacity(100);
            m.ledger().setHarvest(harvest[m.index()]);
        }
        List<VoteRecord> votes = new ArrayList<>();
        ConfederalLayer layer = Fixtures.layer(s, society, votes, record);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        Fixtures.week(layer, 0, random);
        Fixtures.week(layer, 1, random);
        assertEquals(1, votes.size());
        assertEquals(0.6, c.confederalOpinion(2), 1e-6);
        return votes;
    }

    @Test
    void anUpheldComplaintRecordsTheEvidenceAndTheSanctionPutAndADismissedOneItsRuling() throws IOException {
        ScenarioConfig s = Fixtures.scenario("confederation.enabled=true", "confederation.voteInterval=1");
        double[] opinions = {0.1, 0.1, 0.6, 0.8, 0.3, 0.3};
        Society society = Fixtures.society(s, new int[] {2, 2, 2}, opinions);
        // The record shows t0 harvesting half again its share of the sustainable yield.
        List<VoteRecord> upheld = complaint(s, society, m -> m.index() == 0 ? 0.5 : 0);
        assertEquals(List.of(
                "step,heard_week,confederation,complainant,accused,harm,evidence,ruling,sanction_size,vote,carried_out",
                "1,0,r1,t1,t0,over_harvest,0.5,upheld,0.7,rejected,no"),
                write(s, society, upheld, "complaints.csv"), "no vote cast: the sanction fails, nothing carried out");
        assertEquals(List.of(
                "step,put_week,confederation,origin,measure,subject,value,citizens,reconciled,put,outcome",
                "1,0,r1,t1,sanction,t0,0.7,2,no,yes,rejected"),
                Files.readAllLines(tmp.resolve("proposals.csv")), "the complaining town frames the sanction");

        // t0 takes the most but within what the stock bears: dismissed, and the share goes ahead instead.
        Society again = Fixtures.society(s, new int[] {2, 2, 2}, opinions);
        List<VoteRecord> dismissed = complaint(s, again, m -> 0);
        assertEquals(List.of(
                "step,heard_week,confederation,complainant,accused,harm,evidence,ruling,sanction_size,vote,carried_out",
                "1,0,r1,t1,t0,over_harvest,0,dismissed,,none,no"),
                write(s, again, dismissed, "complaints.csv"));
        assertEquals("share", dismissed.get(0).question().name().toLowerCase());
    }
}
