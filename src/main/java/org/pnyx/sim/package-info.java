/**
 * The MASON simulation: a {@code SimState} whose week is a fixed sequence of phases
 * (livelihood, assemblies, bookkeeping), and the run control around it.
 */
package org.pnyx.sim;
