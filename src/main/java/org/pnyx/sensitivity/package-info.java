/**
 * Global sensitivity analysis as pure functions on arrays: Morris elementary-effects screening and
 * Saltelli sampling with Sobol' first-order, second-order and total indices, with bootstrap intervals.
 * Files, experiment YAML and charts live in {@code org.pnyx.sensitivity.io}; nothing here reads or writes.
 */
package org.pnyx.sensitivity;
