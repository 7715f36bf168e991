/**
 * The society: citizens stored as parallel arrays in id order, municipalities with their members,
 * policies, offices and economic ledger, and the assembly meeting procedure that acts on them.
 */
package org.pnyx.model;
