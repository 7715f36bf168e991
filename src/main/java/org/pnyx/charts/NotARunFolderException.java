package org.pnyx.charts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when a folder given as a run folder does not exist or holds no {@code timeseries.csv}
 * (or, for {@code pnyx chart}, is neither a run folder nor a sweep folder).
 */
public final class NotARunFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path dir;

    public NotARunFolderException(Path dir) {
        this(dir, dir + ": no timeseries.csv (is this a Pnyx run folder?)");
    }

    private NotARunFolderException(Path dir, String message) {
        super(message);
        this.dir = dir;
    }

    /** For a folder that is neither a run folder nor a sweep folder: says what each would hold. */
    public static NotARunFolderException neitherRunNorSweep(Path dir) {
        return new NotARunFolderException(dir, dir + (java.nio.file.Files.isDirectory(dir)
                ? ": neither a run folder (no timeseries.csv) nor a sweep folder (no summary.csv and runs.csv)"
                : ": no such folder"));
    }

    /** The folder that was given. */
    public Path dir() {
        return dir;
    }
}
