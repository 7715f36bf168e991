/**
 * Interchangeable bylaw rules, one class per rule behind an interface: how votes are counted,
 * how attendees deliberate, and how an office is filled. Pure and allocation-free in the hot path.
 */
package org.pnyx.rules;
