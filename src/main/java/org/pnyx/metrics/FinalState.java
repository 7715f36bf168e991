package org.pnyx.metrics;

/**
 * Measurements of the society at the end of a run.
 *
 * @param lorenzWealth Lorenz curve points of wealth (population share, wealth share)
 */
public record FinalState(double[][] lorenzWealth) {
}
