package org.pnyx.economy;

import ec.util.MersenneTwisterFast;
import org.pnyx.config.DistributionRule;
import org.pnyx.config.SanctionConfig;
import org.pnyx.model.Citizens;
import org.pnyx.model.Municipality;

/**
 * Work, monitoring and graduated sanctions, the first mechanism of a town's economic week. Each
 * worker chooses effort by type ({@link Effort}: free riders best-respond to the private return and the
 * expected sanction, conditional cooperators match part of their co-op's mean effort of last week,
 * unconditional cooperators give full effort; Fischbacher, Gaechter &amp; Fehr 2001) and produces
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
        double kappa = t.e.effortCost();
        double alpha = t.e.matchFraction();
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
        w.clearWeek();
        for (int k = 0; k < n; k++) {
            int id = m.member(k);
            int j = c.coop(id);
            fine[k] = 0;
            if (c.owner(id)) {
                c.setEffort(id, 0);
                c.setOutput(id, 0);
                continue;
            }
            int away = c.excludedWeeks(id);
            if (away > 0) {
                c.setExcludedWeeks(id, away - 1);
                c.setEffort(id, 0);
                c.setOutput(id, 0);
                fine[k] = TownWeek.EXCLUDED;
                continue;
            }
            int offences = c.offences(id);
            if (offences > 0 && forgive > 0 && random.nextDouble() < forgive) {
                offences--;
            }
            double potential = c.ability(id) * hours * perHour * w.factor[j];
            double r = townWide ? townReturn : Effort.privateReturn(rule, m.coopMembers(j), 0, 0);
            double selfish = Effort.selfish(r, kappa, norm, potential, p,
                    Sanctions.lossIfCaught(offences + 1, potential, c.income(id), sc));
            double effort = switch (c.strategy(id)) {
                case FREE_RIDER -> selfish;
                case CONDITIONAL -> Effort.conditional(selfish, alpha, w.lastEffort[j]);
                case COOPERATOR -> 1;
            };
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
                    offences++;
                    sanctions++;
                    c.loseEsteem(id, sc.esteemLoss());
                    switch (Sanctions.kind(offences, sc)) {
                        case EXCLUSION -> {
                            c.setExcludedWeeks(id, sc.exclusionWeeks());
                            // A repeat offender stays one step from exclusion until forgiven.
                            offences = sc.exclusionAfter() - 1;
                            fine[k] = TownWeek.EXCLUDED;
                        }
                        case FINE -> fine[k] = Sanctions.fine(offences, effort, potential, sc);
                        case WARNING -> { }
                    }
                }
            }
            c.setOffences(id, offences);
        }
        w.rollEffort();
        t.potentialSum = potentialSum;
        t.supply = supply;
        t.total = total;
        t.hoursWorked = hoursWorked;
        t.checks = checks;
        t.sanctions = sanctions;
    }
}
