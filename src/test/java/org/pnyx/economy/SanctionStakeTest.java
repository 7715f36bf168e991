package org.pnyx.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;
import org.pnyx.model.Strategy;
import org.pnyx.sim.PnyxSim;

/** What full sanctions would cost each worker and recover for the town (economy.Work), read by model.Interests. */
class SanctionStakeTest {

    private static PnyxSim run(String economy, String bylaws) {
        PnyxSim sim = new PnyxSim(Fixtures.scenario("""
                name: stake
                seed: 5
                steps: 20
                municipalities: {count: 1, size: {dist: constant, mean: 200}}
                economy: {regime: municipalized, imitationRate: 0, %s}
                bylaws: {monitoring: 0.2, %s}
                """.formatted(economy, bylaws)), (week, overall, perTown) -> { });
        sim.start();
        for (int w = 0; w < 20; w++) {
            sim.schedule.step(sim);
        }
        return sim;
    }

    @Test
    void freeRidersWouldPayAndCooperatorsNot() {
        PnyxSim sim = run("freeRiderShare: 0.5, conditionalShare: 0", "exclusionAfter: 3");
        Citizens c = sim.society().citizens();
        int riders = 0;
        int paying = 0;
        for (int id = 0; id < c.size(); id++) {
            if (c.strategy(id) == Strategy.COOPERATOR) {
                assertEquals(0, c.sanctionStake(id), 0, "a cooperator works at the norm unchecked");
            } else if (c.excludedWeeks(id) == 0) {
                riders++;
                paying += c.sanctionStake(id) > 0 ? 1 : 0;
            }
        }
        // Only a free rider whom the next sanction (a warning) would not deter expects to pay nothing.
        assertTrue(paying > riders / 2, paying + " of " + riders + " working free riders would pay");
        Municipality m = sim.society().municipalities().get(0);
        assertTrue(m.ledger().shirkable() > 0, "the deterred free riders' effort is what sanctions recover");
    }

    @Test
    void withNothingToPayNobodyPaysAndNothingIsRecovered() {
        PnyxSim sim = run("freeRiderShare: 0.5, conditionalShare: 0", "sanctionFine: 0, exclusionAfter: 1000");
        Citizens c = sim.society().citizens();
        for (int id = 0; id < c.size(); id++) {
            assertEquals(0, c.sanctionStake(id), 0, "citizen " + id);
        }
        assertEquals(0, sim.society().municipalities().get(0).ledger().shirkable(), 0);
    }
}
