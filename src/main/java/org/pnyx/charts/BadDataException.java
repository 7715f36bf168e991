package org.pnyx.charts;

import java.io.IOException;

/**
 * Thrown when an output file or folder a reader was given is not what Pnyx writes: cut off, empty, another
 * program's, missing a column, text where a number belongs, or a folder that is not one complete run. The
 * message names the file, and the line and column where there is one. Bad input: exit code 2.
 */
public final class BadDataException extends IOException {

    private static final long serialVersionUID = 1L;

    public BadDataException(String message) {
        super(message);
    }
}
