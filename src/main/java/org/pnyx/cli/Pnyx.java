package org.pnyx.cli;

import java.io.PrintWriter;
import org.pnyx.io.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code pnyx <command>}. */
@Command(name = "pnyx", mixinStandardHelpOptions = true, versionProvider = Pnyx.VersionProvider.class,
        description = "Simulates libertarian-municipalist societies: citizens, assemblies, bylaws.",
        subcommands = {RunCommand.class, ValidateCommand.class, DescribeCommand.class, ChartCommand.class,
                ReportCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class,
                SlurmCommand.class, SensitivityCommand.class, BenchCommand.class, BenchSweepCommand.class,
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
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Pnyx());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("PNYX_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set PNYX_DEBUG=1 to see the stack trace)");
            }
            return 1;
        });
        return cl;
    }

    /** Reports the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pnyx " + Version.get()};
        }
    }
}
