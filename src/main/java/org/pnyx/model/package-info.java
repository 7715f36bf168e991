/**
 * The society: citizens stored as parallel arrays in id order, municipalities with their members,
 * policies, offices and economic ledger, and the assembly meeting procedure that acts on them. The
 * mechanisms publish here what the metrics read: ledgers, meeting and vote records, confederal counters.
 */
package org.pnyx.model;
