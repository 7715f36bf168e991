package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.DistributionRule;
import org.pnyx.config.SanctionConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Work, monitoring and graduated sanctions, the first mechanism of a town's economic week. Each
 * worker first updates their trust by the reciprocity met (their co-op's last mean effort against the
 * effort their own solidarity holds due), then chooses effort by type ({@link Effort}: free riders best-respond to the private return and
 * the expected sanction, conditional cooperators match their trust's share of their co-op's mean effort of
 * last week (in the first week, of their own inclination), hump-shaped contributors match up to half,
 * unconditional cooperators give full effort; Fischbacher, Gaechter &amp; Fehr 2001; no type below the duty
 * its solidarity sets, Andreoni 1990) and produces
 * {@code y = effort * ability * hours * productivity * automation * coopFactor * (1 - d + d S/K)}. Each worker
 * is checked with the week's check chance; a checked worker below the effort norm commits an offence,
 * answered by a warning, a fine or exclusion ({@link Sanctions}; Ostrom 1990, principles 4 and 5), and loses
 * esteem. An offence is forgiven with probability {@code 1 / forgiveness} a week. Owners do not work;
 * excluded workers sit out their weeks.
 */
final class Work {

    private Work() {
    }

    /** Runs the step for the town of {@code t}: sets every member's effort, output, offences and fine. */
    static void run(TownWeek t, MersenneTwisterFast random) {
        Municipality m = t.m;
        Citizens c = t.c;
        Workplaces w = t.w;
        SanctionConfig sc = t.sc;
        double[] fine = t.fine;
        int n = t.n;
        double p = t.checkChance;
        double norm = sc.effortNorm();
        double forgive = sc.forgiveness() > 0 ? 1 / sc.forgiveness() : 0;
        DistributionRule rule = t.rule;
        boolean market = rule == DistributionRule.WAGE;
        boolean townWide = t.regime.poolsTown() || market;
        double wage = t.wage;
        double townReturn = Effort.privateReturn(rule, n, t.commonShare, 1 - wage);
        double hours = t.hours;
        double perHour = t.perHour;
        double potentialSum = 0;
        double supply = 0;
        double total = 0;
        double hoursWorked = 0;
        int checks = 0;
        int sanctions = 0;
        boolean started = w.started;
        boolean inclined = t.e.inclination();
        double trustRate = t.e.trustRate();
        w.clearWeek();
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            fine[k] = 0;
            if (sitsOut(t, k, id)) {
                continue;
            }
            int offences = c.offences(id);
            if (offences > 0 && forgive > 0 && random.nextDouble() < forgive) {
                offences--;
            }
            double potential = c.ability(id) * hours * perHour * w.factor[j];
            double r = townWide ? townReturn : Effort.privateReturn(rule, m.coopMembers(j), 0, 0);
            double expected = started ? w.lastEffort[j] : inclined ? c.effort(id) : 0;
            if (started && trustRate > 0) {
                c.setTrust(id, Effort.trust(c.trust(id), trustRate, w.lastEffort[j], c.solidarity(id)));
            }
            double effort = choose(t, id, r, potential, offences, expected, started || !inclined);
            if (market) {
                potentialSum += potential;
                supply += LabourMarket.supplied(wage, potential, c.need(id));
            }
            double y = effort * potential;
            c.setEffort(id, effort);
            c.setOutput(id, y);
            total += y;
            hoursWorked += hours;
            w.effortSum[j] += effort;
            w.workers[j]++;
            if (p > 0 && random.nextDouble() < p) {
                checks++;
                if (effort < norm - 1e-9) {
                    sanctions++;
                    offences = sanction(t, k, id, offences + 1, effort, potential);
                }
            }
            c.setOffences(id, offences);
        }
        w.rollEffort();
        w.started = true;
        t.potentialSum = potentialSum;
        t.supply = supply;
        t.total = total;
        t.hoursWorked = hoursWorked;
        t.checks = checks;
        t.sanctions = sanctions;
    }

    /** Owners do not work; an excluded worker sits out one more of their weeks. Either way: no effort, no output. */
    private static boolean sitsOut(TownWeek t, int k, int id) {
        Citizens c = t.c;
        boolean owner = c.owner(id);
        int away = c.excludedWeeks(id);
        if (!owner && away == 0) {
            return false;
        }
        if (!owner) {
            c.setExcludedWeeks(id, away - 1);
            t.fine[k] = TownWeek.EXCLUDED;
        }
        c.setEffort(id, 0);
        c.setOutput(id, 0);
        return true;
    }

    /**
     * Effort by type, never below the worker's duty: the free rider's duty (in the town's first week, before
     * they have learned that giving does not pay, their own inclination: Andreoni 1988, 1995), the conditional
     * cooperator's match of what they expect (by their trust), the hump-shaped contributor's, or full effort;
     * then the response to the private return and to deterrence ({@link Effort#deterred}).
     */
    private static double choose(TownWeek t, int id, double r, double potential, int offences, double expected,
                                 boolean learned) {
        SanctionConfig sc = t.sc;
        Citizens c = t.c;
        double duty = Effort.duty(t.e.dutyWeight(), c.solidarity(id));
        double own = switch (c.strategy(id)) {
            case FREE_RIDER -> learned ? duty : Math.max(duty, c.solidarity(id));
            case CONDITIONAL -> Effort.conditional(duty, c.trust(id), expected);
            case HUMP -> Effort.hump(duty, c.trust(id), expected);
            case COOPERATOR -> 1;
        };
        return Effort.deterred(own, r, t.e.effortCost(), sc.effortNorm(), potential, t.checkChance,
                Sanctions.lossIfCaught(offences + 1, own, potential, c.income(id), sc));
    }

    /**
     * A checked worker below the norm commits offence number {@code offence}: esteem is lost, and the
     * offence is answered by a warning, a fine (kept in {@code fine[k]}) or exclusion. Returns the offences
     * now on record: a repeat offender who is excluded stays one step from exclusion until forgiven.
     */
    private static int sanction(TownWeek t, int k, int id, int offence, double effort, double potential) {
        SanctionConfig sc = t.sc;
        t.c.loseEsteem(id, sc.esteemLoss());
        switch (Sanctions.kind(offence, sc)) {
            case EXCLUSION -> {
                t.c.setExcludedWeeks(id, sc.exclusionWeeks());
                t.fine[k] = TownWeek.EXCLUDED;
                return sc.exclusionAfter() - 1;
            }
            case FINE -> t.fine[k] = Sanctions.fine(offence, effort, potential, sc);
            case WARNING -> { }
        }
        return offence;
    }
}
