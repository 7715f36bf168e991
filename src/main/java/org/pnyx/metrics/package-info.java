/**
 * Pure measurement: the metric columns, inequality and stability functions, and the collector
 * that turns the society's state after each week into snapshot rows. Never draws random numbers.
 */
package org.pnyx.metrics;
