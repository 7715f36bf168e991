/**
 * The MASON simulation: a {@code SimState} whose week is a fixed sequence of phases
 * (economy, assemblies, confederation, bookkeeping), and the run control around it.
 */
package org.pnyx.sim;
