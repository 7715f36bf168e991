package org.pnyx.confederation;

import java.util.List;
import org.pnyx.model.Municipality;

/**
 * No town is self-sufficient (seed 001, "Localism and Interdependence"): town k produces kinds
 * {@code k, k+1, ..., k+g-1 (mod K)} of the K kinds every citizen needs; a self-governing town obtains
 * the kinds its self-governing confederates produce, and makes the rest itself at
 * {@code autarkyEfficiency}. Its productivity factor is {@code endowment * (a + (1 - a) e)}, with
 * {@code a} the share of kinds available. With K = 1 every town is self-sufficient and the factor is
 * the endowment.
 */
final class Interdependence {

    private final ConfederalRules rules;
    private final List<Municipality> towns;
    private final List<Confederation> confederations;

    Interdependence(ConfederalRules rules, List<Municipality> towns, List<Confederation> confederations) {
        this.rules = rules;
        this.towns = towns;
        this.confederations = confederations;
    }

    /** Sets every town's productivity factor for the weeks that follow. */
    void update() {
        int goods = rules.config().goods();
        for (Municipality m : towns) {
            long available = produced(m.index());
            if (Confederation.takesPart(m)) {
                for (Confederation f : confederations) {
                    if (f.members().contains(m)) {
                        for (Municipality other : f.members()) {
                            if (Confederation.takesPart(other)) {
                                available |= produced(other.index());
                            }
                        }
                    }
                }
            }
            double a = (double) Long.bitCount(available) / goods;
            double e = rules.config().autarkyEfficiency();
            m.setProductivityFactor(goods == 1 ? m.endowment() : m.endowment() * (a + (1 - a) * e));
        }
    }

    /** The kinds a town produces, as a bit mask over the K kinds. */
    private long produced(int index) {
        int goods = rules.config().goods();
        long mask = 0;
        for (int j = 0; j < rules.config().goodsPerTown(); j++) {
            mask |= 1L << ((index + j) % goods);
        }
        return mask;
    }
}
