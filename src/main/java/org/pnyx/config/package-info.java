/**
 * Immutable, validated settings of a scenario: one record per subsystem, plus the
 * parameter catalogue that gives every key its default, range, unit and meaning.
 */
package org.pnyx.config;
