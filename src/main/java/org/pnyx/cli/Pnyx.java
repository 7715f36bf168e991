package org.pnyx.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import org.pnyx.io.RunBudget;
import org.pnyx.io.RunFolder;
import org.pnyx.io.TextFiles;
import org.pnyx.io.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code pnyx <command>}. */
@Command(name = "pnyx", mixinStandardHelpOptions = true, versionProvider = Pnyx.VersionProvider.class,
        description = "Simulates libertarian-municipalist societies: citizens, assemblies, bylaws.",
        subcommands = {RunCommand.class, ValidateCommand.class, DescribeCommand.class, ChartCommand.class,
                ReportCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class,
                SlurmCommand.class, SensitivityCommand.class, BenchCommand.class, BenchSweepCommand.class,
                ReproduceCommand.class, StudioCommand.class,
                CommandLine.HelpCommand.class})
public final class Pnyx implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli's handler, which handles exceptions only; the heap may be too full for more.
            System.err.println("error: " + RunBudget.outOfMemoryAdvice());
            code = 1;
        }
        System.exit(code);
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Pnyx());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            int code = 1;
            if (ex instanceof RunFolder.RunFolderException || ex instanceof TextFiles.TextFileException) {
                err.println("error: " + clean(ex.getMessage()));
                code = 2;
            } else if (ex instanceof FileSystemException fs) {
                err.println("error: " + clean(describe(fs)));
            } else if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof FileSystemException fs) {
                err.println("error: " + clean(describe(fs)));
            } else {
                err.println("error: internal fault: " + clean(ex.getMessage() == null ? ex.toString()
                        : ex.getClass().getSimpleName() + ": " + ex.getMessage()));
            }
            if (System.getenv("PNYX_DEBUG") != null) {
                ex.printStackTrace(err);
            } else if (code == 1) {
                err.println("(set PNYX_DEBUG=1 to see the stack trace)");
            }
            return code;
        });
        return cl;
    }

    /** A file-system failure in words: which file, and why. */
    static String describe(FileSystemException e) {
        String why = e.getReason();
        if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            why = "already exists and is in the way";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            why = "is not a folder";
        } else if (why == null) {
            why = e.getClass().getSimpleName();
        }
        return "cannot write " + e.getFile() + (e.getOtherFile() == null ? "" : " (or " + e.getOtherFile() + ")")
                + ": " + why;
    }

    /** Message text with control characters (escapes, newlines from user input) shown as \\uXXXX. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Reports the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pnyx " + Version.get()};
        }
    }
}
