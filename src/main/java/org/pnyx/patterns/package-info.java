/**
 * The published patterns the model's mechanisms must reproduce, each with its source, its expected result and
 * tolerance, and its mechanism's knockout, and the runner that reproduces them over replications in the real
 * engine ({@code pnyx reproduce}, docs/VALIDATION.md). Pure of files: scenarios are parsed by a
 * {@link org.pnyx.patterns.ScenarioSource} the caller supplies.
 */
package org.pnyx.patterns;
