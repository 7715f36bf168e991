package org.pnyx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.pnyx.charts.BadDataException;
import org.pnyx.charts.NotARunFolderException;
import org.pnyx.io.RunFolder;
import picocli.CommandLine.Model.CommandSpec;

/** What the chart verbs share: headless drawing and error messages without stack traces. */
final class ChartVerbs {

    /** Exit code when a folder is missing or is not a run folder, or an option is out of range. */
    static final int USAGE_ERROR = 2;
    /** Exit code when reading or writing files fails. */
    static final int IO_ERROR = 1;

    /** A verb's work, which may fail with I/O errors. */
    interface Work {
        int run(PrintWriter out) throws IOException;
    }

    private ChartVerbs() {
    }

    /** Runs the work headless, turning failures into one {@code error: ...} line on stderr and an exit code. */
    static int run(CommandSpec spec, Work work) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        try {
            int code = work.run(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return code;
        } catch (NotARunFolderException | BadDataException | RunFolder.RunFolderException e) {
            err.println("error: " + e.getMessage());
            return USAGE_ERROR;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE_ERROR;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return IO_ERROR;
        } finally {
            err.flush();
        }
    }
}
