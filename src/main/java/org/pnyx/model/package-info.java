/**
 * The society: citizens stored as parallel arrays in id order, municipalities with their members,
 * policies and offices, and the assembly meeting and weekly livelihood procedures that act on them.
 */
package org.pnyx.model;
