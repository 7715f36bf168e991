package org.pnyx.charts;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when a folder given as a run folder does not exist or holds no {@code timeseries.csv}. */
public final class NotARunFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path dir;

    public NotARunFolderException(Path dir) {
        super(dir + ": no timeseries.csv (is this a Pnyx run folder?)");
        this.dir = dir;
    }

    /** The folder that was given. */
    public Path dir() {
        return dir;
    }
}
