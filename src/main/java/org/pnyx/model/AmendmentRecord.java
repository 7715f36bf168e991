package org.pnyx.model;

import org.pnyx.config.Bylaw;

/**
 * One amendment put to an assembly, for {@code amendments.csv}.
 *
 * @param meeting  the meeting's number in its town
 * @param bylaw    the bylaw amended
 * @param oldValue the value in force before, as written in a scenario file
 * @param newValue the value moved
 * @param yes      attendees who voted for it
 * @param no       attendees who voted against it
 * @param mover    citizen id of the mover
 * @param reason   the mover's motive, in a word ({@link Amendments})
 * @param adopted  whether it was adopted
 */
public record AmendmentRecord(int meeting, Bylaw bylaw, String oldValue, String newValue, int yes, int no, int mover,
                              String reason, boolean adopted) {
}
