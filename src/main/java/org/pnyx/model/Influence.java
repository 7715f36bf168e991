package org.pnyx.model;

/**
 * The winner-loser model of emergent hierarchy (Bonabeau, Theraulaz &amp; Deneubourg 1995): a mover
 * whose motion carries gains {@code influence.gain} of influence, one whose motion fails loses as much
 * (not below 0.1), and after each meeting every member's influence relaxes toward 1 by the share
 * {@code influence.relaxation}. Influence weighs the draw of movers and the standing for election;
 * it lives in {@link Citizens}.
 */
final class Influence {

    /** The floor of a citizen's influence. */
    static final float MIN = 0.1f;

    private final float gain;
    private final float keep;

    /**
     * @param gain       influence won per carried motion (lost per failed one)
     * @param relaxation share of the distance to neutral influence lost per meeting
     */
    Influence(double gain, double relaxation) {
        this.gain = (float) gain;
        this.keep = (float) (1 - relaxation);
    }

    /** The mover of a carried motion gains. */
    void carried(Citizens c, int proposer) {
        c.influence[proposer] += gain;
    }

    /** The mover of a failed motion loses, not below {@link #MIN}. */
    void failed(Citizens c, int proposer) {
        c.influence[proposer] = Math.max(MIN, c.influence[proposer] - gain);
    }

    /** Every member's influence relaxes toward 1: {@code I <- 1 + (I - 1)(1 - relaxation)}. */
    void relax(Meeting mt) {
        Municipality m = mt.m;
        float[] influence = mt.c.influence;
        for (int k = 0; k < mt.n; k++) {
            int id = m.member(k);
            influence[id] = 1 + (influence[id] - 1) * keep;
        }
    }
}
