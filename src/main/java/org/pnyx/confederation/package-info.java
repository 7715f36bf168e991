/**
 * The confederal layer (seed 001, "Confederation" and "Dual Power"): regional confederations of
 * municipalities with mandated, recallable delegates, confederation-wide votes under three rules,
 * redistribution of surplus, complaints of harm adjudicated by the council, interdependence of goods, exit by
 * migration, and the optional transition from state councils to dual power.
 */
package org.pnyx.confederation;
