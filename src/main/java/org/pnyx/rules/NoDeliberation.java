package org.pnyx.rules;

import ec.util.MersenneTwisterFast;

/** Attendees vote their opinions as they came in: no exchange. */
public final class NoDeliberation implements Deliberation {

    @Override
    public void round(double[] opinions, double[] reason, int count, MersenneTwisterFast random) {
        // Nothing changes by design.
    }
}
